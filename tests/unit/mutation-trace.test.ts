/**
 * A topic's trace on a graph written here by hand (src/lib/graph/trace.ts): the nearest claim
 * about it, the first said of those as near (the first listed when two are said at once), through
 * a broader topic when no claim is about it directly, and a question about it when no claim is
 * in reach. Written for the survivors of a mutation run.
 */
import { describe, expect, it } from 'vitest';
import { GraphIndex, type Graph, type PathStep } from '../../src/lib/graph';
import { traceToSpeaker } from '../../src/lib/graph/trace';
import { edgeOf } from './helpers';

/** Sentences x1 (the question, at 0), x2 (at 10) and x3 (at 20, both in the answer). */
const sentence = (id: string, start: number, turn: string, speaker: string) => ({
	id,
	turn,
	speaker,
	text: id,
	start,
	end: start + 5,
	line: 1
});

const node = (id: string, type: string, citations: string[], extra: object = {}) => ({
	id,
	type,
	label: id,
	citations,
	...extra
});

const edge = edgeOf;

/**
 * Ann (host) asks q1, about tides; Bob answers (a1) and makes three claims in it: c1 (said at
 * x3), c2 and c3 (both at x2, c2 listed first). All three are about wind, which is part of
 * energy; no claim is about energy or tides.
 */
function graph(): Graph {
	return {
		nodes: [
			node('ann', 'speaker', ['x1'], { name: 'Ann', role: 'host' }),
			node('bob', 'speaker', ['x2'], { name: 'Bob', role: 'guest' }),
			node('port-co', 'organization', ['x2']),
			node('q1', 'question', ['x1']),
			node('a1', 'answer', ['x2', 'x3']),
			node('c1', 'claim', ['x3'], { relayed: null }),
			node('c2', 'claim', ['x2'], { relayed: null }),
			node('c3', 'claim', ['x2'], { relayed: null }),
			node('wind', 'sector', ['x2']),
			node('energy', 'sector', []),
			node('tides', 'concept', ['x1'])
		],
		edges: [
			edge('q1', 'asked-by', 'ann', ['x1']),
			edge('a1', 'answers', 'q1', ['x2']),
			edge('a1', 'said-by', 'bob', ['x2']),
			edge('bob', 'affiliated-with', 'port-co', ['x2']),
			edge('c1', 'said-by', 'bob', ['x3']),
			edge('c2', 'said-by', 'bob', ['x2']),
			edge('c3', 'said-by', 'bob', ['x2']),
			edge('c1', 'made-in', 'a1', ['x3']),
			edge('c2', 'made-in', 'a1', ['x2']),
			edge('c3', 'made-in', 'a1', ['x2']),
			edge('c1', 'about', 'wind', ['x3']),
			edge('c3', 'about', 'wind', ['x2']),
			edge('c2', 'about', 'wind', ['x2']),
			edge('wind', 'part-of', 'energy', ['x2']),
			edge('q1', 'about', 'tides', ['x1'])
		],
		sentences: [
			sentence('x1', 0, 't1', 'ann'),
			sentence('x2', 10, 't2', 'bob'),
			sentence('x3', 20, 't2', 'bob')
		],
		turns: []
	} as unknown as Graph;
}

/** A chain as "from -relation-> to" hops, arrows showing the direction each edge is walked. */
const hops = (chain: PathStep[]) =>
	chain.map((s) =>
		s.edge.source === s.from
			? `${s.from} -${s.edge.relation}-> ${s.to}`
			: `${s.from} <-${s.edge.relation}- ${s.to}`
	);

describe('a topic’s trace', () => {
	it('goes through the first said of the nearest claims; of two said at once, the first listed', () => {
		// c3's about edge is listed before c2's, so c3 wins the tie at x2; c1 (x3) is said later.
		const trace = traceToSpeaker(new GraphIndex(graph()), 'wind');
		expect(trace.speakers).toEqual(['bob']);
		expect(trace.chains.map(hops)).toEqual([
			['wind <-about- c3', 'c3 -said-by-> bob', 'bob -affiliated-with-> port-co']
		]);
	});

	it('goes through a narrower topic when no claim is about it directly', () => {
		const trace = traceToSpeaker(new GraphIndex(graph()), 'energy');
		expect(trace.chains.map(hops)).toEqual([
			[
				'energy <-part-of- wind',
				'wind <-about- c3',
				'c3 -said-by-> bob',
				'bob -affiliated-with-> port-co'
			]
		]);
		expect(trace.speakers).toEqual(['bob']);
	});

	it('goes through a question about it, to who asked, when no claim is in reach', () => {
		const trace = traceToSpeaker(new GraphIndex(graph()), 'tides');
		expect(trace.chains.map(hops)).toEqual([['tides <-about- q1', 'q1 -asked-by-> ann']]);
		expect(trace.speakers).toEqual(['ann']);
	});

	it('is nothing for a topic nothing is about', () => {
		const lonely = graph();
		lonely.nodes.push(node('lonely', 'scenario', []) as Graph['nodes'][number]);
		expect(traceToSpeaker(new GraphIndex(lonely), 'lonely')).toEqual({ speakers: [], chains: [] });
	});
});
