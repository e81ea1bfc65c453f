/**
 * Merging documents into a corpus (src/lib/graph/corpus.ts) at its edges: the corpus's own
 * header, what a merged node keeps from each document, the turns' ids and links, relayed views.
 * Expectations are written by hand from the harbour test documents (and the interview for its
 * relayed view); where a test needs the documents to differ, it changes a copy. Written for the
 * survivors of a mutation run; each test merges inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { type Graph, type GraphNode } from '../../src/lib/graph';
import { mergeGraphs } from '../../src/lib/graph/corpus';
import { compiledInterview, compiledTestDocument } from './helpers';

const ROUNDTABLE = 'harbour-power-roundtable';
const FOLLOW_UP = 'harbour-wind-follow-up';

const compiled = compiledTestDocument;

/** `graph` with node `id` changed by `change` (a copy: the graph is left as it was). */
function withNode(graph: Graph, id: string, change: Record<string, unknown>): Graph {
	return {
		...graph,
		nodes: graph.nodes.map((n) => (n.id === id ? ({ ...n, ...change } as GraphNode) : n))
	};
}

const nodeOf = (graph: Graph, id: string) =>
	graph.nodes.find((n) => n.id === id) as Record<string, unknown> | undefined;

describe('the corpus’s header', () => {
	it('names every document’s source and title, in order, under the reserved id', () => {
		const { graph } = mergeGraphs([compiled(ROUNDTABLE), compiled(FOLLOW_UP)]);
		expect(graph.document).toEqual({
			id: 'corpus',
			title: 'All documents',
			source: `tests/fixtures/documents/${ROUNDTABLE}/transcript.txt, tests/fixtures/documents/${FOLLOW_UP}/transcript.txt`,
			author: null,
			editor: null,
			date: null,
			language: 'en',
			description:
				'2 documents in one graph: Three Questions on Harbour Power: a test document for Citegraph; ' +
				'Harbour Power, a Year Later: a second test document for Citegraph.'
		});
		expect(graph.documents).toEqual([
			{ id: ROUNDTABLE, title: 'Three Questions on Harbour Power: a test document for Citegraph' },
			{ id: FOLLOW_UP, title: 'Harbour Power, a Year Later: a second test document for Citegraph' }
		]);
	});

	it('takes the title it is given, and lists each language once, in order', () => {
		const followUp = compiled(FOLLOW_UP);
		const german = { ...followUp, document: { ...followUp.document, language: 'de' } };
		// The interview is in English, as the roundtable is.
		const { graph } = mergeGraphs([compiled(ROUNDTABLE), german, compiledInterview()], 'Harbour');
		expect(graph.document.title).toBe('Harbour');
		expect(graph.document.language).toBe('en, de');
	});

	it('is in English when no document says its language', () => {
		const unsaid = (g: Graph) => ({ ...g, document: { ...g.document, language: '' } });
		const { graph } = mergeGraphs([unsaid(compiled(ROUNDTABLE)), unsaid(compiled(FOLLOW_UP))]);
		expect(graph.document.language).toBe('en');
	});
});

describe('a node both documents have', () => {
	it('keeps the first document’s title and organisation, and takes the second’s where the first has none', () => {
		// Ines Alvarez is the director of the North Sea Grid Institute in both; here the
		// roundtable says neither, and the follow-up calls Mara Quinn something else.
		const roundtable = withNode(compiled(ROUNDTABLE), 'ines-alvarez', {
			title: null,
			organization: null
		});
		const followUp = withNode(
			withNode(compiled(FOLLOW_UP), 'mara-quinn', { title: 'former editor' }),
			'ines-alvarez',
			{ aliases: ['Ines Alvarez', 'Dr Alvarez'] }
		);
		const { graph } = mergeGraphs([roundtable, followUp]);
		expect(nodeOf(graph, 'ines-alvarez')).toMatchObject({
			title: 'director',
			organization: 'north-sea-grid-institute',
			aliases: ['Ines Alvarez', 'Dr Alvarez'],
			documents: [ROUNDTABLE, FOLLOW_UP]
		});
		expect(nodeOf(graph, 'mara-quinn')).toMatchObject({
			title: 'editor',
			organization: 'tidewater-review'
		});
		// Tom Becker is only in the roundtable: his organisation, only there too, keeps its id.
		expect(nodeOf(graph, 'tom-becker')).toMatchObject({
			title: 'manager',
			organization: 'portside-cooperative',
			documents: [ROUNDTABLE]
		});
	});

	it('keeps the first document’s description of a topic, or takes the second’s', () => {
		const described = (g: Graph, description: string | null) =>
			withNode(g, 'offshore-wind', { description });
		const first = mergeGraphs([
			described(compiled(ROUNDTABLE), 'Wind farms at sea.'),
			described(compiled(FOLLOW_UP), 'Turbines offshore.')
		]).graph;
		expect(nodeOf(first, 'offshore-wind')?.description).toBe('Wind farms at sea.');
		const second = mergeGraphs([
			described(compiled(ROUNDTABLE), null),
			described(compiled(FOLLOW_UP), 'Turbines offshore.')
		]).graph;
		expect(nodeOf(second, 'offshore-wind')?.description).toBe('Turbines offshore.');
	});
});

describe('the turns of a document in the corpus', () => {
	it('are its own, each id, question and node under the document’s name; speakers shared', () => {
		const { graph } = mergeGraphs([compiled(ROUNDTABLE), compiled(FOLLOW_UP)]);
		// The follow-up: its introduction, Mara Quinn's question (line 11), two answers.
		expect(
			graph.turns
				.filter((t) => t.document === FOLLOW_UP)
				.map((t) => [t.id, t.kind, t.speaker, t.question, t.node, t.line])
		).toEqual([
			[`${FOLLOW_UP}:t0`, 'narration', null, null, null, 1],
			[`${FOLLOW_UP}:t1`, 'question', 'mara-quinn', null, `${FOLLOW_UP}:q1`, 11],
			[
				`${FOLLOW_UP}:t2`,
				'answer',
				'ines-alvarez',
				`${FOLLOW_UP}:t1`,
				`${FOLLOW_UP}:q1-ines-alvarez`,
				15
			],
			[`${FOLLOW_UP}:t3`, 'answer', 'ravi-shah', `${FOLLOW_UP}:t1`, `${FOLLOW_UP}:q1-ravi-shah`, 19]
		]);
	});
});

describe('claims in the corpus', () => {
	it('keep a relayed view’s holder and view, and an own claim’s lack of one', () => {
		const interview = compiledInterview();
		const id = interview.document.id;
		const { graph } = mergeGraphs([interview, compiled(ROUNDTABLE)]);
		expect(nodeOf(graph, `${id}:relayed-blockchain-only-basic-technology`)).toMatchObject({
			speaker: 'gong-haihan',
			relayed: {
				holder: 'commentators',
				source: null,
				view: 'blockchain can only be a basic technology for now, not enough to be infrastructure'
			}
		});
		expect(nodeOf(graph, `${id}:wang-5g-breaks-out-first`)).toMatchObject({
			speaker: 'wang-qing',
			relayed: null
		});
	});
});
