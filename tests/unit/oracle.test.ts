/**
 * The tests' simple second implementation of the explorer's view (tests/oracle/view.ts) against
 * hand-written tables of the test document, and against the app's own visibleSubgraph and
 * neighbourhood on random filters of both documents: two implementations written apart that
 * agree, one of them pinned to what a reader counts by hand.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	compileDocument,
	GraphIndex,
	neighbourhood,
	visibleSubgraph,
	type Graph
} from '../../src/lib/graph';
import { NODE_TYPES, RELATION_NAMES } from '../../src/lib/graph/vocabulary';
import { expectedNeighbourhood, expectedView } from '../oracle/view';
import { compiledInterview } from './helpers';

const FOLDER = 'tests/fixtures/documents/harbour-power-roundtable';
const compiled = compileDocument({
	id: 'harbour-power-roundtable',
	transcriptFile: `${FOLDER}/transcript.txt`,
	transcript: readFileSync(`${FOLDER}/transcript.txt`, 'utf8'),
	annotationsFile: `${FOLDER}/annotations.yaml`,
	annotations: readFileSync(`${FOLDER}/annotations.yaml`, 'utf8')
});
const harbour: Graph = compiled.graph!;
const interview = compiledInterview();
const sorted = (set: Set<string>) => [...set].sort();

describe('the oracle on the test document, counted by hand', () => {
	it('the initial view: everything but the four answers and their seventeen edges', () => {
		const view = expectedView(harbour);
		expect(view.nodes.size).toBe(20);
		expect(sorted(view.nodes)).not.toContain('q1-ines-alvarez');
		// 44 edges less 4 answers, 4 answers' said-by and 9 claims' made-in.
		expect(view.edges.size).toBe(27);
	});

	it('Tom Becker alone: himself, his organisation, the questions he answered, his claims and their topics', () => {
		expect(sorted(expectedView(harbour, { speakers: ['tom-becker'] }).nodes)).toEqual([
			'becker-batteries-needed',
			'becker-cargo-too-rare',
			'becker-ferries-only',
			'becker-lines-share-cost',
			'grid-storage',
			'portside-cooperative',
			'q1',
			'q2',
			'shore-power',
			'tom-becker'
		]);
	});

	it('expanding a question brings in its two answers and their edges', () => {
		const view = expectedView(harbour, { expanded: ['q2'] });
		expect(view.nodes.size).toBe(22);
		expect(view.nodes.has('q2-ines-alvarez') && view.nodes.has('q2-tom-becker')).toBe(true);
		// Each answer: answers, said-by, and the made-in of its two claims.
		expect(view.edges.size).toBe(27 + 2 * 4);
	});

	it('claims and disagreements only', () => {
		const view = expectedView(harbour, { types: ['claim'], relations: ['disagrees-with'] });
		expect(view.nodes.size).toBe(9);
		expect(sorted(view.edges)).toEqual([
			'becker-ferries-only--disagrees-with--alvarez-shore-power-first',
			'becker-lines-share-cost--disagrees-with--alvarez-port-pays'
		]);
	});

	it('a claim’s neighbourhood, one and two steps out in the initial view', () => {
		const initial = expectedView(harbour);
		expect(sorted(expectedNeighbourhood(harbour, 'becker-ferries-only', 1, initial).nodes)).toEqual(
			[
				'alvarez-shore-power-first',
				'becker-cargo-too-rare',
				'becker-ferries-only',
				'shore-power',
				'tom-becker'
			]
		);
		const two = expectedNeighbourhood(harbour, 'becker-ferries-only', 2, initial);
		expect(sorted(two.nodes)).toEqual([
			'alvarez-idling-burns-fuel',
			'alvarez-shore-power-first',
			'alvarez-wind-supplies-harbour',
			'becker-batteries-needed',
			'becker-cargo-too-rare',
			'becker-ferries-only',
			'becker-lines-share-cost',
			'ines-alvarez',
			'portside-cooperative',
			'shore-power',
			'tom-becker'
		]);
	});
});

describe('the oracle and the app agree', () => {
	const filters = (graph: Graph) => {
		const ids = graph.nodes.map((n) => n.id);
		const speakers = graph.nodes.filter((n) => n.type === 'speaker').map((n) => n.id);
		return fc.record({
			types: fc.subarray([...NODE_TYPES]),
			speakers: fc.subarray(speakers),
			relations: fc.subarray([...RELATION_NAMES]),
			expanded: fc.subarray(ids, { maxLength: 4 })
		});
	};

	for (const [name, graph] of [
		['the test document', harbour],
		['the interview', interview]
	] as const) {
		const index = new GraphIndex(graph);
		it(`on ${name}: the visible subgraph under any filter`, () => {
			fc.assert(
				fc.property(filters(graph), (filter) => {
					const app = visibleSubgraph(index, filter);
					const oracle = expectedView(graph, filter);
					expect(sorted(app.nodes)).toEqual(sorted(oracle.nodes));
					expect(sorted(app.edges)).toEqual(sorted(oracle.edges));
				}),
				{ numRuns: 300 }
			);
		});

		it(`on ${name}: the neighbourhood of any node to depth 0–3`, () => {
			fc.assert(
				fc.property(
					filters(graph),
					fc.constantFrom(...graph.nodes.map((n) => n.id)),
					fc.integer({ min: 0, max: 3 }),
					(filter, id, depth) => {
						const within = expectedView(graph, filter);
						const app = neighbourhood(index, id, depth, within);
						const oracle = expectedNeighbourhood(graph, id, depth, within);
						expect(sorted(app.nodes)).toEqual(sorted(oracle.nodes));
						expect(sorted(app.edges)).toEqual(sorted(oracle.edges));
					}
				),
				{ numRuns: 60 }
			);
		});
	}
});
