/**
 * The claims the detail panel lists (claimsBy, claimsByQuestion, claimsIn, questionOf,
 * claimsAbout, questionsOf, relatedClaims and disagreementsOf in src/lib/graph/detail.ts), on the
 * roundtable test document with its nodes, edges, sentences and turns in reverse order, so that
 * no list comes out right by following the graph's own order. Every expected list is read off the
 * transcript by hand. Written for the survivors of a mutation run.
 */
import { describe, expect, it } from 'vitest';
import { GraphIndex, type Graph, type GraphEdge } from '../../src/lib/graph';
import {
	claimsAbout,
	claimsBy,
	claimsByQuestion,
	claimsIn,
	disagreementsOf,
	questionOf,
	questionsOf,
	relatedClaims
} from '../../src/lib/graph/detail';
import { compiledTestDocument } from './helpers';

/** The roundtable with every list reversed, and `edges` added at the end. */
function reversed(edges: GraphEdge[] = [], change: (graph: Graph) => void = () => {}): GraphIndex {
	const graph = compiledTestDocument('harbour-power-roundtable');
	graph.nodes.reverse();
	graph.edges.reverse();
	graph.sentences.reverse();
	graph.turns.reverse();
	graph.edges.push(...edges);
	change(graph);
	return new GraphIndex(graph);
}

const edge = (source: string, relation: GraphEdge['relation'], target: string): GraphEdge => ({
	id: `${source}-${relation}-${target}`,
	source,
	target,
	relation,
	citations: ['t2-s1']
});
const ids = (claims: readonly { id: string }[]) => claims.map((c) => c.id);

describe('a speaker’s claims', () => {
	it('in reading order (Ines Alvarez: three in her first answer, two in her second)', () => {
		expect(ids(claimsBy(reversed(), 'ines-alvarez'))).toEqual([
			'alvarez-shore-power-first',
			'alvarez-idling-burns-fuel',
			'alvarez-wind-supplies-harbour',
			'alvarez-batteries-smooth-load',
			'alvarez-port-pays'
		]);
		expect(claimsBy(reversed(), 'mara-quinn')).toEqual([]);
	});

	it('grouped by question, in the order asked', () => {
		const groups = claimsByQuestion(reversed(), 'tom-becker');
		expect(groups.map((g) => [g.question, ids(g.claims)])).toEqual([
			['q1', ['becker-ferries-only', 'becker-cargo-too-rare']],
			['q2', ['becker-batteries-needed', 'becker-lines-share-cost']]
		]);
	});

	it('under the question itself when made in the question’s turn, and last when under none', () => {
		const index = reversed([], (graph) => {
			const madeIn = (claim: string) =>
				graph.edges.find((e) => e.source === claim && e.relation === 'made-in')!;
			// His first claim now under no question, his second made in asking question 2.
			graph.edges.splice(graph.edges.indexOf(madeIn('becker-ferries-only')), 1);
			madeIn('becker-cargo-too-rare').target = 'q2';
		});
		expect(questionOf(index, 'becker-ferries-only')).toBeNull();
		expect(questionOf(index, 'becker-cargo-too-rare')).toBe('q2');
		expect(questionOf(index, 'becker-lines-share-cost')).toBe('q2');
		expect(claimsByQuestion(index, 'tom-becker').map((g) => [g.question, ids(g.claims)])).toEqual([
			['q2', ['becker-cargo-too-rare', 'becker-batteries-needed', 'becker-lines-share-cost']],
			[null, ['becker-ferries-only']]
		]);
	});

	it('made in one answer, in reading order; none in a question', () => {
		const index = reversed();
		expect(ids(claimsIn(index, 'q2-ines-alvarez'))).toEqual([
			'alvarez-batteries-smooth-load',
			'alvarez-port-pays'
		]);
		expect(claimsIn(index, 'q2')).toEqual([]);
	});

	it('knows the questions each speaker asked and answered, in the order asked', () => {
		const index = reversed();
		expect(questionsOf(index, 'mara-quinn')).toEqual({ asked: ['q1', 'q2'], answered: [] });
		expect(questionsOf(index, 'tom-becker')).toEqual({ asked: [], answered: ['q1', 'q2'] });
	});
});

describe('claims about a topic', () => {
	it('by speaker in the graph’s order, in reading order, relayed views last', () => {
		const index = reversed([], (graph) => {
			const claim = graph.nodes.find((n) => n.id === 'becker-batteries-needed')!;
			if (claim.type === 'claim') {
				claim.relayed = { holder: 'the dock workers', source: null, view: 'batteries are needed' };
			}
		});
		// The reversed graph lists Tom Becker before Ines Alvarez.
		expect(
			claimsAbout(index, 'grid-storage').map((g) => [g.speaker, g.relayed, ids(g.claims)])
		).toEqual([
			['tom-becker', false, ['becker-lines-share-cost']],
			['ines-alvarez', false, ['alvarez-batteries-smooth-load', 'alvarez-port-pays']],
			['tom-becker', true, ['becker-batteries-needed']]
		]);
		expect(claimsAbout(index, 'offshore-wind').map((g) => ids(g.claims))).toEqual([
			['alvarez-wind-supplies-harbour']
		]);
	});
});

describe('related claims and disagreements', () => {
	it('group the claims related to one by how, each group in reading order', () => {
		// The wind claim is added as a second support, listed first.
		const index = reversed([], (graph) =>
			graph.edges.unshift(
				edge('alvarez-wind-supplies-harbour', 'supports', 'alvarez-shore-power-first')
			)
		);
		expect(
			relatedClaims(index, 'alvarez-shore-power-first').map((g) => [
				g.words,
				g.relation,
				g.claims.map((c) => [c.claim.id, c.edge.id])
			])
		).toEqual([
			[
				'Disagrees with',
				'disagrees-with',
				[['becker-ferries-only', 'becker-ferries-only--disagrees-with--alvarez-shore-power-first']]
			],
			[
				'Supported by',
				'supports',
				[
					[
						'alvarez-idling-burns-fuel',
						'alvarez-idling-burns-fuel--supports--alvarez-shore-power-first'
					],
					[
						'alvarez-wind-supplies-harbour',
						'alvarez-wind-supplies-harbour-supports-alvarez-shore-power-first'
					]
				]
			]
		]);
		expect(
			relatedClaims(index, 'becker-cargo-too-rare').map((g) => [
				g.words,
				ids(g.claims.map((c) => c.claim))
			])
		).toEqual([['Supports', ['becker-ferries-only']]]);
		// Agreement reads the same from either end.
		expect(
			relatedClaims(index, 'alvarez-batteries-smooth-load').map((g) => [
				g.words,
				ids(g.claims.map((c) => c.claim))
			])
		).toEqual([['Agrees with', ['becker-batteries-needed']]]);
		expect(
			relatedClaims(index, 'becker-batteries-needed').map((g) => [
				g.words,
				ids(g.claims.map((c) => c.claim))
			])
		).toEqual([['Agrees with', ['alvarez-batteries-smooth-load']]]);
		expect(relatedClaims(index, 'becker-lines-share-cost').map((g) => g.words)).toEqual([
			'Disagrees with'
		]);
	});

	it('list where a speaker disagrees with someone else, by their claim and then the other', () => {
		const index = reversed([
			// A second disagreement with the port-pays claim, and one within Tom Becker's own.
			edge('becker-batteries-needed', 'disagrees-with', 'alvarez-port-pays'),
			edge('becker-cargo-too-rare', 'disagrees-with', 'becker-batteries-needed')
		]);
		const read = (speaker: string) =>
			disagreementsOf(index, speaker).map((d) => [d.own.id, d.other.id, d.outgoing]);
		expect(read('ines-alvarez')).toEqual([
			['alvarez-shore-power-first', 'becker-ferries-only', false],
			['alvarez-port-pays', 'becker-batteries-needed', false],
			['alvarez-port-pays', 'becker-lines-share-cost', false]
		]);
		expect(read('tom-becker')).toEqual([
			['becker-ferries-only', 'alvarez-shore-power-first', true],
			['becker-batteries-needed', 'alvarez-port-pays', true],
			['becker-lines-share-cost', 'alvarez-port-pays', true]
		]);
		expect(read('mara-quinn')).toEqual([]);
	});
});
