/**
 * Tests written for the survivors of a mutation run of the data exporters (src/lib/graph/
 * export.ts): each fault StrykerJS put in and no test noticed. Every expectation is written by
 * hand from the interview's annotations and transcript (ids, labels, sentences and lines as a
 * reader finds them), and each file is read back with a parser that is not the exporter's.
 */
import Papa from 'papaparse';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportData, type Graph, type GraphNode } from '../../src/lib/graph';
import { toCytoscapeJson } from '../../src/lib/graph/export';
import { compiledInterview } from './helpers';

const graph = compiledInterview();
const TITLE =
	'Five Questions on New Infrastructure: Blockchain plays an important role and investment volume is insufficient';
const RELAYED = 'relayed-blockchain-only-basic-technology';
const FIVE_G = 'wang-5g-breaks-out-first';
const DISAGREES = `${FIVE_G}--disagrees-with--xiang-industrial-internet-emerges-first`;

// Each file is made inside the test that reads it: the mutation run tests a fault with the tests
// that run its code, and code run while the file loads counts for none of them.
describe('Cytoscape JSON, field by field', () => {
	const nodeData = (id: string) =>
		toCytoscapeJson(graph).elements.nodes.find((n) => n.data.id === id)!.data;

	it('has the header Cytoscape desktop reads', () => {
		const cyjs = toCytoscapeJson(graph);
		expect(cyjs.format_version).toBe('1.0');
		expect(cyjs.generated_by).toBe('citegraph');
		expect(cyjs.target_cytoscapejs_version).toBe('~3.34');
		expect(cyjs.data).toMatchObject({
			name: TITLE,
			document: 'five-questions-on-new-infrastructure',
			author: 'Wang Qiao',
			editor: 'Sole Show'
		});
	});

	it('gives a claim its quotes as their words, its name as its label, and drops empty fields', () => {
		const claim = nodeData(FIVE_G);
		expect(claim.quotes).toEqual(['So I think 5G will break out first.']);
		expect(claim.citations).toEqual(['t3-s16']);
		expect(claim.name).toBe('Given experience, consensus and supply, 5G will break out first');
		// `relayed` is null for a claim the speaker makes: no such field.
		expect('relayed' in claim).toBe(false);
		expect(claim.cited_text).toBe('So I think 5G will break out first.');
	});

	it('keeps a speaker’s own name and their lists as lists', () => {
		const speaker = nodeData('wang-qing');
		expect(speaker.name).toBe('Wang Qing');
		expect(speaker.aliases).toEqual(['Wang Qing']);
		expect(speaker.title).toBe('chief engineer');
		expect(nodeData('q4').number).toBe(4);
	});

	it('names an edge by its ends and relation, and quotes what it cites', () => {
		const edge = toCytoscapeJson(graph).elements.edges.find((e) => e.data.id === DISAGREES)!.data;
		expect(edge.name).toBe(
			'wang-5g-breaks-out-first (disagrees-with) xiang-industrial-internet-emerges-first'
		);
		expect(edge.interaction).toBe('disagrees-with');
		expect(edge.cited_text).toBe(
			'From the perspective of the importance of the industry, I expect that the industrial Internet will emerge first. So I think 5G will break out first.'
		);
	});
});

describe('GraphML, attribute by attribute', () => {
	const graphml = () =>
		exportData(graph, 'graphml', {
			colours: { claim: '#4e79a7', speaker: 'x#4e79a7', sector: '#4e79a7ff' }
		});
	const read = (text: string) =>
		new XMLParser({
			ignoreAttributes: false,
			attributeNamePrefix: '',
			parseTagValue: false,
			isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name)
		}).parse(text).graphml;
	type Data = { key: string; '#text': string }[];
	const values = (data: Data | undefined) =>
		Object.fromEntries((data ?? []).map((d) => [d.key, d['#text']]));
	const node = (id: string) =>
		values(read(graphml()).graph.node.find((n: { id: string }) => n.id === id).data);

	it('is a formatted GraphML file with its declaration, namespace and schema', () => {
		const text = graphml();
		const root = read(text);
		expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml ')).toBe(true);
		expect(root.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
		expect(root['xmlns:xsi']).toBe('http://www.w3.org/2001/XMLSchema-instance');
		expect(root['xsi:schemaLocation']).toBe(
			'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd'
		);
		expect(text).toContain(
			'\n  <key id="g_title" for="graph" attr.name="title" attr.type="string"'
		);
		expect(text.endsWith('</graphml>\n')).toBe(true);
		expect(text.endsWith('\n\n')).toBe(false);
	});

	it('declares every attribute with its domain and type', () => {
		const root = read(graphml());
		const keys = root.key.map(
			(k: Record<string, string>) => `${k.for} ${k['attr.name']} ${k['attr.type']} ${k.id}`
		);
		expect(keys).toEqual([
			'graph title string g_title',
			'graph author string g_author',
			'graph source string g_source',
			'node type string n_type',
			'node label string n_label',
			'node text string n_text',
			'node speaker string n_speaker',
			'node relayed_by string n_relayed_by',
			'node view_of string n_view_of',
			'node citations string n_citations',
			'node cited_text string n_cited_text',
			'node x double n_x',
			'node y double n_y',
			'node r int n_r',
			'node g int n_g',
			'node b int n_b',
			'edge relation string e_relation',
			'edge label string e_label',
			'edge citations string e_citations',
			'edge cited_text string e_cited_text'
		]);
	});

	it('says which document it is: directed, titled, with author and source', () => {
		const root = read(graphml());
		expect(root.graph.id).toBe('five-questions-on-new-infrastructure');
		expect(root.graph.edgedefault).toBe('directed');
		expect(root.graph.desc).toBe(TITLE);
		expect(values(root.graph.data)).toEqual({
			g_title: TITLE,
			g_author: 'Wang Qiao',
			g_source: 'graph-data/five-questions-on-new-infrastructure/transcript.txt'
		});
	});

	it('gives a relayed view who passed it on and whose it is, and no speaker', () => {
		const relayed = node(RELAYED);
		expect(relayed.n_relayed_by).toBe('gong-haihan');
		expect(relayed.n_view_of).toBe('commentators');
		expect(relayed.n_speaker).toBeUndefined();
		const own = node(FIVE_G);
		expect(own).toMatchObject({
			n_type: 'claim',
			n_speaker: 'wang-qing',
			n_text: 'Given that experience, consensus and supply, Wang thinks 5G will break out first.',
			n_citations: 't3-s16',
			n_cited_text: 'So I think 5G will break out first.'
		});
		expect(own.n_relayed_by).toBeUndefined();
		expect(own.n_view_of).toBeUndefined();
		// A question is asked by someone; a speaker is nobody's.
		expect(node('q4').n_speaker).toBe('gong-haihan');
		expect(node('wang-qing').n_speaker).toBeUndefined();
	});

	it('colours only from a well-formed #rrggbb', () => {
		expect(node(FIVE_G)).toMatchObject({ n_r: '78', n_g: '121', n_b: '167' });
		expect(node('wang-qing').n_r).toBeUndefined();
		expect(node('blockchain').n_r).toBeUndefined();
	});

	it('labels an edge by its relation in words', () => {
		const edge = read(graphml()).graph.edge.find((e: { id: string }) => e.id === DISAGREES);
		expect(values(edge.data)).toEqual({
			e_relation: 'disagrees-with',
			e_label: 'disagrees with',
			e_citations: 't2-s14 t3-s16',
			e_cited_text:
				'From the perspective of the importance of the industry, I expect that the industrial Internet will emerge first. So I think 5G will break out first.'
		});
	});

	it('leaves out the author when the document names none', () => {
		const anonymous: Graph = { ...graph, document: { ...graph.document, author: null } };
		const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
			exportData(anonymous, 'graphml')
		);
		const keys = [doc.graphml.graph.data].flat().map((d: { key: string }) => d.key);
		expect(keys).toEqual(['g_title', 'g_source']);
	});
});

describe('CSV of claims, column by column', () => {
	const rows = (g: Graph) =>
		Papa.parse<Record<string, string>>(exportData(g, 'csv').slice(1), { header: true }).data;
	const row = (id: string, g = graph) => rows(g).find((r) => r.claim_id === id)!;

	it('a relayed view: whose it is, who passed it on, the question it was asked in', () => {
		expect(row(RELAYED)).toEqual({
			claim_id: RELAYED,
			claim:
				'Relayed by Gong Haihan: commentators say blockchain can only be a basic technology for now, not enough to be infrastructure',
			statement:
				'Commentators (relayed by the host, who does not say whether he holds the view) say blockchain can only be used as a basic technology at the moment, is not enough to become infrastructure, and so has not been included in new infrastructure.',
			kind: 'assertion',
			speaker: 'commentators',
			relayed_by: 'Gong Haihan',
			organisation: '',
			question: 'Blockchain only basic technology? How far to infrastructure?',
			answer: '',
			quoted_sentences:
				'There are comments that" blockchain can only be used as a basic technology at the moment, and it is not enough to become an infrastructure, so it has not been included in the new infrastructure.',
			sentence_ids: 't9-s1',
			lines: '92'
		});
	});

	it('a guest’s claim: their name, organisation, question and answer', () => {
		expect(row(FIVE_G)).toMatchObject({
			speaker: 'Wang Qing',
			relayed_by: '',
			organisation: 'Hubei Post and Telecommunications Planning and Design Institute',
			question: 'Why new infrastructure now? Which field breaks out first?',
			answer: "Wang Qing's answer to Q1"
		});
	});

	it('a claim quoting two sentences: one a line in the cell, ids and lines space-separated', () => {
		expect(row('article-5g-the-leader')).toMatchObject({
			speaker: 'Wang Qiao',
			quoted_sentences:
				'Recently, the three major telecom central enterprises and tower companies have stated that this year they will actively accelerate the construction of 5G and make greater contributions to the realization of a network power and the comprehensive construction of a well-off society.\nFor a time, 5G became the "leader" of the new infrastructure.',
			sentence_ids: 't0-s7 t0-s8',
			lines: '9 9'
		});
	});

	it('a claim made in two answers names both questions and both answers', () => {
		// As if Wang Qing had said it again answering Q2 (an edge added by hand).
		const twice: Graph = {
			...graph,
			edges: [
				...graph.edges,
				{
					id: `${FIVE_G}--made-in--q2-wang-qing`,
					source: FIVE_G,
					target: 'q2-wang-qing',
					relation: 'made-in',
					citations: ['t3-s16']
				}
			]
		};
		expect(row(FIVE_G, twice)).toMatchObject({
			question:
				"Why new infrastructure now? Which field breaks out first?; Blockchain's role in new infrastructure, and its scenarios",
			answer: "Wang Qing's answer to Q1; Wang Qing's answer to Q2"
		});
	});

	it('a claim without a kind has an empty kind', () => {
		const kindless: Graph = {
			...graph,
			nodes: graph.nodes.map((n) =>
				n.id === FIVE_G ? ({ ...n, kind: undefined } as unknown as GraphNode) : n
			)
		};
		expect(row(FIVE_G, kindless).kind).toBe('');
	});
});
