/**
 * Following the interview step by step (src/lib/graph/sequence.ts), on a transcript written here
 * whose steps are worked out by hand: a node is there from the turn of its first cited sentence,
 * an edge from the latest of its ends and its cited sentences. Written for the survivors of a
 * mutation run; each test compiles inside its `it` (a compile at load time would be ignored by
 * the mutation run).
 */
import { describe, expect, it } from 'vitest';
import { GraphIndex, interviewSequence } from '../../src/lib/graph';
import { compileAs } from './helpers';

const TRANSCRIPT = `Ann asks Bob and Cy.

Ann:

Why ports?

Bob:

Ports matter. Ships need them.

Ann:

And rail?

Cy:

Rail matters too.

Bob:

Cy is right about rail.
`;

const ANNOTATIONS = `document:
  language: en
speakers:
  - id: ann
    name: Ann
    aliases: [Ann]
    role: host
    introduced: 'Ann asks Bob and Cy.'
  - id: bob
    name: Bob
    aliases: [Bob]
    role: guest
    introduced: 'Ann asks Bob and Cy.'
  - id: cy
    name: Cy
    aliases: [Cy]
    role: guest
    introduced: 'Ann asks Bob and Cy.'
entities:
  - id: ports
    type: sector
    label: Ports
    quotes: ['Ports matter.']
  - id: rail
    type: sector
    label: Rail
    quotes: ['Rail matters too.', 'And rail?']
claims:
  - id: ships
    speaker: bob
    label: Ships need ports
    statement: Ships need ports.
    quotes: ['Ships need them.']
    about: [ports]
  - id: rail-too
    speaker: cy
    label: Rail matters
    statement: Rail matters too.
    quotes: ['Rail matters too.']
    about: [rail]
relations:
  - source: ships
    relation: supports
    target: rail-too
    quotes: ['Ports matter.']
  - source: rail-too
    relation: disagrees-with
    target: ships
    quotes: ['Ships need them.']
`;

function sequence() {
	const result = compileAs('steps', ANNOTATIONS, TRANSCRIPT);
	expect(result.diagnostics).toEqual([]);
	return interviewSequence(new GraphIndex(result.graph!));
}

/** What each turn adds, by hand: turn, its nodes, its edges. */
const ADDED: [string, string[], string[]][] = [
	// The narration introduces the three speakers.
	['t0', ['ann', 'bob', 'cy'], []],
	['t1', ['q1'], ['q1--asked-by--ann']],
	// Bob's answer: "Ports matter." cites the sector, "Ships need them." is his claim; the claim's
	// support of Cy's claim quotes him here, but waits for Cy's claim (turn 4).
	[
		't2',
		['q1-bob', 'ports', 'ships'],
		[
			'q1-bob--answers--q1',
			'q1-bob--said-by--bob',
			'ships--said-by--bob',
			'ships--made-in--q1-bob',
			'ships--about--ports'
		]
	],
	// "And rail?" is the first of the rail sector's two quotes (the other is Cy's, turn 4).
	['t3', ['q2', 'rail'], ['q2--asked-by--ann']],
	[
		't4',
		['q2-cy', 'rail-too'],
		[
			'q2-cy--answers--q2',
			'q2-cy--said-by--cy',
			'rail-too--said-by--cy',
			'rail-too--made-in--q2-cy',
			'rail-too--about--rail',
			// Both relations between the two claims: each quotes Bob at turn 2, and each waits for
			// its later end, once as its target, once as its source.
			'ships--supports--rail-too',
			'rail-too--disagrees-with--ships'
		]
	],
	['t5', ['q2-bob'], ['q2-bob--answers--q2', 'q2-bob--said-by--bob']]
];

const sorted = (set: Set<string>) => [...set].sort();

describe('the steps of a small interview', () => {
	it('add each node at its first cited sentence and each edge once its ends and quotes are said', () => {
		const steps = sequence();
		expect(steps.length).toBe(6);
		for (const [i, [turn, nodes, edges]] of ADDED.entries()) {
			const step = steps.at(i)!;
			expect(step.turn.id).toBe(turn);
			expect(step.index).toBe(i);
			expect(sorted(step.added.nodes), turn).toEqual([...nodes].sort());
			expect(sorted(step.added.edges), turn).toEqual([...edges].sort());
		}
	});

	it('hold everything said up to their turn, and nothing after it', () => {
		const steps = sequence();
		// After Ann's second question (turn 3): the first four turns' additions, by hand.
		expect(sorted(steps.at(3)!.graph.nodes)).toEqual(
			['ann', 'bob', 'cy', 'q1', 'q1-bob', 'ports', 'ships', 'q2', 'rail'].sort()
		);
		expect(sorted(steps.at(3)!.graph.edges)).toEqual(
			[
				'q1--asked-by--ann',
				'q1-bob--answers--q1',
				'q1-bob--said-by--bob',
				'ships--said-by--bob',
				'ships--made-in--q1-bob',
				'ships--about--ports',
				'q2--asked-by--ann'
			].sort()
		);
		expect(sorted(steps.at(0)!.graph.nodes)).toEqual(['ann', 'bob', 'cy']);
		expect(steps.at(0)!.graph.edges.size).toBe(0);
	});

	it('say when each element is first said', () => {
		const steps = sequence();
		expect(
			[
				'cy',
				'rail',
				'rail-too',
				'ships--supports--rail-too',
				'rail-too--disagrees-with--ships'
			].map((id) => steps.saidAt(id))
		).toEqual([0, 3, 4, 4, 4]);
	});
});

describe('the steps kept built', () => {
	it('are the last four asked for: a step asked for again is the same until four others come after it', () => {
		const steps = sequence();
		const first = steps.at(0)!;
		expect(steps.at(0)).toBe(first);
		for (const i of [1, 2, 3]) steps.at(i);
		// Four built (0 to 3): step 0 is still kept.
		expect(steps.at(0)).toBe(first);
		steps.at(4);
		steps.at(5);
		// Two more since step 0 was last asked for: it was let go, and is built again, the same.
		const again = steps.at(0)!;
		expect(again).not.toBe(first);
		expect(sorted(again.graph.nodes)).toEqual(sorted(first.graph.nodes));
	});
});
