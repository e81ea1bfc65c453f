/**
 * The text `npm run graph:report` prints (formatReport in src/lib/graph/report.ts), for two
 * reports written here by hand, every line written out. Written for the survivors of a mutation
 * run.
 */
import { describe, expect, it } from 'vitest';
import { formatReport, NODE_TYPES, RELATION_NAMES, type GraphReport } from '../../src/lib/graph';

const counts = <K extends string>(keys: readonly K[], values: Partial<Record<K, number>>) =>
	Object.fromEntries(keys.map((k) => [k, values[k] ?? 0])) as Record<K, number>;

function report(change: Partial<GraphReport>): GraphReport {
	return {
		document: 'talk',
		nodesByType: counts(NODE_TYPES, { speaker: 2, claim: 12 }),
		edgesByRelation: counts(RELATION_NAMES, { 'said-by': 12, about: 3 }),
		claimsBySpeaker: [
			{ speaker: 'ann', name: 'Ann', claims: 0 },
			{ speaker: 'bob', name: 'Bob Brown', claims: 12 }
		],
		relayed: [],
		coverage: { substantive: 8, cited: 8, ratio: 1, target: 0.9 },
		uncited: [],
		orphans: [],
		problems: [],
		...change
	};
}

/** The tables every report begins with, for the counts above. */
const TABLES = [
	'# talk',
	'',
	'Nodes by type:',
	'  speaker          2',
	'  organization     0',
	'  question         0',
	'  answer           0',
	'  claim           12',
	'  sector           0',
	'  scenario         0',
	'  concept          0',
	'',
	'Edges by relation:',
	'  affiliated-with     0',
	'  asked-by            0',
	'  answers             0',
	'  said-by            12',
	'  relayed-by          0',
	'  made-in             0',
	'  about               3',
	'  applies-to          0',
	'  part-of             0',
	'  agrees-with         0',
	'  disagrees-with      0',
	'  refines             0',
	'  supports            0',
	'',
	'Claims by speaker:',
	'  Ann           0',
	'  Bob Brown    12',
	''
];

describe('formatReport', () => {
	it('prints a sound graph: tables, none of each list, and OK', () => {
		expect(formatReport(report({})).split('\n')).toEqual([
			...TABLES,
			'Relayed views: none',
			'',
			'Coverage: 8 of 8 answer sentences longer than 40 characters are cited by a claim (100.0%; target 90.0%)',
			'',
			'Uncited answer sentences: none',
			'',
			'Nodes with no edges: none',
			'',
			'OK: every invariant holds.'
		]);
	});

	it('prints each relayed view, uncited sentence, orphan and problem', () => {
		const text = formatReport(
			report({
				relayed: [{ claim: 'critics-say', by: 'ann', holder: 'critics' }],
				coverage: { substantive: 8, cited: 6, ratio: 0.75, target: 0.9 },
				uncited: [
					{ id: 't2-s3', line: 9, text: 'We thank you all.', reason: 'courtesy' },
					{ id: 't4-s1', line: 14, text: 'Ports matter a great deal to us.', reason: null }
				],
				orphans: ['lonely', 'alone'],
				problems: ['node "lonely" has no edges']
			})
		);
		expect(text.split('\n')).toEqual([
			...TABLES,
			'Relayed views:',
			'  critics-say (held by critics, relayed by ann)',
			'',
			'Coverage: 6 of 8 answer sentences longer than 40 characters are cited by a claim (75.0%; target 90.0%)',
			'',
			'Uncited answer sentences:',
			'  t2-s3 (line 9) — courtesy: We thank you all.',
			'  t4-s1 (line 14) — NO REASON GIVEN: Ports matter a great deal to us.',
			'',
			'Nodes with no edges: lonely, alone',
			'',
			'FAILED: 1 problem:',
			'  - node "lonely" has no edges'
		]);
	});

	it('counts problems in the plural', () => {
		const text = formatReport(report({ problems: ['one', 'two'] }));
		expect(text.split('\n').slice(-3)).toEqual(['FAILED: 2 problems:', '  - one', '  - two']);
	});
});
