import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkFaithfulness, cues, numbers, words } from '../../src/lib/graph/faithfulness';
import { loadAnnotations } from '../../src/lib/graph/annotations';
import { AnnotationsSchema } from '../../src/lib/graph/schema';
import { ANNOTATIONS_FILE } from './helpers';

interface CraftedClaim {
	label: string;
	statement?: string;
	quotes: readonly string[];
	about?: readonly string[];
	acknowledged?: Record<string, string>;
}

interface CraftedRelation {
	source: string;
	relation: string;
	target: string;
	quotes: readonly string[];
}

/** Annotations holding one crafted claim (and the topics it may be about, and relations). */
function findingsFor(claim: CraftedClaim, relations: readonly CraftedRelation[] = []) {
	const annotations = v.parse(AnnotationsSchema, {
		document: {},
		speakers: [{ id: 'a', name: 'A', aliases: ['A'], role: 'guest', introduced: 'A, a guest' }],
		entities: [
			{ id: 'blockchain', type: 'sector', label: 'Blockchain', quotes: ['x'] },
			{
				id: 'trl',
				type: 'concept',
				label: 'Technology maturity level (TRL)',
				aliases: ['TRL'],
				quotes: ['x']
			},
			{ id: 'new-infra', type: 'concept', label: 'New infrastructure', quotes: ['x'] }
		],
		claims: [
			{
				id: 'c',
				speaker: 'a',
				statement: claim.label,
				...claim
			}
		],
		relations
	});
	return checkFaithfulness(annotations);
}

const keys = (claim: CraftedClaim) => findingsFor(claim).map((f) => f.key);

describe('the word lists', () => {
	it('split words, drop possessives and split off "n\'t"', () => {
		expect(words("Blockchain's weight isn't light")).toEqual([
			'blockchain',
			'weight',
			'is',
			"n't",
			'light'
		]);
	});

	it('group cue words, so a synonym keeps the cue', () => {
		expect([...cues('It could perhaps grow, if nothing else')].sort()).toEqual(
			['can', 'if', 'may', 'not'].sort()
		);
	});

	it('read digits and number words, but not list markers', () => {
		expect([...numbers('1) ten years, 50 years, 2020')].sort()).toEqual(['10', '2020', '50']);
	});
});

describe('checkFaithfulness: one crafted claim per kind of finding', () => {
	it.each([
		[
			'a dropped modal ("can expand" → "multiplies")',
			{ label: 'Blockchain multiplies the cars', quotes: ['it can expand the car on the road'] },
			['drops:can']
		],
		[
			'a condition changed ("if … is eased" → "Once … eases")',
			{
				label: 'Once the epidemic eases, opportunities come',
				quotes: ['if the epidemic situation is eased, opportunities will come']
			},
			['drops:if', 'drops:will', 'adds:once']
		],
		[
			'a dropped quantifier and a dangling opener ("Most of the areas" → "Its areas")',
			{
				label: 'Its areas are the shortcomings',
				quotes: ['Most of the areas involved are the shortcomings.']
			},
			['drops:most', 'opens:its']
		],
		[
			'a dropped negation',
			{
				label: 'Blockchain is a car on the road',
				quotes: ['Blockchain is not a car on the road.']
			},
			['drops:not']
		],
		[
			'an obligation stated as fact ("should be based on" → "builds")',
			{
				label: 'New infrastructure builds for itself',
				quotes: ['new infrastructure should be based on its own development']
			},
			['drops:should']
		],
		[
			'a dropped number',
			{
				label: 'The Industrial Internet has a long history',
				quotes: ['it has a history of more than 50 years']
			},
			['number:50']
		],
		[
			'a demonstrative without antecedent',
			{ label: 'These directions are reasonable', quotes: ['these directions are reasonable'] },
			['opens:these']
		],
		[
			'an about edge whose quote does not name the topic',
			{ label: 'The weight will grow', quotes: ['the weight will grow'], about: ['blockchain'] },
			['about:blockchain']
		]
	] as const)('finds %s', (_, claim, expected) => {
		expect(keys(claim).sort()).toEqual([...expected].sort());
	});

	it('accepts a label that keeps modality, condition, quantifier, negation and number', () => {
		expect(
			keys({
				label: 'If eased, most firms can not wait 10 years',
				quotes: ['if it is eased, most firms cannot wait ten years']
			})
		).toEqual([]);
	});

	it('lets the opinion marker go ("I think" is not a cue)', () => {
		expect(
			keys({ label: '5G will break out first', quotes: ['So I think 5G will break out first.'] })
		).toEqual([]);
	});

	it('counts an alias as naming the topic', () => {
		expect(
			keys({
				label: 'Many key technologies are at TRL level 3',
				quotes: ['by the TRL scale, many are at level 3'],
				about: ['trl']
			})
		).toEqual([]);
	});

	it('keeps the finding but marks it acknowledged, with its reason', () => {
		const [finding] = findingsFor({
			label: 'Blockchain multiplies the cars',
			quotes: ['it can expand the car on the road'],
			acknowledged: { 'drops:can': 'Kept in the statement.' }
		});
		expect(finding).toMatchObject({ key: 'drops:can', acknowledged: 'Kept in the statement.' });
		expect(finding!.path).toEqual(['claims', 0, 'label']);
	});

	it('reports an acknowledgement that no longer matches a finding', () => {
		const findings = findingsFor({
			label: 'Blockchain can expand the cars',
			quotes: ['it can expand the car on the road'],
			acknowledged: { 'drops:can': 'Out of date.' }
		});
		expect(findings).toEqual([
			expect.objectContaining({ kind: 'stale', key: 'drops:can', acknowledged: null })
		]);
	});
});

describe('checkFaithfulness: each finding in full, as annotations.yaml will show it', () => {
	it('says which of label and statement drop a cue, with the cue group named', () => {
		expect(
			findingsFor({
				label: 'Blockchain multiplies the cars',
				statement: 'Blockchain multiplies cars',
				quotes: ['it can expand the car on the road']
			})
		).toEqual([
			{
				kind: 'drops',
				key: 'drops:can',
				subject: 'c',
				path: ['claims', 0, 'label'],
				message:
					'the quotes use the modal "can" (or a word like it), which the label and the statement drop',
				acknowledged: null
			}
		]);
		expect(
			findingsFor({
				label: 'Most firms are not ready',
				statement: 'Firms are ready',
				quotes: ['most firms are not ready']
			})
		).toEqual([
			{
				kind: 'drops',
				key: 'drops:not',
				subject: 'c',
				path: ['claims', 0, 'statement'],
				message: 'the quotes use the negation "not" (or a word like it), which the statement drops',
				acknowledged: null
			},
			{
				kind: 'drops',
				key: 'drops:most',
				subject: 'c',
				path: ['claims', 0, 'statement'],
				message:
					'the quotes use the quantifier "most" (or a word like it), which the statement drops',
				acknowledged: null
			}
		]);
	});

	it('words an added cue, a lost number and a dangling opener', () => {
		expect(
			findingsFor({ label: 'They grow once ready', quotes: ['they grow by 2.55 times'] })
		).toEqual([
			{
				kind: 'adds',
				key: 'adds:once',
				subject: 'c',
				path: ['claims', 0, 'label'],
				message: 'the label uses the condition "once", which the quotes do not',
				acknowledged: null
			},
			{
				kind: 'number',
				key: 'number:2.55',
				subject: 'c',
				path: ['claims', 0, 'statement'],
				message: 'the quotes give the number "2.55", which neither label nor statement keeps',
				acknowledged: null
			},
			{
				kind: 'opens',
				key: 'opens:they',
				subject: 'c',
				path: ['claims', 0, 'label'],
				message: 'the label opens with "they", which refers to something the label does not name',
				acknowledged: null
			}
		]);
	});

	it('names the topic an about edge misses, with every name it looked for', () => {
		expect(
			findingsFor({
				label: 'Levels rise',
				quotes: ['the levels rise'],
				about: ['blockchain', 'trl']
			})
		).toEqual([
			{
				kind: 'about',
				key: 'about:blockchain',
				subject: 'c',
				path: ['claims', 0, 'about', 0],
				message: 'is about "blockchain", but no quote names it ("Blockchain")',
				acknowledged: null
			},
			{
				kind: 'about',
				key: 'about:trl',
				subject: 'c',
				path: ['claims', 0, 'about', 1],
				message: 'is about "trl", but no quote names it ("Technology maturity level (TRL)", "TRL")',
				acknowledged: null
			}
		]);
	});

	it('reads the quotes as words apart: a cue or a name at the start of a second quote counts', () => {
		expect(
			findingsFor({
				label: 'Growth can come at TRL',
				statement: 'Growth can come at TRL',
				quotes: ['growth', 'can come at level', 'trl'],
				about: ['trl']
			})
		).toEqual([]);
		// A topic's name of several words names it as a whole.
		expect(
			keys({ label: 'It grows', quotes: ['new infrastructure grows'], about: ['new-infra'] })
		).toEqual(['opens:it']);
	});

	it('checks an about relation by its own quotes, and no other relation', () => {
		expect(
			findingsFor({ label: 'Blockchain grows', quotes: ['blockchain grows'] }, [
				{ source: 'c', relation: 'about', target: 'trl', quotes: ['blockchain grows'] },
				{ source: 'c', relation: 'about', target: 'blockchain', quotes: ['blockchain grows'] },
				{ source: 'c', relation: 'applies-to', target: 'trl', quotes: ['blockchain grows'] }
			])
		).toEqual([
			{
				kind: 'about',
				key: 'about:trl',
				subject: 'relations[0]',
				path: ['relations', 0, 'target'],
				message:
					'c is about "trl", but no quote names it ("Technology maturity level (TRL)", "TRL")',
				acknowledged: null
			}
		]);
	});

	it('reports each acknowledgement with no finding, and only those', () => {
		expect(
			findingsFor({
				label: 'Blockchain multiplies the cars',
				quotes: ['it can expand the car on the road'],
				acknowledged: { 'drops:can': 'Kept elsewhere.', 'adds:will': 'Out of date.' }
			})
		).toEqual([
			{
				kind: 'drops',
				key: 'drops:can',
				subject: 'c',
				path: ['claims', 0, 'label'],
				message:
					'the quotes use the modal "can" (or a word like it), which the label and the statement drop',
				acknowledged: 'Kept elsewhere.'
			},
			{
				kind: 'stale',
				key: 'adds:will',
				subject: 'c',
				path: ['claims', 0, 'acknowledged', 'adds:will'],
				message: 'acknowledges "adds:will", which the check no longer finds: remove it',
				acknowledged: null
			}
		]);
	});

	it("keeps can't and won't whole, and drops a possessive written with either apostrophe", () => {
		expect(words("Can't, won't, don't: Ravi’s and O’Sullivan’s")).toEqual([
			"can't",
			"won't",
			'do',
			"n't",
			'ravi',
			'and',
			"o'sullivan"
		]);
	});
});

describe('checkFaithfulness on the bundled interview', () => {
	// Read in each test, not at load: a mutation run counts only what a test itself runs.
	const read = () => loadAnnotations(readFileSync(ANNOTATIONS_FILE, 'utf8'), ANNOTATIONS_FILE);

	it('has every finding fixed or acknowledged with a reason', () => {
		const { annotations, locate } = read();
		const findings = checkFaithfulness(annotations!);
		const open = findings
			.filter((f) => f.acknowledged === null)
			.map((f) => `${ANNOTATIONS_FILE}:${locate(f.path).line}: ${f.subject} [${f.key}]`);
		expect(open).toEqual([]);
	});

	it('keeps the hedges the re-read restored (hand-checked labels)', () => {
		const { annotations } = read();
		const label = (id: string) => annotations!.claims.find((c) => c.id === id)!.label;
		expect(label('xiang-roads-and-cars-analogy')).toContain('can expand');
		expect(label('xiang-eased-epidemic-brings-opportunities')).toMatch(/^If the epidemic eases/);
		expect(label('wang-new-infrastructure-targets-shortcomings')).toMatch(/^Most /);
		expect(label('wang-blockchain-opportunities-only-side-effect')).toContain('should');
		expect(label('xiang-industrial-internet-emerges-first')).toContain("industry's importance");
	});
});
