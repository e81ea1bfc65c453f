/**
 * The corpus: the two harbour test documents merged. Expectations are written by hand from their
 * transcripts and annotations (tests/fixtures/documents/harbour-*): both have Mara Quinn, Ines
 * Alvarez, their two organisations and the sector "Offshore wind"; each has its own claims.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { compileDocument, GraphIndex, type Graph } from '../../src/lib/graph';
import {
	CORPUS_ID,
	corpusId,
	homeDocument,
	mergeGraphs,
	splitCorpusId
} from '../../src/lib/graph/corpus';
import { compiledTestDocument } from './helpers';

const ROUNDTABLE = 'harbour-power-roundtable';
const FOLLOW_UP = 'harbour-wind-follow-up';

const compiled = compiledTestDocument;

const roundtable = compiled(ROUNDTABLE);
const followUp = compiled(FOLLOW_UP);
// Merged again before each test, so the mutation run tests corpus.ts's mutants with the tests that
// read the merge (code run only while the file loads counts for none of them).
let graph: Graph;
let notes: ReturnType<typeof mergeGraphs>['notes'];
beforeEach(() => {
	({ graph, notes } = mergeGraphs([roundtable, followUp]));
});
const node = (id: string) => graph.nodes.find((n) => n.id === id);
const edge = (id: string) => graph.edges.find((e) => e.id === id);

describe('mergeGraphs', () => {
	it('merges a speaker both documents name into one node citing both introductions', () => {
		const ines = node('ines-alvarez');
		expect(ines?.type).toBe('speaker');
		expect(ines?.documents).toEqual([ROUNDTABLE, FOLLOW_UP]);
		// Each document introduces her in the sixth sentence of its narration.
		expect(ines?.citations).toEqual([`${ROUNDTABLE}:t0-s6`, `${FOLLOW_UP}:t0-s6`]);
		expect(graph.nodes.filter((n) => n.label === 'Ines Alvarez')).toHaveLength(1);
	});

	it('merges a sector both documents discuss, with the claims of both about it', () => {
		expect(node('offshore-wind')?.documents).toEqual([ROUNDTABLE, FOLLOW_UP]);
		const about = graph.edges
			.filter((e) => e.relation === 'about' && e.target === 'offshore-wind')
			.map((e) => e.source)
			.sort();
		expect(about).toEqual([
			`${ROUNDTABLE}:alvarez-wind-supplies-harbour`,
			`${FOLLOW_UP}:alvarez-wind-supplied-most-nights`,
			`${FOLLOW_UP}:shah-wind-not-enough-in-winter`
		]);
	});

	it('keeps each question, answer and claim in its document, under a prefixed id', () => {
		// The roundtable asks two questions and the follow-up one: three question nodes, not two.
		expect(
			graph.nodes
				.filter((n) => n.type === 'question')
				.map((n) => n.id)
				.sort()
		).toEqual([`${ROUNDTABLE}:q1`, `${ROUNDTABLE}:q2`, `${FOLLOW_UP}:q1`]);
		// 9 claims in the roundtable, 3 in the follow-up.
		expect(graph.nodes.filter((n) => n.type === 'claim')).toHaveLength(12);
		const claim = node(`${FOLLOW_UP}:shah-wind-not-enough-in-winter`);
		expect(claim?.type === 'claim' && claim.speaker).toBe('ravi-shah');
		expect(claim?.type === 'claim' && claim.quotes[0]?.sentences).toEqual([`${FOLLOW_UP}:t3-s1`]);
		expect(claim?.documents).toEqual([FOLLOW_UP]);
	});

	it('counts each merged node once: 3 + 3 speakers with 2 shared, 3 + 3 organisations with 2 shared', () => {
		expect(graph.nodes.filter((n) => n.type === 'speaker').map((n) => n.id)).toEqual([
			'mara-quinn',
			'ines-alvarez',
			'tom-becker',
			'ravi-shah'
		]);
		expect(graph.nodes.filter((n) => n.type === 'organization')).toHaveLength(4);
	});

	it('makes an affiliation both documents derive one edge citing both sentences', () => {
		const affiliation = graph.edges.filter(
			(e) => e.source === 'ines-alvarez' && e.relation === 'affiliated-with'
		);
		expect(affiliation).toHaveLength(1);
		expect(affiliation[0]?.target).toBe('north-sea-grid-institute');
		expect(affiliation[0]?.citations).toEqual([`${ROUNDTABLE}:t0-s6`, `${FOLLOW_UP}:t0-s6`]);
	});

	it('keeps a cross-document disagreement chain citing its own sentence', () => {
		const e = edge(
			`${FOLLOW_UP}:shah-wind-not-enough-in-winter--disagrees-with--alvarez-wind-supplied-most-nights`
		);
		expect(e?.source).toBe(`${FOLLOW_UP}:shah-wind-not-enough-in-winter`);
		expect(e?.target).toBe(`${FOLLOW_UP}:alvarez-wind-supplied-most-nights`);
		expect(e?.citations).toEqual([`${FOLLOW_UP}:t3-s1`]);
	});

	it('says which document every turn and sentence comes from', () => {
		const sentence = graph.sentences.find((s) => s.id === `${FOLLOW_UP}:t3-s1`);
		expect(sentence).toMatchObject({
			document: FOLLOW_UP,
			turn: `${FOLLOW_UP}:t3`,
			speaker: 'ravi-shah',
			text: 'The cables held up, but offshore wind alone was not enough in winter.'
		});
		// 19 sentences in the roundtable, 10 in the follow-up; 7 turns and 4.
		expect(graph.sentences).toHaveLength(29);
		expect(graph.turns).toHaveLength(11);
		expect(graph.turns.every((t) => t.document === ROUNDTABLE || t.document === FOLLOW_UP)).toBe(
			true
		);
		expect(graph.documents).toEqual([
			{ id: ROUNDTABLE, title: roundtable.document.title },
			{ id: FOLLOW_UP, title: 'Harbour Power, a Year Later: a second test document for Citegraph' }
		]);
		expect(graph.document.id).toBe(CORPUS_ID);
	});

	it('leaves every citation pointing at a sentence of the corpus', () => {
		const sentences = new Set(graph.sentences.map((s) => s.id));
		const ids = new Set(graph.nodes.map((n) => n.id));
		for (const e of graph.edges) {
			expect(e.citations.every((c) => sentences.has(c))).toBe(true);
			expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
		}
		for (const n of graph.nodes) expect(n.citations.every((c) => sentences.has(c))).toBe(true);
		expect(notes).toEqual([]);
	});

	it('indexes and traces across documents: Ines Alvarez gives three answers in two documents', () => {
		const index = new GraphIndex(graph);
		const answers = graph.edges
			.filter((e) => e.relation === 'said-by' && e.target === 'ines-alvarez')
			.map((e) => e.source)
			.filter((id) => index.node(id)?.type === 'answer')
			.sort();
		expect(answers).toEqual([
			`${ROUNDTABLE}:q1-ines-alvarez`,
			`${ROUNDTABLE}:q2-ines-alvarez`,
			`${FOLLOW_UP}:q1-ines-alvarez`
		]);
	});

	it('keeps apart two nodes that share an id but not a type, and says so', () => {
		const renamed = structuredClone(followUp);
		for (const n of renamed.nodes) if (n.id === 'offshore-wind') n.type = 'concept';
		const { graph: merged, notes: said } = mergeGraphs([roundtable, renamed]);
		expect(merged.nodes.find((n) => n.id === 'offshore-wind')?.type).toBe('sector');
		expect(merged.nodes.find((n) => n.id === `${FOLLOW_UP}:offshore-wind`)?.type).toBe('concept');
		expect(said).toEqual([
			{
				document: FOLLOW_UP,
				message: `"offshore-wind" is a concept here but a sector in ${ROUNDTABLE}; kept apart as ${FOLLOW_UP}:offshore-wind`
			}
		]);
	});

	it('refuses a document called "corpus" and a document given twice', () => {
		const named = structuredClone(followUp);
		named.document.id = 'corpus';
		expect(() => mergeGraphs([named])).toThrow('A document may not be called "corpus"');
		expect(() => mergeGraphs([followUp, followUp])).toThrow(
			`Document "${FOLLOW_UP}" is given twice`
		);
	});
});

describe('the reserved name', () => {
	it('refuses to build a document whose folder is called "corpus"', () => {
		const folder = `tests/fixtures/documents/${FOLLOW_UP}`;
		const result = compileDocument({
			id: 'corpus',
			transcriptFile: 'graph-data/corpus/transcript.txt',
			transcript: readFileSync(`${folder}/transcript.txt`, 'utf8'),
			annotationsFile: 'graph-data/corpus/annotations.yaml',
			annotations: readFileSync(`${folder}/annotations.yaml`, 'utf8')
		});
		expect(result.ok).toBe(false);
		expect(result.diagnostics.map((d) => d.message)).toContain(
			'document folder name "corpus" is reserved: /corpus shows every document in one graph'
		);
	});
});

describe('corpus ids', () => {
	it('splits a prefixed id at its colon and leaves a merged id whole', () => {
		expect(corpusId('doc-a', 'q1')).toBe('doc-a:q1');
		expect(splitCorpusId('doc-a:q1')).toEqual({ document: 'doc-a', id: 'q1' });
		expect(splitCorpusId('ines-alvarez')).toEqual({ document: null, id: 'ines-alvarez' });
	});

	it('finds the home document of a sentence, a merged node and a prefixed id', () => {
		expect(homeDocument({ id: 'x:t1-s1', document: 'x' }, 'corpus')).toBe('x');
		expect(homeDocument({ id: 'ines-alvarez', documents: ['a', 'b'] }, 'corpus')).toBe('a');
		expect(homeDocument({ id: 'b:q1' }, 'corpus')).toBe('b');
		expect(homeDocument({ id: 'plain' }, 'corpus')).toBe('corpus');
	});
});
