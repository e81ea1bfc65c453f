/**
 * reportGraph and checkGraph (src/lib/graph/report.ts) on the roundtable test document, every
 * count written out by hand from its transcript and annotations, and on copies of it broken one
 * way at a time, each problem written out in full. Written for the survivors of a mutation run.
 */
import { describe, expect, it } from 'vitest';
import {
	checkGraph,
	reportGraph,
	type Graph,
	type NodeOfType,
	type NodeType
} from '../../src/lib/graph';
import { compiledTestDocument } from './helpers';

/** The roundtable, compiled in the test that uses it (a mutation run counts only that). */
const roundtable = (): Graph => compiledTestDocument('harbour-power-roundtable');

/** The node `id` of `graph`, which must be of `type`. */
function nodeOf<T extends NodeType>(graph: Graph, id: string, type: T): NodeOfType<T> {
	const node = graph.nodes.find((n) => n.id === id);
	if (node?.type !== type) throw new Error(`${id} is not a ${type}`);
	return node as NodeOfType<T>;
}

function without(graph: Graph, claim: string): Graph {
	graph.nodes = graph.nodes.filter((n) => n.id !== claim);
	graph.edges = graph.edges.filter((e) => e.source !== claim && e.target !== claim);
	return graph;
}

describe('reportGraph on the roundtable', () => {
	it('counts its nodes, edges, claims and coverage', () => {
		expect(reportGraph(roundtable())).toEqual({
			document: 'harbour-power-roundtable',
			// Two questions by Mara Quinn, each answered by both guests; nine claims (Ines
			// Alvarez five, Tom Becker four); one topic of each kind.
			nodesByType: {
				speaker: 3,
				organization: 3,
				question: 2,
				answer: 4,
				claim: 9,
				sector: 1,
				scenario: 1,
				concept: 1
			},
			edgesByRelation: {
				'affiliated-with': 3,
				'asked-by': 2,
				answers: 4,
				// Four answers and nine claims.
				'said-by': 13,
				'relayed-by': 0,
				'made-in': 9,
				// Shore power ×3 (the wind claim is also about offshore wind), storage ×4.
				about: 8,
				'applies-to': 0,
				'part-of': 0,
				'agrees-with': 1,
				'disagrees-with': 2,
				refines: 0,
				supports: 2
			},
			claimsBySpeaker: [
				{ speaker: 'mara-quinn', name: 'Mara Quinn', claims: 0 },
				{ speaker: 'ines-alvarez', name: 'Ines Alvarez', claims: 5 },
				{ speaker: 'tom-becker', name: 'Tom Becker', claims: 4 }
			],
			relayed: [],
			// The guests' answer sentences over 40 characters: all but "Yes, shore power should
			// come first." (35) and "The port authority should pay for them." (39).
			coverage: { substantive: 7, cited: 7, ratio: 1, target: 0.9 },
			uncited: [],
			orphans: [],
			problems: []
		});
	});

	it('lists an uncited answer sentence, with the reason when annotations.yaml gives one', () => {
		const graph = without(roundtable(), 'becker-lines-share-cost');
		const report = reportGraph(graph);
		expect(report.coverage).toEqual({ substantive: 7, cited: 6, ratio: 6 / 7, target: 0.9 });
		expect(report.uncited).toEqual([
			{ id: 't6-s2', line: 33, text: 'The shipping lines should share the cost.', reason: null }
		]);
		expect(report.claimsBySpeaker[2]).toEqual({
			speaker: 'tom-becker',
			name: 'Tom Becker',
			claims: 3
		});
		expect(report.problems).toEqual([
			'answer sentence t6-s2 (line 33) is cited by no claim and not listed under uncited',
			'claims cite 85.7% of substantive answer sentences; the target is 90.0%'
		]);

		graph.uncited = [{ sentence: 't6-s2', reason: 'Said of the cost again.' }];
		const explained = reportGraph(graph);
		expect(explained.uncited).toEqual([
			{
				id: 't6-s2',
				line: 33,
				text: 'The shipping lines should share the cost.',
				reason: 'Said of the cost again.'
			}
		]);
		expect(explained.problems).toEqual([
			'claims cite 85.7% of substantive answer sentences; the target is 90.0%'
		]);
	});

	it('counts only the guests’ answers, and sentences longer than 40 characters', () => {
		const graph = roundtable();
		// Tom Becker as a second host: his answers no longer count.
		const tom = nodeOf(graph, 'tom-becker', 'speaker');
		tom.role = 'host';
		// Ines Alvarez's three: 62, 46 and 72 characters.
		expect(reportGraph(graph).coverage).toEqual({
			substantive: 3,
			cited: 3,
			ratio: 1,
			target: 0.9
		});
		// Her 46-character sentence cut to 40 is an aside.
		graph.sentences.find((s) => s.id === 't2-s3')!.text =
			'Offshore wind can supply the harbour at ';
		expect(reportGraph(graph).coverage.substantive).toBe(2);
	});

	it('separates a relayed view from its relayer’s own claims', () => {
		const graph = roundtable();
		const claim = nodeOf(graph, 'becker-batteries-needed', 'claim');
		claim.relayed = { holder: 'the dock workers', source: null, view: 'quay batteries are needed' };
		graph.edges.find((e) => e.source === claim.id && e.relation === 'said-by')!.relation =
			'relayed-by';
		const report = reportGraph(graph);
		expect(report.relayed).toEqual([
			{ claim: 'becker-batteries-needed', by: 'tom-becker', holder: 'the dock workers' }
		]);
		expect(report.claimsBySpeaker.map((s) => s.claims)).toEqual([0, 5, 3]);
		expect(report.edgesByRelation['said-by']).toBe(12);
		expect(report.edgesByRelation['relayed-by']).toBe(1);
		expect(report.problems).toEqual([]);
	});

	it('names an orphan node', () => {
		const graph = roundtable();
		graph.edges = graph.edges.filter((e) => e.target !== 'offshore-wind');
		expect(reportGraph(graph)).toMatchObject({
			orphans: ['offshore-wind'],
			problems: ['node "offshore-wind" has no edges']
		});
	});
});

describe('checkGraph on the roundtable broken one way at a time', () => {
	it('finds nothing wrong with the roundtable itself', () => {
		expect(checkGraph(roundtable())).toEqual([]);
	});

	it('wants a relayed view relayed by its speaker, and not said by them', () => {
		const graph = roundtable();
		const claim = nodeOf(graph, 'becker-batteries-needed', 'claim');
		claim.relayed = { holder: 'the dock workers', source: null, view: 'quay batteries are needed' };
		expect(checkGraph(graph)).toEqual([
			'claim "becker-batteries-needed" must have exactly one relayed-by edge, to tom-becker',
			'claim "becker-batteries-needed" must have no said-by edge'
		]);
	});

	it('wants one said-by edge, to the claim’s own speaker', () => {
		const graph = roundtable();
		graph.edges.find(
			(e) => e.source === 'becker-cargo-too-rare' && e.relation === 'said-by'
		)!.target = 'ines-alvarez';
		expect(checkGraph(graph)).toEqual([
			'claim "becker-cargo-too-rare" must have exactly one said-by edge, to tom-becker'
		]);
		const twice = roundtable();
		const edge = twice.edges.find(
			(e) => e.source === 'becker-cargo-too-rare' && e.relation === 'said-by'
		)!;
		twice.edges.push({ ...edge, id: 'again' });
		expect(checkGraph(twice)).toEqual([
			'claim "becker-cargo-too-rare" must have exactly one said-by edge, to tom-becker'
		]);
	});

	it('wants each claim made in an answer of its own speaker', () => {
		const graph = roundtable();
		graph.edges = graph.edges.filter(
			(e) => !(e.source === 'becker-cargo-too-rare' && e.relation === 'made-in')
		);
		graph.edges.find((e) => e.source === 'alvarez-port-pays' && e.relation === 'made-in')!.target =
			'q2-tom-becker';
		expect(checkGraph(graph)).toEqual([
			'claim "becker-cargo-too-rare" is not linked to the answer it was made in',
			'claim "alvarez-port-pays" is linked to "q2-tom-becker", which ines-alvarez did not say'
			// The edge now also cites Ines Alvarez's sentence for Tom Becker's answer: the claim's
			// own turn makes that allowed, so nothing more.
		]);
	});

	it('lets the author’s claims come from the narration, and only from there', () => {
		const graph = roundtable();
		const mara = nodeOf(graph, 'mara-quinn', 'speaker');
		mara.role = 'author';
		const claim = nodeOf(graph, 'becker-cargo-too-rare', 'claim');
		claim.speaker = 'mara-quinn';
		graph.edges.find((e) => e.source === claim.id && e.relation === 'said-by')!.target =
			'mara-quinn';
		expect(checkGraph(graph)).toEqual([
			'claim "becker-cargo-too-rare" is the author\'s, but is linked to a turn of dialogue',
			'claim "becker-cargo-too-rare" is linked to "q1-tom-becker", which mara-quinn did not say'
		]);
		graph.edges = graph.edges.filter((e) => !(e.source === claim.id && e.relation === 'made-in'));
		// Made in nothing is right for the author (the claim's end allows the sentence it quotes).
		expect(checkGraph(graph)).toEqual([]);
	});

	it('allows a speaker’s edge to cite their own turns, and the narration only for the author', () => {
		const graph = roundtable();
		const tom = nodeOf(graph, 'tom-becker', 'speaker');
		// As if his introduction were not in the narration (it is: t0-s6).
		tom.citations = [];
		const edge = (id: string, citation: string) => ({
			id,
			source: 'tom-becker',
			target: 'grid-storage',
			relation: 'about' as const,
			citations: [citation]
		});
		graph.edges.push(
			edge('own-turn', 't3-s1'),
			edge('other-turn', 't2-s1'),
			edge('narration', 't0-s4'),
			edge('no-sentence', 't9-s9'),
			{ ...edge('topics', 't2-s1'), source: 'offshore-wind' },
			{ ...edge('missing', 't3-s1'), target: 'nowhere' }
		);
		expect(checkGraph(graph)).toEqual([
			'edge "other-turn" cites t2-s1 (line 17), from ines-alvarez\'s turn, which belongs to neither end',
			'edge "narration" cites t0-s4 (line 7), from narration\'s turn, which belongs to neither end',
			'edge "no-sentence" cites t9-s9, which is not a sentence of the document',
			'edge "missing" has a missing end'
		]);
		// As the author, the narration is his; his four claims made in answers are now wrong.
		tom.role = 'author';
		expect(checkGraph(graph)).toEqual([
			...[
				'becker-ferries-only',
				'becker-cargo-too-rare',
				'becker-batteries-needed',
				'becker-lines-share-cost'
			].map((id) => `claim "${id}" is the author's, but is linked to a turn of dialogue`),
			'edge "other-turn" cites t2-s1 (line 17), from ines-alvarez\'s turn, which belongs to neither end',
			'edge "no-sentence" cites t9-s9, which is not a sentence of the document',
			'edge "missing" has a missing end'
		]);
	});
});
