/**
 * Reading a REFI-QDA project made elsewhere (src/lib/graph/qdpx-import.ts), on projects written
 * here by hand: every refusal with its message, and one project that exercises what the importer
 * makes of codes (nested, described, missing, coding another source only, coding nothing that
 * anchors), segments (named and described, in the narration, out of range, uncoded), cases (a
 * person's name, role and introduction), links and a second text source. Every expected value is
 * worked out from the texts below. Written for the survivors of a mutation run.
 */
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toQdpx } from '../../src/lib/graph/qdpx';
import { importQdpx, QdpxError } from '../../src/lib/graph/qdpx-import';
import type { Annotations } from '../../src/lib/graph/schema';
import { ANNOTATIONS_FILE, compiledInterview, transcript } from './helpers';

const project = (body: string, name = 'Port talk') =>
	`<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="${name}">${body}</Project>`;
const zip = (qde: string, files: Record<string, string> = {}) =>
	zipSync({
		'project.qde': strToU8(qde),
		...Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)]))
	});
const source = (name: string, inner: string, text?: string) =>
	text === undefined
		? `<TextSource guid="5-${name}" name="${name}" plainTextPath="internal://${name}">${inner}</TextSource>`
		: `<TextSource guid="5-${name}" name="${name}"><PlainTextContent>${text}</PlainTextContent>${inner}</TextSource>`;

const PORT = `Port talk

Lena Berg, the harbour master, spoke with Omar Diaz.

Lena:

Will the port grow? Tell me.

Omar:

The port will grow by half. Ships are larger now. Cranes must follow.
`;
/** The code-point range of `words` in `text` (the first place they occur), as REFI-QDA counts. */
const range = (text: string, words: string) => {
	const start = [...text.slice(0, text.indexOf(words))].length;
	return `startPosition="${start}" endPosition="${start + [...words].length}"`;
};
const selection = (guid: string, at: string, codes: string[], extra = '', attrs = '') =>
	`<PlainTextSelection guid="${guid}" ${at}${attrs}>${extra}${codes
		.map((c, i) => `<Coding guid="k-${guid}-${i}"><CodeRef targetGUID="${c}"/></Coding>`)
		.join('')}</PlainTextSelection>`;

function portProject(): Uint8Array {
	const codes = `<CodeBook><Codes>
<Code guid="g-sectors" name="Sectors" isCodable="false"><Code guid="g-shipping" name="Shipping" isCodable="true"><Description>Sea freight</Description></Code></Code>
<Code guid="g-growth" name="Growth" isCodable="true"/>
<Code guid="g-cranes" name="Cranes" isCodable="true"/>
<Code guid="g-unused" name="Unused" isCodable="true"/>
</Codes></CodeBook>`;
	const port = [
		selection(
			's1',
			range(PORT, 'The port will grow by half.'),
			['g-growth'],
			'<Description>The port will grow by half, says Omar.</Description>',
			' name="Port grows by half"'
		),
		selection('s2', range(PORT, 'Ships are larger now.'), ['g-sectors-missing', 'g-shipping']),
		selection('s3', range(PORT, 'Lena Berg, the harbour master, spoke with Omar Diaz.'), [
			'g-growth'
		]),
		selection('s4', 'startPosition="50" endPosition="40"', ['g-growth']),
		selection('s5', range(PORT, 'Cranes must follow.'), []),
		selection('s6', range(PORT, 'Tell me.\n\nOmar:\n\nThe port'), ['g-unused']),
		selection('s7', range(PORT, 'Lena Berg, the harbour master'), [])
	].join('\n');
	const other = selection('o1', 'startPosition="6" endPosition="9"', ['g-cranes']);
	const cases = `<Cases>
<Case guid="c-lena" name="Lena"><Description>Harbour master (host)</Description><SelectionRef targetGUID="s7"/></Case>
<Case guid="c-omar" name="Omar Diaz"><Description>Engineer (guest)</Description><SelectionRef targetGUID="s1"/></Case>
</Cases>`;
	const links = `<Links>
<Link guid="l1" name="supports" originGUID="s2" targetGUID="s1"><NoteRef targetGUID="n1"/></Link>
<Link guid="l2" name="causes" originGUID="s2" targetGUID="s1"/>
<Link guid="l3" originGUID="s1" targetGUID="s2"/>
</Links>
<Notes><Note guid="n1"><PlainTextContent>Ships are larger now.</PlainTextContent></Note></Notes>`;
	return zip(
		project(
			`${codes}<Sources>${source('port.txt', port, PORT)}${source('other.txt', other)}</Sources>${cases}${links}`
		),
		{ 'sources/Other.TXT': '\uFEFFAnn:\r\n\r\nHi, Bo.\r\n' }
	);
}

describe('importQdpx refuses what it cannot read, saying why', () => {
	it.each<[string, Uint8Array, string | RegExp]>([
		['not a zip', strToU8('hello'), /^not a zip file \(a \.qdpx is one\): /],
		[
			'no project.qde',
			zipSync({ 'a.txt': strToU8('x') }),
			'the zip holds no project.qde: not a REFI-QDA project'
		],
		[
			'XML that is not well-formed',
			zip('<Project><Sources></Project>'),
			/^project\.qde is not well-formed XML: /
		],
		[
			'no Project element',
			zip('<?xml version="1.0"?><Other/>'),
			'project.qde has no <Project> element: not a REFI-QDA project'
		],
		['no text source', zip(project('<Sources/>')), 'the project has no text source'],
		[
			'a source without text',
			zip(project(`<Sources><TextSource guid="x" name="a.txt"/></Sources>`)),
			'text source "a.txt" has no plain text'
		],
		[
			'a source whose file is missing',
			zip(project(`<Sources>${source('a.txt', '')}</Sources>`)),
			'text source "a.txt" names internal://a.txt, which is not in the project\'s sources/'
		],
		[
			'a transcript without speakers',
			zip(project(`<Sources>${source('a.txt', '', 'Just notes.')}</Sources>`)),
			'the transcript has no speaker labels in any form Citegraph reads (published, one-line, webvtt, srt, service, markdown): Citegraph cannot tell who speaks'
		]
	])('%s', (_, bytes, message) => {
		expect(() => importQdpx(bytes)).toThrow(QdpxError);
		expect(() => importQdpx(bytes)).toThrow(message);
	});

	it('an id that is not an id, and a source it does not have', () => {
		expect(() => importQdpx(portProject(), { id: 'Port Talk' })).toThrow(
			'"Port Talk" is not a document id: lower-case words joined by hyphens'
		);
		expect(() => importQdpx(portProject(), { source: 'nope.txt' })).toThrow(
			'no text source named "nope.txt"; the sources are: port.txt, other.txt'
		);
	});
});

describe('importQdpx of a project made elsewhere', () => {
	it('reports each segment it cannot anchor, and notes what it leaves out', () => {
		const result = importQdpx(portProject());
		expect(result.transcript).toBe(PORT);
		expect(result.otherSources).toEqual(['other.txt']);
		expect(result.problems.map((p) => [p.segment, p.line, p.text, p.problem])).toEqual([
			[
				's3',
				3,
				'Lena Berg, the harbour master, spoke with Omar Diaz.',
				'it lies in the narration, which no speaker says'
			],
			['s4', 3, '', 'its positions are not a range of the text'],
			['s5', 11, 'Cranes must follow.', 'it has no code'],
			[
				's6',
				7,
				'Tell me.\n\nOmar:\n\nThe port',
				"quote crosses a turn boundary in graph-data/port-talk/transcript.txt: it runs across Lena's turn at line 5 into Omar Diaz's turn at line 9"
			]
		]);
		expect(result.notes).toEqual([
			'imported the text source "port.txt"; left out: "other.txt"',
			'a segment at line 11 names a code the code book lacks',
			"1 code(s) code only the other text sources' segments; left out with them",
			'the code "Unused" codes no segment that could be anchored; left out',
			'a link "causes" does not join two claims by a Citegraph relation; left out',
			'a link does not join two claims by a Citegraph relation; left out'
		]);
		expect(result.codes.map((c) => [c.guid, c.name, c.description, c.path])).toEqual([
			['g-sectors', 'Sectors', null, []],
			['g-shipping', 'Shipping', 'Sea freight', ['Sectors']],
			['g-growth', 'Growth', null, []],
			['g-cranes', 'Cranes', null, []],
			['g-unused', 'Unused', null, []]
		]);
	});

	it('writes the people, topics, claims and relations it could anchor', () => {
		const result = importQdpx(portProject());
		expect(result.annotations)
			.toBe(`# Starter annotations imported from a REFI-QDA project (Port talk).
# Check every label and statement against its quotes, then run npm run graph:report.
# Review shipping: its quote is a coded segment; quote where the text names it.
# Review growth: its quote is a coded segment; quote where the text names it.
# Not anchored: segment at line 3 (characters 11–63): it lies in the narration, which no speaker says
# Not anchored: segment at line 3 (characters 50–40): its positions are not a range of the text
# Not anchored: segment at line 11 (characters 159–178): it has no code
# Not anchored: segment at line 7 (characters 92–117): quote crosses a turn boundary in graph-data/port-talk/transcript.txt: it runs across Lena's turn at line 5 into Omar Diaz's turn at line 9
document:
  language: en
speakers:
  - id: lena
    name: Lena
    aliases:
      - Lena
    role: host
    introduced: Lena Berg, the harbour master
  - id: omar-diaz
    name: Omar Diaz
    aliases:
      - Omar
    role: guest
    introduced: Lena Berg, the harbour master, spoke with Omar Diaz.
entities:
  - id: shipping
    type: sector
    label: Shipping
    description: Sea freight
    quotes:
      - Ships are larger now.
  - id: growth
    type: concept
    label: Growth
    quotes:
      - The port will grow by half.
claims:
  - id: diaz-port-grows-by-half
    speaker: omar-diaz
    label: Port grows by half
    statement: The port will grow by half, says Omar.
    quotes:
      - The port will grow by half.
    about:
      - growth
  - id: diaz-ships-are-larger-now
    speaker: omar-diaz
    label: Ships are larger now.
    statement: Ships are larger now.
    quotes:
      - Ships are larger now.
    about:
      - shipping
relations:
  - source: diaz-ships-are-larger-now
    relation: supports
    target: diaz-port-grows-by-half
    quotes:
      - Ships are larger now.
`);
		expect(result.compiled.ok).toBe(true);
	});

	it('imports the text source it is asked for, its file found in any case, line ends made plain', () => {
		const result = importQdpx(portProject(), { source: 'other.txt', id: 'other' });
		expect(result.transcript).toBe('Ann:\n\nHi, Bo.\n');
		expect(result.otherSources).toEqual(['port.txt']);
		expect(result.notes[0]).toBe('imported the text source "other.txt"; left out: "port.txt"');
		expect(result.compiled.graph?.document.id).toBe('other');
	});
});

describe('importQdpx of a project Citegraph exported', () => {
	/** Claims as annotations.yaml states them, topics by label (the import makes new ids). */
	const claims = (doc: Annotations) => {
		const topics = new Map(doc.entities.map((e) => [e.id, e.label]));
		return doc.claims
			.map((c) => ({
				speaker: c.speaker,
				label: c.label,
				statement: c.statement,
				kind: c.kind ?? null,
				quotes: c.quotes,
				about: (c.about ?? []).flatMap((t) => topics.get(t) ?? []).sort(),
				holder: c.relayed?.holder ?? null
			}))
			.sort((a, b) => a.label.localeCompare(b.label));
	};
	/** Relations between claims, by the claims' labels. */
	const relations = (doc: Annotations) => {
		const label = new Map(doc.claims.map((c) => [c.id, c.label]));
		return doc.relations
			.filter((r) => label.has(r.source) && label.has(r.target))
			.map((r) => `${label.get(r.source)} —${r.relation}→ ${label.get(r.target)}`)
			.sort();
	};

	it('reads back every claim and relation of the interview as its annotations.yaml has them', () => {
		// The interview's own annotations, read as plain YAML: what was written by hand.
		const original = parse(readFileSync(ANNOTATIONS_FILE, 'utf8')) as Annotations;
		const result = importQdpx(toQdpx(compiledInterview(), { transcript }));
		const back = parse(result.annotations) as Annotations;
		expect(claims(back)).toEqual(claims(original));
		expect(claims(back)).toHaveLength(73);
		// A relation's quotes travel as the sentences its edge cites, so only its ends are compared.
		expect(relations(back)).toEqual(relations(original));
		expect(relations(back)).toHaveLength(61);
		expect(result.problems).toEqual([]);
		expect(result.compiled.ok).toBe(true);
	});
});
