/**
 * The test document (tests/fixtures/documents/harbour-power-roundtable), compiled and exported,
 * checked against tables written by hand from reading its transcript: seven turns, nine claims,
 * one agreement and two disagreements. Claim- and relation-level expectations live here, where
 * the annotations are the tests' own.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import {
	captionFor,
	compileDocument,
	exportData,
	GraphIndex,
	shortestPath,
	traceCaption,
	type Graph,
	type PathStep
} from '../../src/lib/graph';
import { connection, traceToSpeaker } from '../../src/lib/graph/trace';
import { buildGraphs } from '../../src/lib/server/build-graphs';
import { INTERVIEW_ID } from './helpers';

const ID = 'harbour-power-roundtable';
const CAPTIONS_ID = 'harbour-talk-captions';
const FOLDER = `tests/fixtures/documents/${ID}`;
const TRANSCRIPT = readFileSync(`${FOLDER}/transcript.txt`, 'utf8');
const ANNOTATIONS = readFileSync(`${FOLDER}/annotations.yaml`, 'utf8');

function compile(annotations = ANNOTATIONS) {
	return compileDocument({
		id: ID,
		transcriptFile: `${FOLDER}/transcript.txt`,
		transcript: TRANSCRIPT,
		annotationsFile: `${FOLDER}/annotations.yaml`,
		annotations
	});
}

const result = compile();
if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
const graph: Graph = result.graph!;

describe('the test document compiles to what a reader of it sees', () => {
	it('has its turns: the narration, two questions by the host, two answers to each', () => {
		expect(graph.turns.map((t) => [t.id, t.kind, t.speaker, t.node, t.line])).toEqual([
			['t0', 'narration', null, null, 1],
			['t1', 'question', 'mara-quinn', 'q1', 11],
			['t2', 'answer', 'ines-alvarez', 'q1-ines-alvarez', 15],
			['t3', 'answer', 'tom-becker', 'q1-tom-becker', 19],
			['t4', 'question', 'mara-quinn', 'q2', 23],
			['t5', 'answer', 'ines-alvarez', 'q2-ines-alvarez', 27],
			['t6', 'answer', 'tom-becker', 'q2-tom-becker', 31]
		]);
	});

	it('splits the dialogue into its sentences', () => {
		const dialogue = graph.sentences.filter((s) => s.turn !== 't0');
		expect(dialogue.map((s) => [s.id, s.line, s.text])).toEqual([
			['t1-s1', 13, 'Should ships plug into shore power while they are docked?'],
			['t1-s2', 13, 'Thank you.'],
			['t2-s1', 17, 'Yes, shore power should come first.'],
			['t2-s2', 17, 'Ships that idle their engines in port burn fuel next to homes.'],
			['t2-s3', 17, 'Offshore wind can supply the harbour at night.'],
			['t3-s1', 21, 'Shore power should come first for ferries only.'],
			['t3-s2', 21, 'Cargo ships visit too rarely to pay for the cables.'],
			['t4-s1', 25, 'Who should pay for storage on the grid?'],
			['t4-s2', 25, 'Thank you.'],
			['t5-s1', 29, 'Batteries at the quay smooth the load when several ships arrive at once.'],
			['t5-s2', 29, 'The port authority should pay for them.'],
			['t6-s1', 33, 'I agree that batteries at the quay are needed.'],
			['t6-s2', 33, 'The shipping lines should share the cost.']
		]);
		for (const s of graph.sentences) expect(TRANSCRIPT.slice(s.start, s.end)).toBe(s.text);
	});

	it('gives every claim its speaker, the answer it was made in and the sentence it quotes', () => {
		const claims = graph.nodes.flatMap((n) =>
			n.type === 'claim' ? [[n.id, n.speaker, n.citations.join(' ')]] : []
		);
		expect(claims).toEqual([
			['alvarez-shore-power-first', 'ines-alvarez', 't2-s1'],
			['alvarez-idling-burns-fuel', 'ines-alvarez', 't2-s2'],
			['alvarez-wind-supplies-harbour', 'ines-alvarez', 't2-s3'],
			['becker-ferries-only', 'tom-becker', 't3-s1'],
			['becker-cargo-too-rare', 'tom-becker', 't3-s2'],
			['alvarez-batteries-smooth-load', 'ines-alvarez', 't5-s1'],
			['alvarez-port-pays', 'ines-alvarez', 't5-s2'],
			['becker-batteries-needed', 'tom-becker', 't6-s1'],
			['becker-lines-share-cost', 'tom-becker', 't6-s2']
		]);
		const madeIn = graph.edges
			.filter((e) => e.relation === 'made-in')
			.map((e) => `${e.source} > ${e.target}`);
		expect(madeIn).toEqual([
			'alvarez-shore-power-first > q1-ines-alvarez',
			'alvarez-idling-burns-fuel > q1-ines-alvarez',
			'alvarez-wind-supplies-harbour > q1-ines-alvarez',
			'becker-ferries-only > q1-tom-becker',
			'becker-cargo-too-rare > q1-tom-becker',
			'alvarez-batteries-smooth-load > q2-ines-alvarez',
			'alvarez-port-pays > q2-ines-alvarez',
			'becker-batteries-needed > q2-tom-becker',
			'becker-lines-share-cost > q2-tom-becker'
		]);
	});

	it('has exactly the written relations, each citing its quote', () => {
		const written = ['supports', 'agrees-with', 'disagrees-with', 'refines', 'part-of'];
		const edges = graph.edges
			.filter((e) => written.includes(e.relation))
			.map((e) => [e.source, e.relation, e.target, e.citations.join(' ')]);
		expect(edges).toEqual([
			['alvarez-idling-burns-fuel', 'supports', 'alvarez-shore-power-first', 't2-s2'],
			['becker-ferries-only', 'disagrees-with', 'alvarez-shore-power-first', 't3-s1'],
			['becker-cargo-too-rare', 'supports', 'becker-ferries-only', 't3-s2'],
			['becker-batteries-needed', 'agrees-with', 'alvarez-batteries-smooth-load', 't6-s1'],
			['becker-lines-share-cost', 'disagrees-with', 'alvarez-port-pays', 't6-s2']
		]);
	});

	it('links claims to their topics', () => {
		const about = graph.edges
			.filter((e) => e.relation === 'about')
			.map((e) => `${e.source} > ${e.target}`);
		expect(about).toEqual([
			'alvarez-shore-power-first > shore-power',
			'alvarez-wind-supplies-harbour > offshore-wind',
			'alvarez-wind-supplies-harbour > shore-power',
			'becker-ferries-only > shore-power',
			'alvarez-batteries-smooth-load > grid-storage',
			'alvarez-port-pays > grid-storage',
			'becker-batteries-needed > grid-storage',
			'becker-lines-share-cost > grid-storage'
		]);
	});

	it('derives affiliations and who asked and answered, citing the sentences that say so', () => {
		const derived = graph.edges
			.filter((e) => ['affiliated-with', 'asked-by', 'answers'].includes(e.relation))
			.map((e) => `${e.id} @ ${e.citations.join(' ')}`);
		expect(derived).toEqual([
			'mara-quinn--affiliated-with--tidewater-review @ t0-s6',
			'ines-alvarez--affiliated-with--north-sea-grid-institute @ t0-s6',
			'tom-becker--affiliated-with--portside-cooperative @ t0-s6',
			'q1--asked-by--mara-quinn @ t1-s1',
			'q1-ines-alvarez--answers--q1 @ t2-s1',
			'q1-tom-becker--answers--q1 @ t3-s1',
			'q2--asked-by--mara-quinn @ t4-s1',
			'q2-ines-alvarez--answers--q2 @ t5-s1',
			'q2-tom-becker--answers--q2 @ t6-s1'
		]);
	});
});

describe('chains through the test document, known by hand', () => {
	const index = new GraphIndex(graph);
	const hops = (steps: PathStep[] | null) =>
		steps?.map((s) =>
			s.edge.source === s.from
				? `${s.from} -${s.edge.relation}-> ${s.to} @ ${s.edge.citations.join(' ')}`
				: `${s.from} <-${s.edge.relation}- ${s.to} @ ${s.edge.citations.join(' ')}`
		);

	it('connects a reason to the claim its claim disagrees with, through what was said', () => {
		const expected = [
			'becker-cargo-too-rare -supports-> becker-ferries-only @ t3-s2',
			'becker-ferries-only -disagrees-with-> alvarez-shore-power-first @ t3-s1'
		];
		expect(hops(connection(index, 'becker-cargo-too-rare', 'alvarez-shore-power-first'))).toEqual(
			expected
		);
		expect(hops(shortestPath(index, 'becker-cargo-too-rare', 'alvarez-shore-power-first'))).toEqual(
			expected
		);
	});

	it('walks edges backwards, and from a node to itself is no step', () => {
		// The shortest way between the two guests' storage claims is the topic both are about,
		// walked back from the topic to the second claim; through the speakers it is longer.
		expect(
			hops(connection(index, 'alvarez-batteries-smooth-load', 'becker-lines-share-cost'))
		).toEqual([
			'alvarez-batteries-smooth-load -about-> grid-storage @ t5-s1',
			'grid-storage <-about- becker-lines-share-cost @ t6-s2'
		]);
		expect(hops(connection(index, 'q1', 'q1'))).toEqual([]);
		expect(connection(index, 'q1', 'nope')).toBeNull();
	});

	it('traces a claim to its answer, question, speaker and organisation', () => {
		const trace = traceToSpeaker(index, 'alvarez-port-pays');
		expect(trace.speakers).toEqual(['ines-alvarez']);
		expect(trace.chains.map(hops)).toEqual([
			[
				'alvarez-port-pays -made-in-> q2-ines-alvarez @ t5-s2',
				'q2-ines-alvarez -answers-> q2 @ t5-s1'
			],
			[
				'alvarez-port-pays -said-by-> ines-alvarez @ t5-s2',
				'ines-alvarez -affiliated-with-> north-sea-grid-institute @ t0-s6'
			]
		]);
	});
});

describe('captions of the test document', () => {
	const index = new GraphIndex(graph);

	it('quote a claim’s sentence with its speaker and line', () => {
		expect(captionFor(index, 'becker-ferries-only')).toEqual({
			title: 'Claim: Shore power first for ferries only (Tom Becker)',
			sentences: [
				{
					id: 't3-s1',
					text: 'Shore power should come first for ferries only.',
					speaker: 'Tom Becker',
					line: 21
				}
			]
		});
	});

	it('name an edge’s ends and quote what it cites', () => {
		const caption = captionFor(index, 'becker-lines-share-cost--disagrees-with--alvarez-port-pays');
		expect(caption?.title).toBe(
			'Shipping lines should share the cost disagrees with The port authority should pay for storage'
		);
		expect(caption?.sentences.map((s) => [s.id, s.text, s.speaker, s.line])).toEqual([
			['t6-s2', 'The shipping lines should share the cost.', 'Tom Becker', 33]
		]);
	});

	it('follow an evidence path, each sentence once', () => {
		const steps = connection(index, 'becker-cargo-too-rare', 'alvarez-shore-power-first')!;
		const caption = traceCaption(index, steps);
		expect(caption?.title).toBe(
			'Evidence path: Cargo ships visit too rarely to pay for cables → Shore power first for ferries only → Shore power should come first'
		);
		expect(caption?.sentences.map((s) => s.id)).toEqual(['t3-s2', 't3-s1']);
	});
});

describe('anchoring in the test document', () => {
	const withQuote = (quote: string) =>
		ANNOTATIONS.replace(
			"quotes: ['The shipping lines should share the cost.']\n    about",
			`quotes: [${JSON.stringify(quote)}]\n    about`
		);

	it('refuses a quote that occurs exactly twice, naming both lines', () => {
		const refused = compile(withQuote('Thank you.'));
		expect(refused.ok).toBe(false);
		expect(refused.diagnostics.map((d) => d.message)).toEqual([
			'quote occurs 2 times in transcript.txt (lines 13, 25)'
		]);
	});

	it('refuses a quote from the other guest’s turn', () => {
		const refused = compile(withQuote('The port authority should pay for them.'));
		expect(refused.diagnostics.map((d) => d.message)).toEqual([
			`claim "becker-lines-share-cost" is attributed to Tom Becker, but this quote is from Ines Alvarez's turn at line 27 of ${FOLDER}/transcript.txt`
		]);
	});
});

describe('exports of the test document', () => {
	it('the CSV of claims has every column of every claim', () => {
		const csv = exportData(graph, 'csv');
		const { data } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
		const [q1, q2] = ['Shore power for docked ships?', 'Who pays for grid storage?'];
		const [alvarez, becker] = ['North Sea Grid Institute', 'Portside Cooperative'];
		// claim_id, claim, statement, kind, speaker, relayed_by, organisation, question, answer,
		// quoted_sentences, sentence_ids, lines
		expect(data).toEqual([
			[
				'claim_id',
				'claim',
				'statement',
				'kind',
				'speaker',
				'relayed_by',
				'organisation',
				'question',
				'answer',
				'quoted_sentences',
				'sentence_ids',
				'lines'
			],
			[
				'alvarez-shore-power-first',
				'Shore power should come first',
				'Docked ships should plug into shore power before anything else.',
				'recommendation',
				'Ines Alvarez',
				'',
				alvarez,
				q1,
				"Ines Alvarez's answer to Q1",
				'Yes, shore power should come first.',
				't2-s1',
				'17'
			],
			[
				'alvarez-idling-burns-fuel',
				'Idling ships burn fuel next to homes',
				'Ships that idle their engines in port burn fuel next to homes.',
				'assertion',
				'Ines Alvarez',
				'',
				alvarez,
				q1,
				"Ines Alvarez's answer to Q1",
				'Ships that idle their engines in port burn fuel next to homes.',
				't2-s2',
				'17'
			],
			[
				'alvarez-wind-supplies-harbour',
				'Offshore wind can supply the harbour at night',
				"Offshore wind can supply the harbour's shore power at night.",
				'assertion',
				'Ines Alvarez',
				'',
				alvarez,
				q1,
				"Ines Alvarez's answer to Q1",
				'Offshore wind can supply the harbour at night.',
				't2-s3',
				'17'
			],
			[
				'becker-ferries-only',
				'Shore power first for ferries only',
				'Shore power should come first for ferries, not for all ships.',
				'recommendation',
				'Tom Becker',
				'',
				becker,
				q1,
				"Tom Becker's answer to Q1",
				'Shore power should come first for ferries only.',
				't3-s1',
				'21'
			],
			[
				'becker-cargo-too-rare',
				'Cargo ships visit too rarely to pay for cables',
				'Cargo ships visit too rarely to pay for the cables.',
				'judgement',
				'Tom Becker',
				'',
				becker,
				q1,
				"Tom Becker's answer to Q1",
				'Cargo ships visit too rarely to pay for the cables.',
				't3-s2',
				'21'
			],
			[
				'alvarez-batteries-smooth-load',
				'Quay batteries smooth the load',
				'Batteries at the quay smooth the load when several ships arrive at once.',
				'explanation',
				'Ines Alvarez',
				'',
				alvarez,
				q2,
				"Ines Alvarez's answer to Q2",
				'Batteries at the quay smooth the load when several ships arrive at once.',
				't5-s1',
				'29'
			],
			[
				'alvarez-port-pays',
				'The port authority should pay for storage',
				'The port authority should pay for the quay batteries.',
				'recommendation',
				'Ines Alvarez',
				'',
				alvarez,
				q2,
				"Ines Alvarez's answer to Q2",
				'The port authority should pay for them.',
				't5-s2',
				'29'
			],
			[
				'becker-batteries-needed',
				'Quay batteries are needed',
				'Batteries at the quay are needed.',
				'judgement',
				'Tom Becker',
				'',
				becker,
				q2,
				"Tom Becker's answer to Q2",
				'I agree that batteries at the quay are needed.',
				't6-s1',
				'33'
			],
			[
				'becker-lines-share-cost',
				'Shipping lines should share the cost',
				'The shipping lines should share the cost of the quay batteries.',
				'recommendation',
				'Tom Becker',
				'',
				becker,
				q2,
				"Tom Becker's answer to Q2",
				'The shipping lines should share the cost.',
				't6-s2',
				'33'
			]
		]);
	});

	it('GraphML gives each node its type, label, text, speaker and cited text', () => {
		const parser = new XMLParser({
			ignoreAttributes: false,
			attributeNamePrefix: '',
			isArray: (name, _p, _l, isAttribute) =>
				!isAttribute && ['node', 'edge', 'data'].includes(name),
			parseTagValue: false
		});
		const doc = parser.parse(exportData(graph, 'graphml')).graphml.graph;
		const node = (id: string) => {
			const element = doc.node.find((n: { id: string }) => n.id === id);
			// Keys are declared as n_<attribute name>.
			return Object.fromEntries(
				element.data.map((d: { key: string; '#text': string }) => [d.key.slice(2), d['#text']])
			);
		};
		expect(node('becker-ferries-only')).toEqual({
			type: 'claim',
			label: 'Shore power first for ferries only',
			text: 'Shore power should come first for ferries, not for all ships.',
			speaker: 'tom-becker',
			citations: 't3-s1',
			cited_text: 'Shore power should come first for ferries only.'
		});
		expect(node('q2')).toEqual({
			type: 'question',
			label: 'Who pays for grid storage?',
			text: 'Who should pay for storage on the grid? Thank you.',
			speaker: 'mara-quinn',
			citations: 't4-s1 t4-s2',
			cited_text: 'Who should pay for storage on the grid? Thank you.'
		});
		expect(node('q1-tom-becker')).toMatchObject({
			type: 'answer',
			text: 'Shore power should come first for ferries only. Cargo ships visit too rarely to pay for the cables.',
			speaker: 'tom-becker'
		});
		expect(node('ines-alvarez')).toMatchObject({ type: 'speaker', text: 'director' });
		const edge = doc.edge.find(
			(e: { id: string }) => e.id === 'becker-lines-share-cost--disagrees-with--alvarez-port-pays'
		);
		expect([edge.source, edge.target]).toEqual(['becker-lines-share-cost', 'alvarez-port-pays']);
		expect(
			Object.fromEntries(
				edge.data.map((d: { key: string; '#text': string }) => [d.key.slice(2), d['#text']])
			)
		).toEqual({
			relation: 'disagrees-with',
			label: 'disagrees with',
			citations: 't6-s2',
			cited_text: 'The shipping lines should share the cost.'
		});
	});
});

describe('a build with the test documents', () => {
	const out = mkdtempSync(join(tmpdir(), 'citegraph-test-documents-'));
	afterAll(() => rmSync(out, { recursive: true, force: true }));
	const build = (extra: string[]) =>
		buildGraphs({
			root: process.cwd(),
			dataDir: resolve('graph-data'),
			outDir: out,
			extraDataDirs: extra
		});

	it('compiles the interview and the test documents side by side', () => {
		const built = build([resolve('tests/fixtures/documents')]);
		expect(built.diagnostics).toEqual([]);
		// The second test document is the timed one (captions), for the reader's times and playback.
		expect(built.graphs.map((g) => g.document.id)).toEqual([INTERVIEW_ID, ID, CAPTIONS_ID]);
		expect(built.graphs[1]!.document.source).toBe(`${FOLDER}/transcript.txt`);
		expect(readdirSync(out).sort()).toEqual([
			`${INTERVIEW_ID}.graph.json`,
			`${ID}.graph.json`,
			`${CAPTIONS_ID}.graph.json`
		]);
	});

	it('a build without them removes them, and any graph whose source is gone', () => {
		writeFileSync(join(out, 'deleted-document.graph.json'), '{}');
		writeFileSync(join(out, 'notes.txt'), 'not a graph');
		expect(build([]).diagnostics).toEqual([]);
		expect(readdirSync(out).sort()).toEqual([`${INTERVIEW_ID}.graph.json`, 'notes.txt']);
	});

	it('refuses a document id that two folders share', () => {
		const built = build([resolve('graph-data')]);
		expect(built.written).toEqual([]);
		expect(built.diagnostics.map((d) => [d.file, d.message])).toEqual([
			[
				`graph-data/${INTERVIEW_ID}`,
				`document "${INTERVIEW_ID}" is also in graph-data/${INTERVIEW_ID}: ids must be unique`
			]
		]);
	});
});
