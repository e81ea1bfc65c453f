import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { applyEdit, EditError, idsIn, newId, type Edit } from '../../src/lib/annotate/edits';
import { ANNOTATIONS_FILE, compileWith } from './helpers';

/** Lines, each ended by a newline. */
const lines = (...ls: string[]) => ls.map((l) => `${l}\n`).join('');

/** `text` with `added` written right after `marker`, which must occur exactly once. */
function insertedAfter(text: string, marker: string, added: string): string {
	const at = text.indexOf(marker);
	expect(at).toBeGreaterThanOrEqual(0);
	expect(text.indexOf(marker, at + 1)).toBe(-1);
	return text.slice(0, at + marker.length) + added + text.slice(at + marker.length);
}

/** `text` without `removed`, which must occur exactly once. */
function without(text: string, removed: string): string {
	return insertedAfter(text, removed, '').replace(removed, '');
}

/** The parsed value of the text, as plain data. */
const data = (text: string) => parseDocument(text).toJS() as Record<string, unknown>;

/** A small hand-written annotations text, with comments, blank lines and mixed quoting. */
const SMALL = `# Notes on the harbour interview.
# Quotes are single-quoted; "double" only with an apostrophe.

document:
  language: en # the transcript's language

speakers:
  - id: ravi-sen
    name: Ravi Sen
    aliases: ['Ravi']
    role: guest
    organization: grid-co
    introduced: "Ravi Sen, the grid's chief engineer"
  - id: host
    name: Host
    aliases: [Host]
    role: host
    introduced: 'Host: welcome'

organizations:
  - id: grid-co
    name: Northern Grid Company
    quote: 'the Northern Grid Company'

questions:
  - number: 1
    label: Which comes first?

entities:
  # --- Sectors ---
  - id: rail   # the railway
    type: sector
    label: Rail
    quotes: ['the railway']

  - id: storage
    type: concept
    label: Storage
    quotes:
      - 'batteries'

claims:
  - id: rail-first
    speaker: ravi-sen
    label: Rail comes first
    statement: >-
      Rail comes first.
    kind: prediction
    quotes:
      - 'rail will come first'
    about: [rail, storage]
    acknowledged:
      'about:storage': batteries are storage.
  - id: storage-helps
    speaker: ravi-sen
    label: Storage helps the grid
    statement: Storage helps the grid. # short for now
    quotes:
      - 'storage helps'

relations:
  - source: rail-first
    relation: supports
    target: storage-helps
    quotes:
      - 'because storage helps'
  - source: q1
    relation: about
    target: rail
    quotes:
      - 'Which comes first?'
`;

const BUNDLED = readFileSync(ANNOTATIONS_FILE, 'utf8');

function editError(text: string, edit: Edit): string {
	try {
		applyEdit(text, edit);
	} catch (error) {
		expect(error).toBeInstanceOf(EditError);
		return (error as Error).message;
	}
	throw new Error('expected an EditError');
}

describe('applyEdit: adding', () => {
	it('appends a relation at the end of its section: the text plus exactly the new lines', () => {
		const { text, id } = applyEdit(SMALL, {
			op: 'add-relation',
			source: 'storage-helps',
			relation: 'refines',
			target: 'rail-first',
			quote: 'storage makes rail work'
		});
		expect(id).toBe('storage-helps refines rail-first');
		expect(text).toBe(
			SMALL +
				lines(
					'  - source: storage-helps',
					'    relation: refines',
					'    target: rail-first',
					'    quotes:',
					"      - 'storage makes rail work'"
				)
		);
	});

	it('appends an entity after the last one, before the blank line, with an id from its label', () => {
		const { text, id } = applyEdit(SMALL, {
			op: 'add-entity',
			type: 'scenario',
			label: 'Grid balancing',
			quote: "the grid's balance"
		});
		expect(id).toBe('grid-balancing');
		expect(text).toBe(
			insertedAfter(
				SMALL,
				"      - 'batteries'\n",
				lines(
					'  - id: grid-balancing',
					'    type: scenario',
					'    label: Grid balancing',
					'    quotes:',
					`      - "the grid's balance"`
				)
			)
		);
	});

	it('appends a claim with its statement defaulting to its label', () => {
		const { text, id } = applyEdit(SMALL, {
			op: 'add-claim',
			speaker: 'host',
			quote: 'welcome',
			label: 'Welcome: the harbour'
		});
		expect(id).toBe('welcome-the-harbour');
		expect(text).toBe(
			insertedAfter(
				SMALL,
				"      - 'storage helps'\n",
				lines(
					'  - id: welcome-the-harbour',
					'    speaker: host',
					"    label: 'Welcome: the harbour'",
					"    statement: 'Welcome: the harbour'",
					'    quotes:',
					"      - 'welcome'"
				)
			)
		);
	});

	it('writes kind, about in flow style and a long statement as a folded block', () => {
		const statement =
			'Ravi Sen expects the railway to come first among the sectors, because its demand for storage is the steadiest and the easiest to plan for.';
		const { text, id } = applyEdit(SMALL, {
			op: 'add-claim',
			speaker: 'ravi-sen',
			quote: "it's the railway",
			label: 'Rail demand is steadiest',
			statement,
			kind: 'explanation',
			about: ['rail', 'grid-co'],
			id: 'rail-steady'
		});
		expect(id).toBe('rail-steady');
		expect(text).toBe(
			insertedAfter(
				SMALL,
				"      - 'storage helps'\n",
				lines(
					'  - id: rail-steady',
					'    speaker: ravi-sen',
					'    label: Rail demand is steadiest',
					'    statement: >-',
					'      Ravi Sen expects the railway to come first among the sectors, because its demand for storage',
					'      is the steadiest and the easiest to plan for.',
					'    kind: explanation',
					'    quotes:',
					`      - "it's the railway"`,
					'    about: [rail, grid-co]'
				)
			)
		);
		expect((data(text).claims as { statement: string }[])[2]!.statement).toBe(statement);
	});

	it('appends an organisation', () => {
		const { text, id } = applyEdit(SMALL, {
			op: 'add-organization',
			name: 'Harbour Authority',
			quote: 'the Harbour Authority'
		});
		expect(id).toBe('harbour-authority');
		expect(text).toBe(
			insertedAfter(
				SMALL,
				"    quote: 'the Northern Grid Company'\n",
				lines(
					'  - id: harbour-authority',
					'    name: Harbour Authority',
					"    quote: 'the Harbour Authority'"
				)
			)
		);
	});

	it('gives a second item of the same label the next free id', () => {
		const first = applyEdit(SMALL, {
			op: 'add-entity',
			type: 'sector',
			label: 'Rail',
			quote: 'rail'
		});
		expect(first.id).toBe('rail-2');
		const second = applyEdit(first.text, {
			op: 'add-entity',
			type: 'sector',
			label: 'Rail',
			quote: 'rail'
		});
		expect(second.id).toBe('rail-3');
	});

	it('names a new item with no ASCII letters by its kind', () => {
		const entity = applyEdit(SMALL, {
			op: 'add-entity',
			type: 'concept',
			label: '新基建',
			quote: 'x'
		});
		expect(entity.id).toBe('concept');
		expect(entity.text).toContain("    label: 新基建\n    quotes:\n      - 'x'\n");
		const claim = applyEdit(SMALL, { op: 'add-claim', speaker: 'host', label: '—', quote: 'x' });
		expect(claim.id).toBe('claim');
		const org = applyEdit(SMALL, { op: 'add-organization', name: '工信部', quote: 'x' });
		expect(org.id).toBe('organization');
	});

	it('quotes an id YAML would read as a number', () => {
		const { text, id } = applyEdit(SMALL, {
			op: 'add-entity',
			type: 'concept',
			label: '2025',
			quote: 'in 2025'
		});
		expect(id).toBe('2025');
		expect(text).toContain("  - id: '2025'\n    type: concept\n    label: '2025'\n");
	});

	it('adds a quote to a block list, to a flow list, and not twice', () => {
		const block = applyEdit(SMALL, {
			op: 'add-quote',
			collection: 'claims',
			id: 'rail-first',
			quote: "rail's turn"
		});
		expect(block).toEqual({
			id: 'rail-first',
			text: insertedAfter(SMALL, "      - 'rail will come first'\n", `      - "rail's turn"\n`)
		});
		const flow = applyEdit(SMALL, {
			op: 'add-quote',
			collection: 'entities',
			id: 'rail',
			quote: 'trains'
		});
		expect(flow.text).toBe(insertedAfter(SMALL, "    quotes: ['the railway'", ", 'trains'"));
		const again = applyEdit(SMALL, {
			op: 'add-quote',
			collection: 'entities',
			id: 'rail',
			quote: 'the railway'
		});
		expect(again.text).toBe(SMALL);
	});

	it('adds the quote to an existing relation instead of a second relation', () => {
		const edit: Edit = {
			op: 'add-relation',
			source: 'rail-first',
			relation: 'supports',
			target: 'storage-helps',
			quote: 'and so'
		};
		const { text, id } = applyEdit(SMALL, edit);
		expect(id).toBe('rail-first supports storage-helps');
		expect(text).toBe(
			insertedAfter(SMALL, "      - 'because storage helps'\n", "      - 'and so'\n")
		);
		expect(applyEdit(text, edit).text).toBe(text);
	});

	it('lets a question be the source of a relation', () => {
		const { text } = applyEdit(SMALL, {
			op: 'add-relation',
			source: 'q1',
			relation: 'about',
			target: 'storage',
			quote: 'Which'
		});
		expect(text).toBe(
			SMALL +
				lines(
					'  - source: q1',
					'    relation: about',
					'    target: storage',
					'    quotes:',
					"      - 'Which'"
				)
		);
	});

	it('turns an empty `[]` section into a list, keeping a comment on its line', () => {
		const starter = lines(
			'speakers:',
			'  - id: host',
			'    name: Host',
			'    aliases: [Host]',
			'    role: host',
			"    introduced: 'Hello'",
			'entities: [] # none yet',
			'claims: []',
			'relations: []'
		);
		const { text } = applyEdit(starter, {
			op: 'add-entity',
			type: 'sector',
			label: 'Ports',
			quote: 'the ports'
		});
		expect(text).toBe(
			lines(
				'speakers:',
				'  - id: host',
				'    name: Host',
				'    aliases: [Host]',
				'    role: host',
				"    introduced: 'Hello'",
				'entities: # none yet',
				'  - id: ports',
				'    type: sector',
				'    label: Ports',
				'    quotes:',
				"      - 'the ports'",
				'claims: []',
				'relations: []'
			)
		);
		// …and deleting it gives `[]` back.
		expect(applyEdit(text, { op: 'delete', collection: 'entities', id: 'ports' }).text).toBe(
			starter
		);
	});

	it('adds a missing section after the section before it in the usual order', () => {
		const base = lines(
			'# Minimal.',
			'',
			'speakers:',
			'- id: host',
			'  name: Host',
			'  aliases: [Host]',
			'  role: host',
			"  introduced: 'Hello'",
			'',
			'relations: []'
		);
		const { text } = applyEdit(base, {
			op: 'add-organization',
			name: 'Port of Hull',
			quote: 'Hull'
		});
		expect(text).toBe(
			lines(
				'# Minimal.',
				'',
				'speakers:',
				'- id: host',
				'  name: Host',
				'  aliases: [Host]',
				'  role: host',
				"  introduced: 'Hello'",
				'',
				'organizations:',
				'- id: port-of-hull',
				'  name: Port of Hull',
				"  quote: 'Hull'",
				'',
				'relations: []'
			)
		);
		const claims = applyEdit(text, {
			op: 'add-claim',
			speaker: 'host',
			label: 'Hull grows',
			quote: 'Hull'
		});
		expect(claims.text).toBe(
			insertedAfter(
				text,
				"  quote: 'Hull'\n",
				lines(
					'',
					'claims:',
					'- id: hull-grows',
					'  speaker: host',
					'  label: Hull grows',
					'  statement: Hull grows',
					'  quotes:',
					"    - 'Hull'"
				)
			)
		);
	});

	it('writes the first section of an empty text', () => {
		expect(applyEdit('', { op: 'add-organization', name: 'Acme', quote: 'Acme Ltd' }).text).toBe(
			lines('organizations:', '  - id: acme', '    name: Acme', "    quote: 'Acme Ltd'")
		);
	});

	it('keeps Windows line breaks', () => {
		const text = "organizations:\r\n  - id: acme # ours\r\n    name: Acme\r\n    quote: 'Acme'\r\n";
		expect(applyEdit(text, { op: 'add-organization', name: 'Beta', quote: 'Beta' }).text).toBe(
			`${text}  - id: beta\r\n    name: Beta\r\n    quote: 'Beta'\r\n`
		);
	});

	it('adds after a last line with no final newline', () => {
		const text = "organizations:\n  - id: acme\n    name: Acme\n    quote: 'Acme'";
		expect(applyEdit(text, { op: 'add-organization', name: 'Beta', quote: 'Beta' }).text).toBe(
			`${text}\n${lines('  - id: beta', '    name: Beta', "    quote: 'Beta'")}`
		);
	});
});

describe('applyEdit: refusing', () => {
	it('names the unknown speaker, topic, id or relation', () => {
		expect(editError(SMALL, { op: 'add-claim', speaker: 'nobody', label: 'X', quote: 'x' })).toBe(
			'There is no speaker with the id "nobody" to attribute the claim to; the speakers are: ravi-sen, host.'
		);
		expect(
			editError(SMALL, {
				op: 'add-claim',
				speaker: 'host',
				label: 'X',
				quote: 'x',
				about: ['rail', 'boats']
			})
		).toBe(
			'The claim "x" cannot be about "boats": there is no entity or organisation with that id.'
		);
		expect(
			editError(SMALL, { op: 'add-entity', type: 'sector', label: 'X', quote: 'x', id: 'rail' })
		).toBe('The id "rail" is already taken; choose another.');
		expect(
			editError(SMALL, { op: 'add-entity', type: 'sector', label: 'X', quote: 'x', id: 'q2' })
		).toMatch(/^The id "q2" is already taken \(q1, q2… and q1-<speaker>…/);
		expect(
			editError(SMALL, { op: 'add-entity', type: 'sector', label: 'X', quote: 'x', id: 'Rail' })
		).toBe(
			'"Rail" is not a valid id: use lower-case words joined by hyphens, e.g. "industrial-internet".'
		);
		expect(
			editError(SMALL, {
				op: 'add-relation',
				source: 'rail',
				relation: 'part-of',
				target: 'boats',
				quote: 'x'
			})
		).toBe('The relation\'s target "boats" is not the id of anything in these annotations.');
		expect(
			editError(SMALL, { op: 'add-quote', collection: 'claims', id: 'nope', quote: 'x' })
		).toBe('There is no claim with the id "nope" in these annotations.');
		expect(
			editError(SMALL, { op: 'add-quote', collection: 'claims', id: 'rail', quote: 'x' })
		).toBe('There is no claim with the id "rail" ("rail" is an entity).');
		expect(editError(SMALL, { op: 'update-claim', id: 'nope', label: 'x' })).toBe(
			'There is no claim with the id "nope" in these annotations.'
		);
		expect(editError(SMALL, { op: 'update-entity', id: 'nope', label: 'x' })).toBe(
			'There is no entity with the id "nope" in these annotations.'
		);
		expect(editError(SMALL, { op: 'update-organization', id: 'rail', name: 'x' })).toBe(
			'There is no organisation with the id "rail" ("rail" is an entity).'
		);
		expect(editError(SMALL, { op: 'delete', collection: 'entities', id: 'nope' })).toBe(
			'There is no entity with the id "nope" in these annotations.'
		);
		expect(
			editError(SMALL, {
				op: 'delete-relation',
				source: 'rail-first',
				relation: 'refines',
				target: 'storage-helps'
			})
		).toBe('There is no relation "rail-first" refines "storage-helps" in these annotations.');
		expect(editError(SMALL, { op: 'update-claim', id: 'rail-first', about: ['ghost'] })).toBe(
			'The claim "rail-first" cannot be about "ghost": there is no entity or organisation with that id.'
		);
	});

	it('refuses text that is not YAML, not a mapping, or whose section is not a list', () => {
		expect(
			editError('speakers:\n  - id: "open\n', { op: 'delete', collection: 'claims', id: 'x' })
		).toMatch(
			/^The annotations are not valid YAML \(line \d+, column \d+: .+\), so they cannot be edited here; correct the YAML first\.$/
		);
		expect(editError('- a\n- b\n', { op: 'delete', collection: 'claims', id: 'x' })).toBe(
			'The annotations are not a mapping of sections (speakers:, entities:, claims:…), so they cannot be edited here.'
		);
		expect(editError('claims: none\n', { op: 'delete', collection: 'claims', id: 'x' })).toBe(
			'The "claims" section is not a list, so nothing can be added to it or removed from it here; write it as a list of items ("- id: …").'
		);
		expect(() => idsIn('a: [')).toThrow(EditError);
	});
});

describe('applyEdit: updating', () => {
	it('replaces a label and a folded statement, keeping the rest', () => {
		const { text, id } = applyEdit(SMALL, {
			op: 'update-claim',
			id: 'rail-first',
			label: 'Rail comes first, then ports',
			statement: 'Rail comes first; ports follow.'
		});
		expect(id).toBe('rail-first');
		expect(text).toBe(
			SMALL.replace(
				lines('    label: Rail comes first', '    statement: >-', '      Rail comes first.'),
				lines(
					'    label: Rail comes first, then ports',
					'    statement: Rail comes first; ports follow.'
				)
			)
		);
	});

	it('writes a long statement as a folded block, keeping a comment after the old one', () => {
		const { text } = applyEdit(SMALL, {
			op: 'update-claim',
			id: 'storage-helps',
			statement:
				'Storage helps the grid: batteries at the harbour take the surplus at night and give it back at the morning peak.'
		});
		expect(text).toBe(
			SMALL.replace(
				'    statement: Storage helps the grid. # short for now\n',
				lines(
					'    statement: >- # short for now',
					'      Storage helps the grid: batteries at the harbour take the surplus at night and give it back at',
					'      the morning peak.'
				)
			)
		);
	});

	it('removes kind and about when cleared, and adds them in their place when missing', () => {
		const cleared = applyEdit(SMALL, {
			op: 'update-claim',
			id: 'rail-first',
			kind: null,
			about: []
		});
		expect(cleared.text).toBe(
			without(without(SMALL, '    kind: prediction\n'), '    about: [rail, storage]\n')
		);
		const added = applyEdit(SMALL, {
			op: 'update-claim',
			id: 'storage-helps',
			kind: 'assertion',
			about: ['storage', 'grid-co']
		});
		expect(added.text).toBe(
			insertedAfter(
				insertedAfter(
					SMALL,
					'    statement: Storage helps the grid. # short for now\n',
					'    kind: assertion\n'
				),
				"      - 'storage helps'\n",
				'    about: [storage, grid-co]\n'
			)
		);
		const changed = applyEdit(SMALL, {
			op: 'update-claim',
			id: 'rail-first',
			kind: 'judgement',
			about: ['storage']
		});
		expect(changed.text).toBe(
			SMALL.replace('    kind: prediction\n', '    kind: judgement\n').replace(
				'    about: [rail, storage]\n',
				'    about: [storage]\n'
			)
		);
	});

	it('changes an entity’s label and type, and an organisation’s name', () => {
		const entity = applyEdit(SMALL, {
			op: 'update-entity',
			id: 'storage',
			label: "Storage: the grid's batteries",
			type: 'sector'
		});
		expect(entity.text).toBe(
			SMALL.replace(
				'    type: concept\n    label: Storage\n',
				`    type: sector\n    label: "Storage: the grid's batteries"\n`
			)
		);
		const org = applyEdit(SMALL, { op: 'update-organization', id: 'grid-co', name: 'Grid Co' });
		expect(org.text).toBe(SMALL.replace('name: Northern Grid Company', 'name: Grid Co'));
		expect(applyEdit(SMALL, { op: 'update-entity', id: 'rail', label: 'Rail' }).text).toBe(SMALL);
	});
});

describe('applyEdit: deleting', () => {
	it('deletes an entity with its relations, its place in `about` and the acknowledgement of it', () => {
		const { text, id } = applyEdit(SMALL, { op: 'delete', collection: 'entities', id: 'storage' });
		expect(id).toBe('storage');
		expect(text).toBe(
			SMALL.replace(
				lines(
					'',
					'  - id: storage',
					'    type: concept',
					'    label: Storage',
					'    quotes:',
					"      - 'batteries'"
				),
				'\n'
			).replace(
				lines(
					'    about: [rail, storage]',
					'    acknowledged:',
					"      'about:storage': batteries are storage."
				),
				'    about: [rail]\n'
			)
		);
	});

	it('deletes an entity and the relations it is an end of, and an `about` left empty', () => {
		const { text } = applyEdit(SMALL, { op: 'delete', collection: 'entities', id: 'rail' });
		expect(text).toBe(
			without(
				without(
					without(
						SMALL,
						lines(
							'  - id: rail   # the railway',
							'    type: sector',
							'    label: Rail',
							"    quotes: ['the railway']"
						)
					),
					lines(
						'  - source: q1',
						'    relation: about',
						'    target: rail',
						'    quotes:',
						"      - 'Which comes first?'"
					)
				),
				'rail, '
			)
		);
	});

	it('deletes an organisation and the speaker’s link to it', () => {
		const { text } = applyEdit(SMALL, {
			op: 'delete',
			collection: 'organizations',
			id: 'grid-co'
		});
		expect(text).toBe(
			SMALL.replace('    organization: grid-co\n', '').replace(
				lines(
					'organizations:',
					'  - id: grid-co',
					'    name: Northern Grid Company',
					"    quote: 'the Northern Grid Company'"
				),
				'organizations: []\n'
			)
		);
	});

	it('deletes a claim and the relations that cite it; a section left empty becomes []', () => {
		const { text } = applyEdit(SMALL, {
			op: 'delete',
			collection: 'claims',
			id: 'storage-helps'
		});
		expect(text).toBe(
			without(
				without(
					SMALL,
					lines(
						'  - id: storage-helps',
						'    speaker: ravi-sen',
						'    label: Storage helps the grid',
						'    statement: Storage helps the grid. # short for now',
						'    quotes:',
						"      - 'storage helps'"
					)
				),
				lines(
					'  - source: rail-first',
					'    relation: supports',
					'    target: storage-helps',
					'    quotes:',
					"      - 'because storage helps'"
				)
			)
		);
		const none = applyEdit(
			applyEdit(text, { op: 'delete', collection: 'claims', id: 'rail-first' }).text,
			{ op: 'delete-relation', source: 'q1', relation: 'about', target: 'rail' }
		);
		expect(none.id).toBe('q1 about rail');
		expect(none.text.endsWith('\nclaims: []\n\nrelations: []\n')).toBe(true);
	});

	it('removes a relayed view’s source, and an item from a list written over several lines', () => {
		const text = lines(
			'claims:',
			'  - id: a',
			'    about:',
			'      [',
			'        rail,',
			'        ports,',
			'        grid-co',
			'      ]',
			'    relayed:',
			'      holder: the grid company',
			'      source: grid-co',
			'organizations:',
			'  - id: grid-co',
			'    name: Grid',
			"    quote: 'Grid'",
			'  - id: ports',
			'    name: Ports',
			"    quote: 'Ports'"
		);
		expect(applyEdit(text, { op: 'delete', collection: 'organizations', id: 'grid-co' }).text).toBe(
			lines(
				'claims:',
				'  - id: a',
				'    about:',
				'      [',
				'        rail,',
				'        ports',
				'      ]',
				'    relayed:',
				'      holder: the grid company',
				'organizations:',
				'  - id: ports',
				'    name: Ports',
				"    quote: 'Ports'"
			)
		);
	});
});

describe('the bundled interview', () => {
	const edits: [Edit, (id: string) => Edit][] = [
		[
			{
				op: 'add-claim',
				speaker: 'wang-qing',
				quote: 'I think',
				label: 'Wang thinks so',
				kind: 'judgement',
				about: ['blockchain', 'zinc-link']
			},
			(id) => ({ op: 'delete', collection: 'claims', id })
		],
		[
			{ op: 'add-entity', type: 'concept', label: 'Trust', quote: 'trust' },
			(id) => ({ op: 'delete', collection: 'entities', id })
		],
		[
			{ op: 'add-organization', name: 'Zinc Link', quote: 'Zinc Link' },
			(id) => ({ op: 'delete', collection: 'organizations', id })
		],
		[
			{ op: 'add-relation', source: 'q1', relation: 'about', target: '5g', quote: 'Which' },
			() => ({ op: 'delete-relation', source: 'q1', relation: 'about', target: '5g' })
		]
	];

	it.each(edits)('gives back the identical text after an add and a delete (%o)', (add, undo) => {
		const added = applyEdit(BUNDLED, add);
		expect(added.text).not.toBe(BUNDLED);
		expect(added.text.startsWith(BUNDLED.slice(0, 2000))).toBe(true);
		expect(applyEdit(added.text, undo(added.id)).text).toBe(BUNDLED);
	});

	it('still compiles after deleting an entity claims are about and a claim relations cite', () => {
		const before = data(BUNDLED) as { relations: { source: string; target: string }[] };
		expect(
			before.relations.some((r) => r.target === 'xiang-eased-epidemic-brings-opportunities')
		).toBe(true);
		let text = applyEdit(BUNDLED, { op: 'delete', collection: 'entities', id: 'blockchain' }).text;
		text = applyEdit(text, {
			op: 'delete',
			collection: 'claims',
			id: 'xiang-eased-epidemic-brings-opportunities'
		}).text;
		const result = compileWith(text);
		expect(result.diagnostics).toEqual([]);
		expect(result.ok).toBe(true);
		const ids = new Set(result.graph!.nodes.map((n) => n.id));
		expect(ids.has('blockchain')).toBe(false);
		expect(ids.has('xiang-eased-epidemic-brings-opportunities')).toBe(false);
		const after = data(text) as {
			claims: { about?: string[]; acknowledged?: Record<string, string> }[];
			relations: { source: string; target: string }[];
		};
		for (const claim of after.claims) {
			expect(claim.about ?? []).not.toContain('blockchain');
			expect(claim.about).not.toEqual([]);
			expect(Object.keys(claim.acknowledged ?? {})).not.toContain('about:blockchain');
		}
		for (const r of after.relations) {
			expect([r.source, r.target]).not.toContain('blockchain');
			expect([r.source, r.target]).not.toContain('xiang-eased-epidemic-brings-opportunities');
		}
		expect(after.relations.length).toBeLessThan(before.relations.length);
	});

	it('moves an anchor to its first alias when the item that holds it is deleted', () => {
		// The 5G relation holds `quotes: &seven-core-areas`, which six other relations alias.
		expect(BUNDLED).toContain('    quotes: &seven-core-areas\n');
		const { text } = applyEdit(BUNDLED, { op: 'delete', collection: 'entities', id: '5g' });
		expect(compileWith(text).ok).toBe(true);
		const relations = (data(text).relations as { source: string; quotes: string[] }[]).filter((r) =>
			['industrial-internet', 'rail-transit'].includes(r.source)
		);
		const sevenAreas = (data(BUNDLED).relations as { source: string; quotes: string[] }[]).find(
			(r) => r.source === '5g'
		)!.quotes;
		expect(relations.map((r) => r.quotes)).toEqual([sevenAreas, sevenAreas]);
		expect(text).toContain(
			lines(
				'  - source: industrial-internet',
				'    relation: part-of',
				'    target: new-infrastructure',
				'    quotes: &seven-core-areas'
			)
		);
	});

	it('adds a quote to an anchored list without changing the lists that alias it', () => {
		const edit: Edit = {
			op: 'add-relation',
			source: '5g',
			relation: 'part-of',
			target: 'new-infrastructure',
			quote: 'For a time, 5G became the "leader" of the new infrastructure.'
		};
		const { text } = applyEdit(BUNDLED, edit);
		const all = data(text).relations as { source: string; quotes: string[] }[];
		const original = data(BUNDLED).relations as { source: string; quotes: string[] }[];
		const five = all.find((r) => r.source === '5g')!;
		expect(five.quotes).toEqual([...original.find((r) => r.source === '5g')!.quotes, edit.quote]);
		expect(all.find((r) => r.source === 'uhv')!.quotes).toEqual(
			original.find((r) => r.source === 'uhv')!.quotes
		);
		expect(compileWith(text).ok).toBe(true);
	});
});

describe('quotes are written verbatim', () => {
	const hostile = [
		'  leading and trailing spaces  ',
		'\ttab\tinside\t',
		'# not a comment',
		'key: value',
		'ends with a colon:',
		"it's",
		'"double"',
		`both ' and "`,
		"'''",
		'\\ backslash \\n not a newline',
		'line\nbreak',
		'carriage\r\nreturn',
		'新基建 «quotes» — “curly” ‘single’',
		'emoji 🚄🔋 and ZWJ 👩‍🔧',
		'- looks like a list',
		'[flow, list]',
		'{a: b}',
		'&anchor *alias !tag',
		'@ ` % reserved',
		'null',
		'true',
		'123',
		'~',
		'---',
		'...',
		' ',
		'\u0085 \u2028 \u2029 \ufeff \u00a0',
		'\u007f\u0001',
		'lone \ud800 surrogate'
	];

	it.each(hostile)('round-trips %j as a quote, a label and a statement', (value) => {
		const entity = applyEdit(SMALL, {
			op: 'add-entity',
			type: 'concept',
			label: value,
			quote: value
		});
		const added = (data(entity.text).entities as { label: string; quotes: string[] }[])[2]!;
		expect(added.quotes).toEqual([value]);
		expect(added.label).toBe(value);
		const long = `${value} ${'and a great deal more to say about it '.repeat(4)}${value}`;
		const claim = applyEdit(SMALL, {
			op: 'update-claim',
			id: 'storage-helps',
			statement: long
		});
		expect((data(claim.text).claims as { statement: string }[])[1]!.statement).toBe(long);
	});

	it('writes them as the bundled file does: single-quoted, double-quoted for an apostrophe', () => {
		const quote = (q: string) =>
			applyEdit(SMALL, { op: 'add-quote', collection: 'claims', id: 'rail-first', quote: q })
				.text.split('\n')
				.find((l) => l.startsWith('      - ') && !SMALL.includes(`${l}\n`));
		expect(quote('a "leader" of it')).toBe(`      - 'a "leader" of it'`);
		expect(quote("this year's")).toBe(`      - "this year's"`);
		expect(quote(`the "year's" end`)).toBe(`      - 'the "year''s" end'`);
		expect(quote('a\\b')).toBe(`      - 'a\\b'`);
		expect(quote("a\\b's")).toBe(`      - "a\\\\b's"`);
		expect(quote('a\nb')).toBe(`      - "a\\nb"`);
	});

	const anyString = fc.oneof(
		fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
		fc.string({
			unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
			minLength: 1,
			maxLength: 30
		}),
		fc.string({
			unit: fc.constantFrom(
				' ',
				'\t',
				'\n',
				"'",
				'"',
				'#',
				':',
				'-',
				'\\',
				'&',
				'*',
				'🚄',
				'é',
				'a'
			),
			minLength: 1,
			maxLength: 20
		})
	);

	it('any non-empty string, as a quote, reads back equal', () => {
		fc.assert(
			fc.property(anyString, (value) => {
				const added = applyEdit(SMALL, {
					op: 'add-quote',
					collection: 'entities',
					id: 'storage',
					quote: value
				});
				const quotes = (data(added.text).entities as { quotes: string[] }[])[1]!.quotes;
				expect(quotes).toEqual(value === 'batteries' ? ['batteries'] : ['batteries', value]);
				const claim = applyEdit(SMALL, {
					op: 'add-claim',
					speaker: 'host',
					label: value,
					statement: value.repeat(1 + Math.floor(100 / value.length)),
					quote: value
				});
				const written = (
					data(claim.text).claims as { label: string; statement: string; quotes: string[] }[]
				)[2]!;
				expect(written.quotes).toEqual([value]);
				expect(written.label).toBe(value);
				expect(written.statement).toBe(value.repeat(1 + Math.floor(100 / value.length)));
			}),
			{ numRuns: 400 }
		);
	});
});

describe('newId', () => {
	it('makes lower-case ASCII words joined by hyphens', () => {
		expect(newId('Rail comes first', new Set())).toBe('rail-comes-first');
		expect(newId('  Café à Paris: 5G!  ', new Set())).toBe('cafe-a-paris-5g');
		expect(newId('The "leader" of new-infrastructure', new Set())).toBe(
			'the-leader-of-new-infrastructure'
		);
	});

	it('takes at most six words and 48 characters, cutting at a hyphen', () => {
		expect(newId('one two three four five six seven eight', new Set())).toBe(
			'one-two-three-four-five-six'
		);
		expect(
			newId('Interoperability between heterogeneous industrial blockchains matters', new Set())
		).toBe('interoperability-between-heterogeneous');
		expect(newId('x'.repeat(60), new Set())).toBe('x'.repeat(48));
	});

	it('adds -2, -3… to an id already taken, staying within 48 characters', () => {
		expect(newId('Rail', new Set(['rail']))).toBe('rail-2');
		expect(newId('Rail', new Set(['rail', 'rail-2']))).toBe('rail-3');
		expect(newId('x'.repeat(60), new Set(['x'.repeat(48)]))).toBe(`${'x'.repeat(46)}-2`);
		expect(
			newId(
				'aaaa bbbb cccc dddd eeee fffffffffffffffffffffff',
				new Set(['aaaa-bbbb-cccc-dddd-eeee-fffffffffffffffffffffff'])
			)
		).toBe('aaaa-bbbb-cccc-dddd-eeee-2');
	});

	it('falls back for a label with no ASCII letters or digits', () => {
		expect(newId('新基建', new Set())).toBe('item');
		expect(newId('新基建', new Set(), 'claim')).toBe('claim');
		expect(newId('—', new Set(['claim']), 'claim')).toBe('claim-2');
		expect(newId('', new Set(['claim', 'claim-2']), 'claim')).toBe('claim-3');
	});
});

describe('idsIn', () => {
	it('lists every id, and reserves the questions’ and answers’ ids', () => {
		const ids = idsIn(SMALL);
		expect([...ids]).toEqual([
			'ravi-sen',
			'host',
			'grid-co',
			'rail',
			'storage',
			'rail-first',
			'storage-helps',
			'q1'
		]);
		expect(ids.has('q1')).toBe(true);
		expect(ids.has('q12')).toBe(true);
		expect(ids.has('q2-ravi-sen')).toBe(true);
		expect(ids.has('q2-ravi-sen-3')).toBe(true);
		expect(ids.has('q2-rail')).toBe(false);
		expect(ids.has('q2')).toBe(true);
		expect(ids.has('quay')).toBe(false);
		expect(newId('Q1', ids)).toBe('q1-2');
	});

	it('holds every node id of the bundled interview that annotations can name', () => {
		const ids = idsIn(BUNDLED);
		const graph = compileWith(BUNDLED).graph!;
		for (const node of graph.nodes) expect(ids.has(node.id), node.id).toBe(true);
	});
});
