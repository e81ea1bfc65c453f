/**
 * Tests written for the survivors of the mutation runs of the research formats and the export's
 * words (src/lib/graph/web-annotation.ts, qdpx.ts, gexf.ts, export-meta.ts): each fault StrykerJS
 * put in and no test noticed. Every expectation is written by hand from the test document
 * (tests/fixtures/documents/harbour-power-roundtable) as a reader finds it: its ids, labels,
 * sentences, lines and character positions (counted in the transcript by hand, checked against
 * its sentences' own positions in the compiled graph).
 *
 * Each file is made inside the test that reads it: the mutation run tests a fault with the tests
 * that run its code, and code run while the file loads counts for none of them.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { GraphIndex, type Graph, type GraphEdge, type GraphNode } from '../../src/lib/graph';
import { captionFor, exportFileName, traceCaption } from '../../src/lib/graph/export-meta';
import { readFileSync } from 'node:fs';
import { compileDocument } from '../../src/lib/graph';
import { mergeGraphs } from '../../src/lib/graph/corpus';
import { toGexf } from '../../src/lib/graph/gexf';
import { guidFor, toQdeXml, toQdpx } from '../../src/lib/graph/qdpx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
	toWebAnnotations,
	transcriptIri,
	type WebAnnotation
} from '../../src/lib/graph/web-annotation';
import { compiledInterview } from './helpers';
import {
	compileHarbour,
	HARBOUR_ANNOTATIONS,
	HARBOUR_FOLDER,
	HARBOUR_ID,
	HARBOUR_TRANSCRIPT
} from './research-fixture';

const graph = compileHarbour();
const interview = compiledInterview();
const edge = (g: Graph, id: string): GraphEdge => g.edges.find((e) => e.id === id)!;

const TITLE = 'Three Questions on Harbour Power: a test document for Citegraph';
const FOLLOW_UP = 'harbour-wind-follow-up';
const FOLLOW_UP_TEXT = readFileSync(`tests/fixtures/documents/${FOLLOW_UP}/transcript.txt`, 'utf8');
const followUp = compileDocument({
	id: FOLLOW_UP,
	transcriptFile: `tests/fixtures/documents/${FOLLOW_UP}/transcript.txt`,
	transcript: FOLLOW_UP_TEXT,
	annotationsFile: `tests/fixtures/documents/${FOLLOW_UP}/annotations.yaml`,
	annotations: readFileSync(`tests/fixtures/documents/${FOLLOW_UP}/annotations.yaml`, 'utf8')
}).graph!;
const corpus = mergeGraphs([graph, followUp]).graph;
const TRANSCRIPTS = { [HARBOUR_ID]: HARBOUR_TRANSCRIPT, [FOLLOW_UP]: FOLLOW_UP_TEXT };

const INTRODUCTION =
	'On May 4, Mara Quinn, the editor of Tidewater Review, asked Ines Alvarez, the director of the North Sea Grid Institute, and Tom Becker, the manager of Portside Cooperative, about power in the harbour.';

describe('export file names and captions', () => {
	it('makes one hyphen of a run of other characters, and names a nameless document "graph"', () => {
		expect(exportFileName('Harbour  --  Power', 'view', new Date(2026, 4, 4), 'gexf')).toBe(
			'harbour-power_view_2026-05-04.gexf'
		);
		expect(exportFileName('', 'Current view', new Date(2026, 4, 4), 'qdpx')).toBe(
			'graph_current-view_2026-05-04.qdpx'
		);
	});

	it('writes a year of fewer than four digits with four', () => {
		const date = new Date(2026, 0, 5);
		date.setFullYear(987);
		expect(exportFileName('doc', 'view', date, 'png')).toBe('doc_view_0987-01-05.png');
	});

	it('names a speaker without "(by …)", and gives the narration’s sentences to "Narration"', () => {
		expect(captionFor(new GraphIndex(graph), 'mara-quinn')).toEqual({
			title: 'Speaker: Mara Quinn',
			sentences: [{ id: 't0-s6', text: INTRODUCTION, speaker: 'Narration', line: 9 }]
		});
		expect(captionFor(new GraphIndex(graph), 'tidewater-review')?.title).toBe(
			'Organization: Tidewater Review'
		);
	});

	it('names an answer without its speaker (its label says whose it is)', () => {
		expect(captionFor(new GraphIndex(graph), 'q1-ines-alvarez')).toEqual({
			title: "Answer: Ines Alvarez's answer to Q1",
			sentences: [
				{
					id: 't2-s1',
					text: 'Yes, shore power should come first.',
					speaker: 'Ines Alvarez',
					line: 17
				},
				{
					id: 't2-s2',
					text: 'Ships that idle their engines in port burn fuel next to homes.',
					speaker: 'Ines Alvarez',
					line: 17
				},
				{
					id: 't2-s3',
					text: 'Offshore wind can supply the harbour at night.',
					speaker: 'Ines Alvarez',
					line: 17
				}
			]
		});
	});

	it('names a question with the host who asks it', () => {
		expect(captionFor(new GraphIndex(graph), 'q2')).toEqual({
			title: 'Question: Who pays for grid storage? (Mara Quinn)',
			sentences: [
				{
					id: 't4-s1',
					text: 'Who should pay for storage on the grid?',
					speaker: 'Mara Quinn',
					line: 25
				},
				{ id: 't4-s2', text: 'Thank you.', speaker: 'Mara Quinn', line: 25 }
			]
		});
	});

	it('quotes a sentence two steps of a path cite once, in the path’s order', () => {
		const steps = [
			{
				from: 'alvarez-shore-power-first',
				to: 'q1-ines-alvarez',
				edge: edge(graph, 'alvarez-shore-power-first--made-in--q1-ines-alvarez')
			},
			{
				from: 'q1-ines-alvarez',
				to: 'ines-alvarez',
				edge: edge(graph, 'q1-ines-alvarez--said-by--ines-alvarez')
			},
			{
				from: 'ines-alvarez',
				to: 'north-sea-grid-institute',
				edge: edge(graph, 'ines-alvarez--affiliated-with--north-sea-grid-institute')
			}
		];
		expect(traceCaption(new GraphIndex(graph), steps)).toEqual({
			title:
				"Evidence path: Shore power should come first → Ines Alvarez's answer to Q1 → Ines Alvarez → North Sea Grid Institute",
			sentences: [
				{
					id: 't2-s1',
					text: 'Yes, shore power should come first.',
					speaker: 'Ines Alvarez',
					line: 17
				},
				{ id: 't0-s6', text: INTRODUCTION, speaker: 'Narration', line: 9 }
			]
		});
	});
});

describe('GEXF, element by element', () => {
	const DATE = new Date('2026-05-04T23:30:00Z');
	const gexf = (g: Graph = graph, options: Parameters<typeof toGexf>[1] = {}) =>
		toGexf(g, { date: DATE, ...options });
	const read = (text: string) =>
		new XMLParser({
			ignoreAttributes: false,
			attributeNamePrefix: '',
			parseTagValue: false,
			parseAttributeValue: false,
			isArray: (name) => ['attributes', 'attribute', 'node', 'edge', 'attvalue'].includes(name)
		}).parse(text).gexf;
	type Values = { attvalues?: { attvalue: { for: string; value: string }[] } };
	const values = (element: Values) =>
		(element.attvalues?.attvalue ?? []).map((a) => [a.for, a.value]);
	const nodeOf = (text: string, id: string) =>
		read(text).graph.nodes.node.find((n: { id: string }) => n.id === id);
	const edgeOf = (text: string, id: string) =>
		read(text).graph.edges.edge.find((e: { id: string }) => e.id === id);

	it('is a formatted GEXF 1.3 file with its namespaces, schema and meta', () => {
		const text = gexf();
		expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf ')).toBe(true);
		const root = read(text);
		expect(root.xmlns).toBe('http://gexf.net/1.3');
		expect(root['xmlns:viz']).toBe('http://gexf.net/1.3/viz');
		expect(root['xmlns:xsi']).toBe('http://www.w3.org/2001/XMLSchema-instance');
		expect(root['xsi:schemaLocation']).toBe('http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd');
		expect(root.version).toBe('1.3');
		expect(root.meta).toEqual({
			lastmodifieddate: '2026-05-04',
			creator: 'Citegraph',
			title: 'Three Questions on Harbour Power: a test document for Citegraph',
			description:
				'A three-speaker roundtable written for the tests: shore power for ships, and who pays for storage on the grid. Compiled by Citegraph from tests/fixtures/documents/harbour-power-roundtable/transcript.txt; every edge cites its source sentences.'
		});
		expect(root.graph.defaultedgetype).toBe('directed');
		expect(root.graph.mode).toBe('static');
		expect(text).toContain(
			'\n  <meta lastmodifieddate="2026-05-04">\n    <creator>Citegraph</creator>\n'
		);
		expect(text).toContain('\n      <attribute id="type" title="type" type="string"/>\n');
		expect(text.endsWith('</gexf>\n')).toBe(true);
		expect(text.endsWith('\n\n')).toBe(false);
	});

	it('describes a document without a description by where it was compiled from alone', () => {
		const bare: Graph = { ...graph, document: { ...graph.document, description: null } };
		// Read from the text: a parser would trim a leading space.
		expect(gexf(bare)).toContain(
			'\n    <description>Compiled by Citegraph from tests/fixtures/documents/harbour-power-roundtable/transcript.txt; every edge cites its source sentences.</description>\n'
		);
	});

	it('declares every attribute with its class, id, title and type', () => {
		const declared = read(gexf()).graph.attributes.map(
			(a: { class: string; attribute: Record<string, string>[] }) =>
				`${a.class}: ${a.attribute.map((x) => `${x.id}/${x.title}/${x.type}`).join(' ')}`
		);
		expect(declared).toEqual([
			'node: type/type/string text/text/string speaker/speaker/string relayed_by/relayed_by/string view_of/view_of/string citations/citations/string cited_text/cited_text/string',
			'edge: relation/relation/string citations/citations/string cited_text/cited_text/string'
		]);
	});

	it('gives a claim its type, statement, speaker, citation and quoted sentence', () => {
		const claim = nodeOf(gexf(), 'alvarez-shore-power-first');
		expect(claim.label).toBe('Shore power should come first');
		expect(values(claim)).toEqual([
			['type', 'claim'],
			['text', 'Docked ships should plug into shore power before anything else.'],
			['speaker', 'ines-alvarez'],
			['citations', 't2-s1'],
			['cited_text', 'Yes, shore power should come first.']
		]);
	});

	it('gives a question its whole text, its host and both its sentences, space-separated', () => {
		expect(values(nodeOf(gexf(), 'q1'))).toEqual([
			['type', 'question'],
			['text', 'Should ships plug into shore power while they are docked? Thank you.'],
			['speaker', 'mara-quinn'],
			['citations', 't1-s1 t1-s2'],
			['cited_text', 'Should ships plug into shore power while they are docked? Thank you.']
		]);
	});

	it('gives a speaker no speaker, and a sector without a description no text', () => {
		const text = gexf();
		expect(values(nodeOf(text, 'mara-quinn'))).toEqual([
			['type', 'speaker'],
			['text', 'editor'],
			['citations', 't0-s6'],
			['cited_text', INTRODUCTION]
		]);
		expect(values(nodeOf(text, 'offshore-wind'))).toEqual([
			['type', 'sector'],
			['citations', 't2-s3'],
			['cited_text', 'Offshore wind can supply the harbour at night.']
		]);
	});

	it('gives a relayed view who passed it on and whose it is, and no speaker', () => {
		const relayed = nodeOf(gexf(interview), 'relayed-blockchain-only-basic-technology');
		expect(values(relayed)).toEqual([
			['type', 'claim'],
			[
				'text',
				'Commentators (relayed by the host, who does not say whether he holds the view) say blockchain can only be used as a basic technology at the moment, is not enough to become infrastructure, and so has not been included in new infrastructure.'
			],
			['relayed_by', 'gong-haihan'],
			['view_of', 'commentators'],
			['citations', 't9-s1'],
			[
				'cited_text',
				'There are comments that" blockchain can only be used as a basic technology at the moment, and it is not enough to become an infrastructure, so it has not been included in the new infrastructure.'
			]
		]);
	});

	it('gives an edge its ends, its relation in words and as an attribute, and what it cites', () => {
		const id = 'becker-ferries-only--disagrees-with--alvarez-shore-power-first';
		const edge = edgeOf(gexf(), id);
		expect([edge.source, edge.target, edge.label]).toEqual([
			'becker-ferries-only',
			'alvarez-shore-power-first',
			'disagrees with'
		]);
		expect(values(edge)).toEqual([
			['relation', 'disagrees-with'],
			['citations', 't3-s1'],
			['cited_text', 'Shore power should come first for ferries only.']
		]);
		const two = edgeOf(
			gexf(interview),
			'wang-5g-breaks-out-first--disagrees-with--xiang-industrial-internet-emerges-first'
		);
		expect(values(two)).toEqual([
			['relation', 'disagrees-with'],
			['citations', 't2-s14 t3-s16'],
			[
				'cited_text',
				'From the perspective of the importance of the industry, I expect that the industrial Internet will emerge first. So I think 5G will break out first.'
			]
		]);
	});

	it('draws colours only from #rrggbb (either case), sizes and positions rounded to 0.01', () => {
		const text = gexf(graph, {
			colours: { claim: '#E15759', speaker: 'x#4e79a7', sector: '#4e79a7ff', question: '#4e79a7' },
			sizes: { 'ines-alvarez': 40, 'tom-becker': 0, q1: 12.3456 },
			positions: {
				'ines-alvarez': { x: 10.126, y: 20.5 },
				'tom-becker': { x: 0, y: 0 },
				q1: { x: -3, y: -4.444 }
			}
		});
		const viz = (id: string) =>
			Object.fromEntries(
				Object.entries(nodeOf(text, id) as object).filter(([key]) => key.startsWith('viz:'))
			);
		expect(viz('alvarez-shore-power-first')).toEqual({
			'viz:color': { r: '225', g: '87', b: '89' }
		});
		expect(viz('mara-quinn')).toEqual({});
		expect(viz('offshore-wind')).toEqual({});
		expect(viz('ines-alvarez')).toEqual({
			'viz:size': { value: '40' },
			'viz:position': { x: '10.13', y: '-20.5', z: '0' }
		});
		expect(viz('tom-becker')).toEqual({
			'viz:size': { value: '0' },
			'viz:position': { x: '0', y: '0', z: '0' }
		});
		expect(viz('q1')).toEqual({
			'viz:color': { r: '78', g: '121', b: '167' },
			'viz:size': { value: '12.35' },
			'viz:position': { x: '-3', y: '4.44', z: '0' }
		});
		expect(text).toContain('\n        <viz:color r="78" g="121" b="167"/>\n');
	});

	it('escapes a label once: the file says &amp; and a reader gets the text back', () => {
		const hostile = 'Ferries & cargo <ships> "first"';
		const g: Graph = {
			...graph,
			nodes: graph.nodes.map((n) =>
				n.id === 'becker-ferries-only' ? ({ ...n, label: hostile } as GraphNode) : n
			)
		};
		const text = gexf(g);
		expect(text).toContain(
			'<node id="becker-ferries-only" label="Ferries &amp; cargo &lt;ships&gt; &quot;first&quot;">'
		);
		expect(nodeOf(text, 'becker-ferries-only').label).toBe(hostile);
	});
});

describe('Web Annotation, annotation by annotation', () => {
	const SITE = 'https://example.org/citegraph';
	const DATE = new Date('2026-05-04T12:00:00Z');
	const URN = `urn:citegraph:${HARBOUR_ID}`;
	const annotations = (options: Parameters<typeof toWebAnnotations>[1] = {}, g: Graph = graph) =>
		toWebAnnotations(g, { transcript: HARBOUR_TRANSCRIPT, date: DATE, ...options });
	const find = (items: WebAnnotation[], id: string) => items.find((a) => a.id === id)!;
	const QUOTE_ID = `${URN}:citation:alvarez-shore-power-first%3Aquote-1`;
	const SAID_BY_ID = `${URN}:citation:q1-ines-alvarez--said-by--ines-alvarez%3At2-s1`;
	// Yes, shore power should come first: at 492 to 527 in the transcript, with 32 characters
	// of text on either side.
	const SHORE_POWER_FIRST = [
		{
			type: 'TextQuoteSelector',
			exact: 'Yes, shore power should come first.',
			prefix: 'ked? Thank you.\n\nInes Alvarez:\n\n',
			suffix: ' Ships that idle their engines i'
		},
		{ type: 'TextPositionSelector', start: 492, end: 527 }
	];
	const ALVAREZ = {
		id: `${SITE}/d/${HARBOUR_ID}/node/ines-alvarez`,
		type: 'Person',
		name: 'Ines Alvarez'
	};
	const described = (value: string) => ({
		type: 'TextualBody',
		purpose: 'describing',
		value,
		format: 'text/plain',
		language: 'en'
	});
	const tag = (value: string) => ({ type: 'TextualBody', purpose: 'tagging', value });
	const page = (id: string, label: string) => ({
		id: `${SITE}/d/${HARBOUR_ID}/node/${id}`,
		type: 'Text',
		purpose: 'linking',
		format: 'text/html',
		label
	});

	it('is one collection of every citation: nine quotes, then the 44 edges’ sentences', () => {
		const collection = annotations({ siteUrl: `${SITE}/` });
		const header = { ...collection, first: { ...collection.first, items: undefined } };
		expect(header).toEqual({
			'@context': 'http://www.w3.org/ns/anno.jsonld',
			id: `${URN}:citations`,
			type: 'AnnotationCollection',
			label: `Citations of ${TITLE}`,
			total: 53,
			first: {
				id: `${URN}:citations:page-1`,
				type: 'AnnotationPage',
				startIndex: 0,
				items: undefined
			}
		});
		expect(collection.first.items).toHaveLength(53);
		const motivations = collection.first.items.map((a) => a.motivation);
		expect(motivations).toEqual([...Array(9).fill('describing'), ...Array(44).fill('linking')]);
		expect(collection.first.items[0]!.id).toBe(QUOTE_ID);
	});

	it('annotates a claim’s quote with its label, statement, id, page and speaker', () => {
		const items = annotations({ siteUrl: `${SITE}/` }).first.items;
		expect(find(items, QUOTE_ID)).toEqual({
			id: QUOTE_ID,
			type: 'Annotation',
			motivation: 'describing',
			created: '2026-05-04T12:00:00.000Z',
			generator: { type: 'Software', name: 'Citegraph' },
			body: [
				described('Claim: Shore power should come first'),
				described('Docked ships should plug into shore power before anything else.'),
				tag('alvarez-shore-power-first'),
				page('alvarez-shore-power-first', 'Shore power should come first')
			],
			target: {
				type: 'SpecificResource',
				source: `${SITE}/d/${HARBOUR_ID}/transcript.txt`,
				creator: ALVAREZ,
				selector: SHORE_POWER_FIRST
			}
		});
	});

	it('annotates an edge’s sentence with the edge in words, its tags, explorer link and ends', () => {
		const items = annotations({ siteUrl: SITE }).first.items;
		const words = "Ines Alvarez's answer to Q1 said by Ines Alvarez";
		expect(find(items, SAID_BY_ID)).toEqual({
			id: SAID_BY_ID,
			type: 'Annotation',
			motivation: 'linking',
			created: '2026-05-04T12:00:00.000Z',
			generator: { type: 'Software', name: 'Citegraph' },
			body: [
				described(words),
				tag('said-by'),
				tag('q1-ines-alvarez--said-by--ines-alvarez'),
				{
					id: `${SITE}/d/${HARBOUR_ID}?select=q1-ines-alvarez--said-by--ines-alvarez`,
					type: 'Text',
					purpose: 'identifying',
					format: 'text/html',
					label: words
				},
				page('q1-ines-alvarez', "Ines Alvarez's answer to Q1"),
				page('ines-alvarez', 'Ines Alvarez')
			],
			target: {
				type: 'SpecificResource',
				source: `${SITE}/d/${HARBOUR_ID}/transcript.txt`,
				creator: ALVAREZ,
				selector: SHORE_POWER_FIRST
			}
		});
	});

	it('gives the narration’s words no creator', () => {
		const items = annotations({ siteUrl: SITE }).first.items;
		const narration = find(
			items,
			`${URN}:citation:mara-quinn--affiliated-with--tidewater-review%3At0-s6`
		);
		expect(narration.body[0]!.value).toBe('Mara Quinn affiliated with Tidewater Review');
		expect(narration.target).toEqual({
			type: 'SpecificResource',
			source: `${SITE}/d/${HARBOUR_ID}/transcript.txt`,
			selector: [
				{
					type: 'TextQuoteSelector',
					exact: INTRODUCTION,
					prefix: 's. It is not a real interview.\n\n',
					suffix: '\n\nMara Quinn:\n\nShould ships plug'
				},
				{ type: 'TextPositionSelector', start: 192, end: 392 }
			]
		});
	});

	it('without a site, names the transcript and speaker by urns and links nothing', () => {
		const items = annotations().first.items;
		const quote = find(items, QUOTE_ID);
		expect(quote.body.map((b) => b.purpose)).toEqual(['describing', 'describing', 'tagging']);
		expect(quote.target.source).toBe(`${URN}:transcript`);
		expect(quote.target.creator).toEqual({
			id: `${URN}:speaker:ines-alvarez`,
			type: 'Person',
			name: 'Ines Alvarez'
		});
		expect(find(items, SAID_BY_ID).body.map((b) => b.purpose)).toEqual([
			'describing',
			'tagging',
			'tagging'
		]);
	});

	it('gives a corpus of several languages’ texts no language', () => {
		const mixed: Graph = { ...graph, document: { ...graph.document, language: 'en,de' } };
		const body = find(annotations({}, mixed).first.items, QUOTE_ID).body;
		expect(body.map((b) => b.language)).toEqual([undefined, undefined, undefined]);
		expect(body.map((b) => b.value)).toEqual([
			'Claim: Shore power should come first',
			'Docked ships should plug into shore power before anything else.',
			'alvarez-shore-power-first'
		]);
	});

	it('names a transcript under the site without doubling its slash, or by a urn', () => {
		expect(transcriptIri('harbour power', 'https://example.org/')).toBe(
			'https://example.org/d/harbour%20power/transcript.txt'
		);
		expect(transcriptIri('harbour power')).toBe('urn:citegraph:harbour%20power:transcript');
	});

	it('refuses to export without the transcript, saying which export needs it', () => {
		expect(() => toWebAnnotations(graph)).toThrow(
			'Web Annotation export needs the transcript text its positions index'
		);
	});

	// The characters at the edges of the ranges the checks test: the
	// rat (0xD83D 0xDC00), the dark skin tone (0xD83C 0xDFFF), Linear B's first syllable (0xD800
	// 0xDC00), the last private-use character (0xDBFF 0xDFFD), and the ligature fi (0xFB01, one
	// unit above every surrogate, never part of a pair).
	const aroundQuotes = (ship: string, end: string) => {
		const transcript = HARBOUR_TRANSCRIPT.replace(
			'docked? Thank you.',
			`docked? ${ship} Thanks a lot.`
		).replace('grid? Thank you.', `grid? Thank you, and thanks to all! ${end}.`);
		const result = compileDocument({
			id: HARBOUR_ID,
			transcriptFile: `${HARBOUR_FOLDER}/transcript.txt`,
			transcript,
			annotationsFile: `${HARBOUR_FOLDER}/annotations.yaml`,
			annotations: HARBOUR_ANNOTATIONS
		});
		const items = toWebAnnotations(result.graph!, { transcript, date: DATE }).first.items;
		return [
			find(items, QUOTE_ID).target.selector[0].prefix,
			find(items, `${URN}:citation:q2--asked-by--mara-quinn%3At4-s1`).target.selector[0].suffix
		];
	};

	it.each([
		['\u{1F400}', '\u{10000}'],
		['\u{1F3FF}', '\u{10FFFD}']
	])('keeps %s and %s, cut at the edge, out whole', (ship, end) => {
		expect(aroundQuotes(ship, end)).toEqual([
			' Thanks a lot.\n\nInes Alvarez:\n\n',
			' Thank you, and thanks to all! '
		]);
	});

	it('keeps a character above the surrogates at the edge', () => {
		expect(aroundQuotes('\uFB01', '\uFB01')).toEqual([
			'\uFB01 Thanks a lot.\n\nInes Alvarez:\n\n',
			' Thank you, and thanks to all! \uFB01'
		]);
	});

	it('never splits a surrogate pair at either end of the text around a quote', () => {
		// Line 13 ends "docked? 🚢 Thanks a lot." and line 25 "grid? Thank you, and thanks to
		// all! 🚢.": 32 code units before Ines Alvarez's first quote fall on the ship's second
		// half, and 32 after Mara Quinn's second question on its first half.
		const transcript = HARBOUR_TRANSCRIPT.replace(
			'docked? Thank you.',
			'docked? 🚢 Thanks a lot.'
		).replace('grid? Thank you.', 'grid? Thank you, and thanks to all! 🚢.');
		const result = compileDocument({
			id: HARBOUR_ID,
			transcriptFile: `${HARBOUR_FOLDER}/transcript.txt`,
			transcript,
			annotationsFile: `${HARBOUR_FOLDER}/annotations.yaml`,
			annotations: HARBOUR_ANNOTATIONS
		});
		const items = toWebAnnotations(result.graph!, { transcript, date: DATE }).first.items;
		expect(find(items, QUOTE_ID).target.selector).toEqual([
			{
				type: 'TextQuoteSelector',
				exact: 'Yes, shore power should come first.',
				prefix: ' Thanks a lot.\n\nInes Alvarez:\n\n',
				suffix: ' Ships that idle their engines i'
			},
			// Five code points further on: " 🚢 Thanks a lot." for " Thank you.".
			{ type: 'TextPositionSelector', start: 497, end: 532 }
		]);
		const asked = find(items, `${URN}:citation:q2--asked-by--mara-quinn%3At4-s1`);
		expect(asked.target.selector[0]).toEqual({
			type: 'TextQuoteSelector',
			exact: 'Who should pay for storage on the grid?',
			prefix: 'y for the cables.\n\nMara Quinn:\n\n',
			suffix: ' Thank you, and thanks to all! '
		});
	});
});

describe('Web Annotation of a corpus, annotation by annotation', () => {
	const SITE = 'https://example.org';
	const DATE = new Date('2026-05-04T12:00:00Z');
	const SHAH = `${FOLLOW_UP}:shah-wind-not-enough-in-winter`;
	const SHAH_QUOTE = `urn:citegraph:corpus:citation:${encodeURIComponent(`${SHAH}:quote-1`)}`;
	const annotations = (options: Parameters<typeof toWebAnnotations>[1] = {}) =>
		toWebAnnotations(corpus, { transcripts: TRANSCRIPTS, date: DATE, ...options }).first.items;
	const find = (items: WebAnnotation[], id: string) => items.find((a) => a.id === id)!;

	it('links a document’s claim to its page in that document, and its speaker to theirs', () => {
		const quote = find(annotations({ siteUrl: SITE }), SHAH_QUOTE);
		expect(SHAH_QUOTE).toBe(
			'urn:citegraph:corpus:citation:harbour-wind-follow-up%3Ashah-wind-not-enough-in-winter%3Aquote-1'
		);
		expect(quote.body.at(-1)).toEqual({
			id: `${SITE}/d/${FOLLOW_UP}/node/shah-wind-not-enough-in-winter`,
			type: 'Text',
			purpose: 'linking',
			format: 'text/html',
			label: 'Offshore wind alone was not enough in winter'
		});
		expect(quote.target.source).toBe(`${SITE}/d/${FOLLOW_UP}/transcript.txt`);
		expect(quote.target.creator).toEqual({
			id: `${SITE}/d/${FOLLOW_UP}/node/ravi-shah`,
			type: 'Person',
			name: 'Ravi Shah'
		});
	});

	it('links a speaker both documents share to their page in the first', () => {
		const id = `${FOLLOW_UP}:alvarez-wind-supplied-most-nights`;
		const quote = find(
			annotations({ siteUrl: SITE }),
			`urn:citegraph:corpus:citation:${encodeURIComponent(`${id}:quote-1`)}`
		);
		expect(quote.target.creator?.id).toBe(`${SITE}/d/${HARBOUR_ID}/node/ines-alvarez`);
	});

	it('selects an edge in the corpus explorer, and without a site in none', () => {
		const edge = `${SHAH}--disagrees-with--alvarez-wind-supplied-most-nights`;
		const id = `urn:citegraph:corpus:citation:${encodeURIComponent(`${edge}:${FOLLOW_UP}:t3-s1`)}`;
		const identifying = (items: WebAnnotation[]) =>
			find(items, id).body.filter((b) => b.purpose === 'identifying');
		expect(identifying(annotations({ siteUrl: SITE }))).toEqual([
			{
				id: `${SITE}/corpus?select=${encodeURIComponent(edge)}`,
				type: 'Text',
				purpose: 'identifying',
				format: 'text/html',
				label:
					'Offshore wind alone was not enough in winter disagrees with Offshore wind supplied the harbour on most nights'
			}
		]);
		expect(identifying(annotations())).toEqual([]);
	});

	it('gives an unpublished document’s speaker a urn, and a published one’s page still', () => {
		const items = annotations({ siteUrl: SITE, unpublished: [FOLLOW_UP] });
		const quote = find(items, SHAH_QUOTE);
		expect(quote.body.map((b) => b.purpose)).toEqual(['describing', 'describing', 'tagging']);
		expect(quote.target.creator?.id).toBe('urn:citegraph:corpus:speaker:ravi-shah');
		const alvarez = find(
			items,
			`urn:citegraph:corpus:citation:${encodeURIComponent(`${FOLLOW_UP}:alvarez-wind-supplied-most-nights:quote-1`)}`
		);
		expect(alvarez.target.creator?.id).toBe(`${SITE}/d/${HARBOUR_ID}/node/ines-alvarez`);
	});
});

/**
 * FNV-1a, 64 bits, written out once more in the simplest way (checked below against the
 * algorithm's published test vectors), and the GUID a REFI-QDA project names a thing by: two
 * hashes of its name, shaped as a version-4 UUID whose variant is 8 to b.
 */
function fnv1a64(name: string, seed: bigint): string {
	let h = seed;
	for (const byte of Buffer.from(name, 'utf8')) {
		h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 1099511628211n);
	}
	return h.toString(16).padStart(16, '0');
}
function referenceGuid(name: string): string {
	const hex = fnv1a64(name, 14695981039346656037n) + fnv1a64(name, 0x84222325cbf29ce4n);
	const variant = ['8', '9', 'a', 'b'][parseInt(hex[16]!, 16) % 4]!;
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

describe('REFI-QDA, element by element', () => {
	const DATE = new Date('2026-05-04T12:00:00.000Z');
	const WHEN = '2026-05-04T12:00:00Z';
	const guid = (kind: string, id: string) => referenceGuid(`citegraph:${HARBOUR_ID}:${kind}:${id}`);
	const USER = guid('user', 'citegraph');
	const SOURCE = guid('source', 'transcript');
	const project = (g: Graph = graph, options: Parameters<typeof toQdeXml>[1] = {}) =>
		toQdeXml(g, { transcript: HARBOUR_TRANSCRIPT, date: DATE, ...options });
	const read = (xml: string) =>
		new XMLParser({
			ignoreAttributes: false,
			attributeNamePrefix: '',
			parseTagValue: false,
			parseAttributeValue: false,
			isArray: (name) =>
				[
					'Code',
					'Case',
					'SourceRef',
					'SelectionRef',
					'TextSource',
					'PlainTextSelection',
					'Coding',
					'Note',
					'Link',
					'NoteRef'
				].includes(name)
		}).parse(xml).Project;
	type Element = Record<string, unknown>;
	/** A code and its children as "name [codable, colour]: description", indented. */
	const codeBook = (codes: Element[] = [], depth = 0): string[] =>
		codes.flatMap((c) => [
			`${'  '.repeat(depth)}${c.name} [${c.isCodable}${c.color ? `, ${c.color}` : ''}]${c.Description ? `: ${c.Description}` : ''}`,
			...codeBook(c.Code as Element[], depth + 1)
		]);

	it('hashes names as FNV-1a does, and shapes the hashes as a version-4 GUID', () => {
		expect(fnv1a64('', 14695981039346656037n)).toBe('cbf29ce484222325');
		expect(fnv1a64('a', 14695981039346656037n)).toBe('af63dc4c8601ec8c');
		expect(fnv1a64('foobar', 14695981039346656037n)).toBe('85944171f73967e8');
		// The empty name: the two seeds themselves.
		expect(guidFor('')).toBe('cbf29ce4-8422-4325-8422-2325cbf29ce4');
		for (const name of ['a', 'foobar', USER, 'citegraph:x:selection:y:1', 'naïve 🚢']) {
			expect(guidFor(name)).toBe(referenceGuid(name));
		}
	});

	it('is a project with its namespace, schema, name, user and creation time', () => {
		const { xml } = project();
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<Project ')).toBe(true);
		expect(xml.endsWith('</Project>\n')).toBe(true);
		const root = read(xml);
		expect({ ...root, Users: undefined, CodeBook: undefined, Cases: undefined }).toMatchObject({
			xmlns: 'urn:QDA-XML:project:1.0',
			'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'xsi:schemaLocation':
				'urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd',
			name: TITLE,
			origin: 'Citegraph',
			creatingUserGUID: USER,
			creationDateTime: WHEN,
			Description:
				'A three-speaker roundtable written for the tests: shore power for ships, and who pays for storage on the grid. Exported by Citegraph from tests/fixtures/documents/harbour-power-roundtable/transcript.txt.'
		});
		expect(root.Users).toEqual({ User: { guid: USER, name: 'Citegraph', id: 'citegraph' } });
		expect(xml).toContain(`<Users><User guid="${USER}" name="Citegraph" id="citegraph"/></Users>`);
	});

	it('describes a document without a description or an author by its source and title alone', () => {
		const bare: Graph = {
			...graph,
			document: { ...graph.document, description: null, author: null }
		};
		const { xml } = project(bare);
		// Read from the text: a parser would trim a leading space.
		expect(xml).toContain(
			'<Description>Exported by Citegraph from tests/fixtures/documents/harbour-power-roundtable/transcript.txt.</Description></Project>'
		);
		expect(read(xml).Sources.TextSource[0].Description).toBe(TITLE);
	});

	it('describes a speaker with no title or organisation by their role alone', () => {
		const plain: Graph = {
			...graph,
			nodes: graph.nodes.map((n) =>
				n.id === 'tom-becker' ? ({ ...n, title: null, organization: null } as GraphNode) : n
			)
		};
		const cases = read(project(plain).xml).Cases.Case as Element[];
		expect(cases.map((c) => c.Description)).toEqual([
			'Speaker (host), editor, Tidewater Review',
			'Speaker (guest), director, North Sea Grid Institute',
			'Speaker (guest)'
		]);
	});

	it('has a code book of the topics by type and the kinds of claim, coloured by type', () => {
		const described: Graph = {
			...graph,
			nodes: graph.nodes.map((n) =>
				n.id === 'offshore-wind' ? ({ ...n, description: 'Wind farms at sea.' } as GraphNode) : n
			)
		};
		const { xml } = project(described, {
			colours: { sector: '#4e79a7', claim: '#E15759', scenario: 'x#4e79a7', concept: '#4e79a7ff' }
		});
		expect(codeBook(read(xml).CodeBook.Codes.Code)).toEqual([
			'Sectors [false, #4e79a7]',
			'  Offshore wind [true, #4e79a7]: Wind farms at sea.',
			'Scenarios [false]',
			'  Shore power for docked ships [true]',
			'Concepts [false]',
			'  Storage on the grid [true]',
			'Claims [true, #E15759]: Claims the speakers make; each quote is coded with its kind and the topics it is about.',
			'  recommendation [true, #E15759]',
			'  assertion [true, #E15759]',
			'  judgement [true, #E15759]',
			'  explanation [true, #E15759]'
		]);
		expect(read(xml).CodeBook.Codes.Code.map((c: Element) => c.guid)).toEqual([
			guid('code', 'group:sector'),
			guid('code', 'group:scenario'),
			guid('code', 'group:concept'),
			guid('code', 'group:claims')
		]);
		expect(xml).toContain(
			`<Code guid="${guid('code', 'kind:explanation')}" name="explanation" isCodable="true" color="#E15759"/>`
		);
	});

	it('has every selection in the text’s order, named, described and coded', () => {
		const root = read(project().xml);
		const source = root.Sources.TextSource[0];
		expect(source).toMatchObject({
			guid: SOURCE,
			name: 'transcript.txt',
			plainTextPath: `internal://${SOURCE}.txt`,
			creatingUser: USER,
			creationDateTime: WHEN,
			Description: `${TITLE}, by Citegraph Tests`
		});
		const kind = (k: string) => guid('code', `kind:${k}`);
		const topic = (t: string) => guid('code', `topic:${t}`);
		const claim = (
			id: string,
			start: number,
			end: number,
			label: string,
			statement: string,
			codes: string[]
		) => [guid('selection', `${id}:1`), label, `${start}`, `${end}`, statement, codes];
		expect(
			source.PlainTextSelection.map((s: Element) => [
				s.guid,
				s.name,
				s.startPosition,
				s.endPosition,
				s.Description,
				((s.Coding as Element[]) ?? []).map((c) => (c.CodeRef as Element).targetGUID)
			])
		).toEqual([
			[
				guid('selection', 'mara-quinn:introduction-1'),
				'Introduces Mara Quinn',
				'192',
				'392',
				undefined,
				[]
			],
			[
				guid('selection', 'ines-alvarez:introduction-1'),
				'Introduces Ines Alvarez',
				'192',
				'392',
				undefined,
				[]
			],
			[
				guid('selection', 'tom-becker:introduction-1'),
				'Introduces Tom Becker',
				'192',
				'392',
				undefined,
				[]
			],
			[
				guid('selection', 'shore-power:mention-1'),
				'Shore power for docked ships',
				'407',
				'464',
				'Where the text names Shore power for docked ships',
				[topic('shore-power')]
			],
			claim(
				'alvarez-shore-power-first',
				492,
				527,
				'Shore power should come first',
				'Docked ships should plug into shore power before anything else.',
				[kind('recommendation'), topic('shore-power')]
			),
			claim(
				'alvarez-idling-burns-fuel',
				528,
				590,
				'Idling ships burn fuel next to homes',
				'Ships that idle their engines in port burn fuel next to homes.',
				[kind('assertion')]
			),
			claim(
				'alvarez-wind-supplies-harbour',
				591,
				637,
				'Offshore wind can supply the harbour at night',
				"Offshore wind can supply the harbour's shore power at night.",
				[kind('assertion'), topic('offshore-wind'), topic('shore-power')]
			),
			[
				guid('selection', 'offshore-wind:mention-1'),
				'Offshore wind',
				'591',
				'637',
				'Where the text names Offshore wind',
				[topic('offshore-wind')]
			],
			claim(
				'becker-ferries-only',
				652,
				699,
				'Shore power first for ferries only',
				'Shore power should come first for ferries, not for all ships.',
				[kind('recommendation'), topic('shore-power')]
			),
			claim(
				'becker-cargo-too-rare',
				700,
				751,
				'Cargo ships visit too rarely to pay for cables',
				'Cargo ships visit too rarely to pay for the cables.',
				[kind('judgement')]
			),
			[
				guid('selection', 'grid-storage:mention-1'),
				'Storage on the grid',
				'766',
				'805',
				'Where the text names Storage on the grid',
				[topic('grid-storage')]
			],
			claim(
				'alvarez-batteries-smooth-load',
				833,
				905,
				'Quay batteries smooth the load',
				'Batteries at the quay smooth the load when several ships arrive at once.',
				[kind('explanation'), topic('grid-storage')]
			),
			claim(
				'alvarez-port-pays',
				906,
				945,
				'The port authority should pay for storage',
				'The port authority should pay for the quay batteries.',
				[kind('recommendation'), topic('grid-storage')]
			),
			claim(
				'becker-batteries-needed',
				960,
				1006,
				'Quay batteries are needed',
				'Batteries at the quay are needed.',
				[kind('judgement'), topic('grid-storage')]
			),
			claim(
				'becker-lines-share-cost',
				1007,
				1048,
				'Shipping lines should share the cost',
				'The shipping lines should share the cost of the quay batteries.',
				[kind('recommendation'), topic('grid-storage')]
			)
		]);
		const first = source.PlainTextSelection[4];
		expect(first).toMatchObject({ creatingUser: USER, creationDateTime: WHEN });
		const selection = guid('selection', 'alvarez-shore-power-first:1');
		expect(first.Coding[0]).toEqual({
			guid: referenceGuid(`${selection}:${kind('recommendation')}`),
			creatingUser: USER,
			creationDateTime: WHEN,
			CodeRef: { targetGUID: kind('recommendation') }
		});
	});

	it('makes each speaker a case of the transcript, their introduction and their quotes', () => {
		const cases = read(project().xml).Cases.Case as Element[];
		const selections = (...ids: string[]) =>
			ids.map((id) => ({ targetGUID: guid('selection', id) }));
		expect(cases).toEqual([
			{
				guid: guid('case', 'mara-quinn'),
				name: 'Mara Quinn',
				Description: 'Speaker (host), editor, Tidewater Review',
				SourceRef: [{ targetGUID: SOURCE }],
				SelectionRef: selections('mara-quinn:introduction-1')
			},
			{
				guid: guid('case', 'ines-alvarez'),
				name: 'Ines Alvarez',
				Description: 'Speaker (guest), director, North Sea Grid Institute',
				SourceRef: [{ targetGUID: SOURCE }],
				SelectionRef: selections(
					'ines-alvarez:introduction-1',
					'alvarez-shore-power-first:1',
					'alvarez-idling-burns-fuel:1',
					'alvarez-wind-supplies-harbour:1',
					'alvarez-batteries-smooth-load:1',
					'alvarez-port-pays:1'
				)
			},
			{
				guid: guid('case', 'tom-becker'),
				name: 'Tom Becker',
				Description: 'Speaker (guest), manager, Portside Cooperative',
				SourceRef: [{ targetGUID: SOURCE }],
				SelectionRef: selections(
					'tom-becker:introduction-1',
					'becker-ferries-only:1',
					'becker-cargo-too-rare:1',
					'becker-batteries-needed:1',
					'becker-lines-share-cost:1'
				)
			}
		]);
	});

	it('links claims by their relations, each with a note of the sentence it cites', () => {
		const root = read(project().xml);
		const note = (edge: string, sid: string) => guid('note', `${edge}:${sid}`);
		const link = (source: string, relation: string, target: string, sid: string) => {
			const id = `${source}--${relation}--${target}`;
			return {
				guid: guid('link', id),
				name: relation,
				direction: 'OneWay',
				originGUID: guid('selection', `${source}:1`),
				targetGUID: guid('selection', `${target}:1`),
				NoteRef: [{ targetGUID: note(id, sid) }]
			};
		};
		expect(root.Links.Link).toEqual([
			link('alvarez-idling-burns-fuel', 'supports', 'alvarez-shore-power-first', 't2-s2'),
			link('becker-ferries-only', 'disagrees-with', 'alvarez-shore-power-first', 't3-s1'),
			link('becker-cargo-too-rare', 'supports', 'becker-ferries-only', 't3-s2'),
			link('becker-batteries-needed', 'agrees-with', 'alvarez-batteries-smooth-load', 't6-s1'),
			link('becker-lines-share-cost', 'disagrees-with', 'alvarez-port-pays', 't6-s2')
		]);
		expect(root.Notes.Note[1]).toEqual({
			guid: note('becker-ferries-only--disagrees-with--alvarez-shore-power-first', 't3-s1'),
			name: 'disagrees with: t3-s1',
			creatingUser: USER,
			creationDateTime: WHEN,
			PlainTextContent: 'Shore power should come first for ferries only.'
		});
		expect(root.Notes.Note.map((n: Element) => n.name)).toEqual([
			'supports: t2-s2',
			'disagrees with: t3-s1',
			'supports: t3-s2',
			'agrees with: t6-s1',
			'disagrees with: t6-s2'
		]);
	});

	it('in a view, codes a quote only with the topics in view and links only claims in view', () => {
		const view = {
			nodes: new Set([
				'ines-alvarez',
				'alvarez-wind-supplies-harbour',
				'offshore-wind',
				'alvarez-idling-burns-fuel'
			]),
			edges: new Set(graph.edges.map((e) => e.id))
		};
		const root = read(project(graph, { subgraph: view }).xml);
		expect(codeBook(root.CodeBook.Codes.Code)).toEqual([
			'Sectors [false]',
			'  Offshore wind [true]',
			'Claims [true]: Claims the speakers make; each quote is coded with its kind and the topics it is about.',
			'  assertion [true]'
		]);
		const codes = root.Sources.TextSource[0].PlainTextSelection.map((s: Element) => [
			s.name,
			((s.Coding as Element[]) ?? []).map((c) => (c.CodeRef as Element).targetGUID)
		]);
		expect(codes).toEqual([
			['Introduces Ines Alvarez', []],
			['Idling ships burn fuel next to homes', [guid('code', 'kind:assertion')]],
			[
				'Offshore wind can supply the harbour at night',
				[guid('code', 'kind:assertion'), guid('code', 'topic:offshore-wind')]
			],
			['Offshore wind', [guid('code', 'topic:offshore-wind')]]
		]);
		expect(root.Links).toBeUndefined();
		expect(root.Notes).toBeUndefined();
		expect(root.Cases.Case.map((c: Element) => c.name)).toEqual(['Ines Alvarez']);
	});

	it('codes a claim of no kind with the claims’ group; a view of no codes has no code book', () => {
		const kindless: Graph = {
			...graph,
			nodes: graph.nodes.map((n) =>
				n.id === 'becker-cargo-too-rare' ? ({ ...n, kind: null } as GraphNode) : n
			)
		};
		const view = { nodes: new Set(['becker-cargo-too-rare']), edges: new Set<string>() };
		const root = read(project(kindless, { subgraph: view }).xml);
		expect(codeBook(root.CodeBook.Codes.Code)).toEqual([
			'Claims [true]: Claims the speakers make; each quote is coded with its kind and the topics it is about.'
		]);
		expect(root.Sources.TextSource[0].PlainTextSelection[0].Coding[0].CodeRef.targetGUID).toBe(
			guid('code', 'group:claims')
		);
		const speakers = { nodes: new Set(['tom-becker']), edges: new Set<string>() };
		const bare = read(project(graph, { subgraph: speakers }).xml);
		expect(bare.CodeBook).toBeUndefined();
		expect(bare.Cases.Case.map((c: Element) => c.name)).toEqual(['Tom Becker']);
		const nothing = read(project(graph, { subgraph: { nodes: new Set(), edges: new Set() } }).xml);
		expect(nothing.Cases).toBeUndefined();
		expect(nothing.Sources.TextSource[0].PlainTextSelection).toBeUndefined();
	});

	it('zips the project and the transcript, named by its GUID', () => {
		const files = unzipSync(toQdpx(graph, { transcript: HARBOUR_TRANSCRIPT, date: DATE }));
		expect(Object.keys(files)).toEqual(['project.qde', `sources/${SOURCE}.txt`]);
		expect(strFromU8(files[`sources/${SOURCE}.txt`]!)).toBe(HARBOUR_TRANSCRIPT);
		expect(strFromU8(files['project.qde']!)).toBe(project().xml);
	});

	it('refuses to export without the transcript, saying which export needs it', () => {
		expect(() => toQdeXml(graph)).toThrow(
			'REFI-QDA export needs the transcript text its positions index'
		);
	});

	it('orders selections that start together by their ends; links a claim from its first quote; codes no organisation', () => {
		// Tom Becker's first claim quotes both his sentences and is about his cooperative too, a
		// concept names his first sentence, and Ines Alvarez's second claim quotes two places.
		const annotations = HARBOUR_ANNOTATIONS.replace(
			"quotes: ['Shore power should come first for ferries only.']\n    about: [shore-power]",
			"quotes: ['Shore power should come first for ferries only. Cargo ships visit too rarely to pay for the cables.']\n    about: [shore-power, portside-cooperative]"
		)
			.replace(
				"quotes: ['Ships that idle their engines in port burn fuel next to homes.']\n  - id:",
				"quotes: ['Ships that idle their engines in port burn fuel next to homes.', 'Offshore wind can supply the harbour at night.']\n  - id:"
			)
			.replace(
				'entities:\n',
				"entities:\n  - id: ferries\n    type: concept\n    label: Ferries first\n    quotes: ['Shore power should come first for ferries only.']\n"
			);
		const root = read(project(compileHarbour(annotations)).xml);
		const selections = root.Sources.TextSource[0].PlainTextSelection as Element[];
		expect(selections.map((s) => `${s.startPosition}-${s.endPosition} ${s.name}`)).toEqual([
			'192-392 Introduces Mara Quinn',
			'192-392 Introduces Ines Alvarez',
			'192-392 Introduces Tom Becker',
			'407-464 Shore power for docked ships',
			'492-527 Shore power should come first',
			'528-590 Idling ships burn fuel next to homes',
			'591-637 Idling ships burn fuel next to homes',
			'591-637 Offshore wind can supply the harbour at night',
			'591-637 Offshore wind',
			'652-699 Ferries first',
			'652-751 Shore power first for ferries only',
			'700-751 Cargo ships visit too rarely to pay for cables',
			'766-805 Storage on the grid',
			'833-905 Quay batteries smooth the load',
			'906-945 The port authority should pay for storage',
			'960-1006 Quay batteries are needed',
			'1007-1048 Shipping lines should share the cost'
		]);
		expect(selections.map((s) => s.guid).slice(5, 7)).toEqual([
			guid('selection', 'alvarez-idling-burns-fuel:1'),
			guid('selection', 'alvarez-idling-burns-fuel:2')
		]);
		expect(
			(selections[10]!.Coding as Element[]).map((c) => (c.CodeRef as Element).targetGUID)
		).toEqual([guid('code', 'kind:recommendation'), guid('code', 'topic:shore-power')]);
		const supports = (root.Links.Link as Element[]).find(
			(l) =>
				l.guid === guid('link', 'alvarez-idling-burns-fuel--supports--alvarez-shore-power-first')
		)!;
		expect(supports.originGUID).toBe(guid('selection', 'alvarez-idling-burns-fuel:1'));
	});

	it('names the text source as its file was named, or transcript.txt', () => {
		const from = (source: string) =>
			read(project({ ...graph, document: { ...graph.document, source } }).xml).Sources.TextSource[0]
				.name;
		expect(from('talks/harbour.txt')).toBe('harbour.txt');
		expect(from('talks/')).toBe('transcript.txt');
	});

	it('is, with nothing in view, just its user, its source and its description', () => {
		const { xml } = project(graph, { subgraph: { nodes: new Set(), edges: new Set() } });
		expect(xml).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n' +
				`<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd" name="${TITLE}" origin="Citegraph" creatingUserGUID="${USER}" creationDateTime="${WHEN}">` +
				`<Users><User guid="${USER}" name="Citegraph" id="citegraph"/></Users>` +
				`<Sources><TextSource guid="${SOURCE}" name="transcript.txt" plainTextPath="internal://${SOURCE}.txt" creatingUser="${USER}" creationDateTime="${WHEN}">` +
				`<Description>${TITLE}, by Citegraph Tests</Description></TextSource></Sources>` +
				'<Description>A three-speaker roundtable written for the tests: shore power for ships, and who pays for storage on the grid. Exported by Citegraph from tests/fixtures/documents/harbour-power-roundtable/transcript.txt.</Description>' +
				'</Project>\n'
		);
	});

	it('is the zip fflate makes of the project and the transcript, dated as asked', () => {
		const { xml } = project();
		const expected = zipSync(
			{
				'project.qde': strToU8(xml),
				[`sources/${SOURCE}.txt`]: strToU8(HARBOUR_TRANSCRIPT)
			},
			{ level: 6, mtime: DATE }
		);
		expect(toQdpx(graph, { transcript: HARBOUR_TRANSCRIPT, date: DATE })).toEqual(expected);
	});

	it('in a corpus, names each source by its document, and makes a case of a speaker only where they speak', () => {
		const root = read(toQdeXml(corpus, { transcripts: TRANSCRIPTS, date: DATE }).xml);
		const corpusGuid = (kind: string, id: string) =>
			referenceGuid(`citegraph:corpus:${kind}:${id}`);
		const FOLLOW_UP_TITLE = 'Harbour Power, a Year Later: a second test document for Citegraph';
		expect(
			root.Sources.TextSource.map((s: Element) => [s.guid, s.name, s.plainTextPath, s.Description])
		).toEqual([
			[
				corpusGuid('source', `transcript:${HARBOUR_ID}`),
				TITLE,
				`internal://${corpusGuid('source', `transcript:${HARBOUR_ID}`)}.txt`,
				`${TITLE} (${HARBOUR_ID})`
			],
			[
				corpusGuid('source', `transcript:${FOLLOW_UP}`),
				FOLLOW_UP_TITLE,
				`internal://${corpusGuid('source', `transcript:${FOLLOW_UP}`)}.txt`,
				`${FOLLOW_UP_TITLE} (${FOLLOW_UP})`
			]
		]);
		const sourcesOf = (name: string) =>
			root.Cases.Case.find((c: Element) => c.name === name).SourceRef.map(
				(r: Element) => r.targetGUID
			);
		const names = (i: number) =>
			(root.Sources.TextSource[i].PlainTextSelection as Element[]).map((s) => s.name);
		expect(names(0)).toHaveLength(15);
		expect(names(1)).toEqual([
			'Introduces Mara Quinn',
			'Introduces Ines Alvarez',
			'Introduces Ravi Shah',
			'Offshore wind',
			'Offshore wind supplied the harbour on most nights',
			'Quay batteries carried the load on calm nights',
			'Offshore wind alone was not enough in winter'
		]);
		expect(sourcesOf('Ravi Shah')).toEqual([corpusGuid('source', `transcript:${FOLLOW_UP}`)]);
		expect(sourcesOf('Ines Alvarez')).toEqual([
			corpusGuid('source', `transcript:${HARBOUR_ID}`),
			corpusGuid('source', `transcript:${FOLLOW_UP}`)
		]);
	});
});
