/**
 * Claims numbered in the order they are said (claimNumbers): the keys the canvas draws, the
 * list view and the claim's panel. Expectations read off the interview's transcript.
 */
import { describe, expect, it } from 'vitest';
import { claimNumbers, GraphIndex } from '../../src/lib/graph';
import type { Graph } from '../../src/lib/graph';
import { compiledInterview } from './helpers';

const graph = compiledInterview();

describe('claimNumbers', () => {
	const numbers = claimNumbers(graph);

	it('numbers the claims from the first said to the last', () => {
		// The article's opening: the Standing Committee's call ("In early March…"), then the
		// "tens of trillions" the markets want a ride on.
		expect(numbers.get('article-policy-makes-new-infrastructure-main-theme')).toBe(1);
		expect(numbers.get('article-tens-of-trillions-ride')).toBe(2);
		// Wang Qing's last answer ends the interview: "an expanded market, not a new battlefield".
		expect(numbers.get('wang-expanded-market-not-new-battlefield')).toBe(73);
	});

	it('gives every claim one number, 1 to the number of claims, and nothing else a number', () => {
		const claims = graph.nodes.filter((n) => n.type === 'claim');
		expect(claims.length).toBe(73);
		expect([...numbers.keys()].sort()).toEqual(claims.map((c) => c.id).sort());
		expect([...numbers.values()].sort((a, b) => a - b)).toEqual(
			Array.from({ length: 73 }, (_, i) => i + 1)
		);
	});

	it('orders claims on the same sentence as the annotations list them', () => {
		const claim = (id: string, citations: string[]) =>
			({ id, type: 'claim', label: id, citations }) as unknown as Graph['nodes'][number];
		const tiny = {
			sentences: [{ id: 's1' }, { id: 's2' }],
			nodes: [claim('late', ['s2']), claim('b', ['s1', 's2']), claim('a', ['s1'])]
		} as unknown as Graph;
		expect(Object.fromEntries(claimNumbers(tiny))).toEqual({ b: 1, a: 2, late: 3 });
	});

	it('is kept by the graph index', () => {
		const index = new GraphIndex(graph);
		expect(index.claimNumbers.get('article-tens-of-trillions-ride')).toBe(2);
		expect(index.claimNumbers).toBe(index.claimNumbers);
	});
});
