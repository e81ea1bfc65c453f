/**
 * Data exports of a graph, shared by the app's Export menu and `npm run graph:export`: Cytoscape
 * JSON (.cyjs), GraphML, a CSV of claims, and the compiled graph file itself. Every format keeps
 * the citations: sentence ids and the cited text.
 */
import Papa from 'papaparse';
import { create } from 'xmlbuilder2';
import type { Subgraph } from './query';
import { GraphIndex, nodeText } from './query';
import type { Graph, GraphEdge, GraphNode } from './schema';

export const DATA_FORMATS = ['cyjs', 'graphml', 'csv', 'graph'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** File extension and media type of each data format. */
export const DATA_FORMAT_FILES: Record<DataFormat, { extension: string; mime: string }> = {
	cyjs: { extension: 'cyjs', mime: 'application/json' },
	graphml: { extension: 'graphml', mime: 'application/graphml+xml' },
	csv: { extension: 'csv', mime: 'text/csv' },
	graph: { extension: 'graph.json', mime: 'application/json' }
};

export type Positions = Record<string, { x: number; y: number }>;

export interface ExportOptions {
	/** Only these elements (the current view); default: the whole graph. */
	subgraph?: Subgraph;
	/** Node positions, for formats that carry a layout. */
	positions?: Positions;
}

/**
 * A file name that says what the file is: document, view and date.
 *
 * @example
 * exportFileName('five-questions', 'whole graph', new Date('2026-11-24'), 'graphml');
 * // 'five-questions_whole-graph_2026-11-24.graphml'
 */
export function exportFileName(
	document: string,
	view: string,
	date: Date,
	extension: string
): string {
	const slug = view
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${document}_${slug || 'graph'}_${date.toISOString().slice(0, 10)}.${extension}`;
}

/** Serialises `graph` in `format`. */
export function exportData(graph: Graph, format: DataFormat, options: ExportOptions = {}): string {
	switch (format) {
		case 'cyjs':
			return `${JSON.stringify(toCytoscapeJson(graph, options), null, 2)}\n`;
		case 'graphml':
			return toGraphML(graph, options);
		case 'csv':
			return toClaimsCsv(graph, options);
		case 'graph':
			return `${JSON.stringify(graph, null, '\t')}\n`;
	}
}

function selected(graph: Graph, subgraph?: Subgraph): { nodes: GraphNode[]; edges: GraphEdge[] } {
	if (!subgraph) return { nodes: graph.nodes, edges: graph.edges };
	return {
		nodes: graph.nodes.filter((n) => subgraph.nodes.has(n.id)),
		edges: graph.edges.filter(
			(e) =>
				subgraph.edges.has(e.id) && subgraph.nodes.has(e.source) && subgraph.nodes.has(e.target)
		)
	};
}

/** The text of the cited sentences, joined, for tools that cannot look sentence ids up. */
function citedText(index: GraphIndex, id: string): string {
	return index
		.sentencesOf(id)
		.map((s) => s.text)
		.join(' ');
}

/**
 * A node's data as flat values (strings, numbers, lists of strings), the kinds of attribute
 * Cytoscape desktop, Gephi and yEd read.
 */
export function flatNodeData(
	index: GraphIndex,
	node: GraphNode
): Record<string, string | number | string[]> {
	const data: Record<string, string | number | string[]> = {};
	for (const [key, value] of Object.entries(node)) {
		if (key === 'quotes' && node.type === 'claim') {
			data.quotes = node.quotes.map((q) => q.text);
		} else if (Array.isArray(value)) {
			data[key] = value.map(String);
		} else if (value !== null && value !== undefined) {
			data[key] = value as string | number;
		}
	}
	data.cited_text = citedText(index, node.id);
	return data;
}

export interface CytoscapeJson {
	format_version: '1.0';
	generated_by: string;
	target_cytoscapejs_version: string;
	data: Record<string, string | null>;
	elements: {
		nodes: { data: Record<string, unknown>; position?: { x: number; y: number } }[];
		edges: { data: Record<string, unknown> }[];
	};
}

/**
 * Cytoscape JSON (.cyjs) as Cytoscape desktop writes and reads it, and as `cy.json()` accepts:
 * every data field, citations included, and positions when known.
 */
export function toCytoscapeJson(graph: Graph, options: ExportOptions = {}): CytoscapeJson {
	const index = new GraphIndex(graph);
	const { nodes, edges } = selected(graph, options.subgraph);
	return {
		format_version: '1.0',
		generated_by: 'citegraph',
		target_cytoscapejs_version: '~3.34',
		data: {
			name: graph.document.title,
			document: graph.document.id,
			source: graph.document.source,
			author: graph.document.author
		},
		elements: {
			nodes: nodes.map((node) => {
				const position = options.positions?.[node.id];
				return { data: flatNodeData(index, node), ...(position ? { position } : {}) };
			}),
			edges: edges.map((edge) => ({
				data: { ...edge, cited_text: citedText(index, edge.id) }
			}))
		}
	};
}

/** Attributes declared in GraphML, with the node or edge field each comes from. */
const GRAPHML_NODE_KEYS = [
	'type',
	'label',
	'text',
	'speaker',
	'citations',
	'cited_text',
	'x',
	'y'
] as const;
const GRAPHML_EDGE_KEYS = ['relation', 'citations', 'cited_text'] as const;

/**
 * GraphML for Gephi, yEd and Cytoscape desktop, with type, label, text, speaker, relation and
 * citations as declared attributes (citations as space-separated sentence ids).
 */
export function toGraphML(graph: Graph, options: ExportOptions = {}): string {
	const index = new GraphIndex(graph);
	const { nodes, edges } = selected(graph, options.subgraph);
	const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
		xmlns: 'http://graphml.graphdrawing.org/xmlns',
		'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
		'xsi:schemaLocation':
			'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd'
	});
	for (const key of GRAPHML_NODE_KEYS) {
		const type = key === 'x' || key === 'y' ? 'double' : 'string';
		root.ele('key', { id: `n_${key}`, for: 'node', 'attr.name': key, 'attr.type': type });
	}
	for (const key of GRAPHML_EDGE_KEYS) {
		root.ele('key', { id: `e_${key}`, for: 'edge', 'attr.name': key, 'attr.type': 'string' });
	}
	const g = root.ele('graph', { id: graph.document.id, edgedefault: 'directed' });
	g.ele('desc').txt(graph.document.title);
	for (const node of nodes) {
		const el = g.ele('node', { id: node.id });
		const position = options.positions?.[node.id];
		const values: Record<(typeof GRAPHML_NODE_KEYS)[number], string | undefined> = {
			type: node.type,
			label: node.label,
			text: nodeText(node),
			speaker: 'speaker' in node ? node.speaker : undefined,
			citations: node.citations.join(' '),
			cited_text: citedText(index, node.id),
			x: position ? String(position.x) : undefined,
			y: position ? String(position.y) : undefined
		};
		for (const key of GRAPHML_NODE_KEYS) {
			const value = values[key];
			if (value !== undefined && value !== '') el.ele('data', { key: `n_${key}` }).txt(value);
		}
	}
	for (const edge of edges) {
		const el = g.ele('edge', { id: edge.id, source: edge.source, target: edge.target });
		el.ele('data', { key: 'e_relation' }).txt(edge.relation);
		el.ele('data', { key: 'e_citations' }).txt(edge.citations.join(' '));
		el.ele('data', { key: 'e_cited_text' }).txt(citedText(index, edge.id));
	}
	return `${root.end({ prettyPrint: true })}\n`;
}

export const CLAIMS_CSV_COLUMNS = [
	'claim_id',
	'claim',
	'statement',
	'kind',
	'speaker',
	'organisation',
	'question',
	'answer',
	'quoted_sentences',
	'sentence_ids'
] as const;

/**
 * One row per claim, ready for a spreadsheet: the claim, its speaker and their organisation, the
 * question it answers, its quoted sentences and their ids.
 */
export function toClaimsCsv(graph: Graph, options: ExportOptions = {}): string {
	const index = new GraphIndex(graph);
	const { nodes } = selected(graph, options.subgraph);
	const label = (id: string | null | undefined) => (id ? (index.node(id)?.label ?? id) : '');
	const rows = nodes.flatMap((node) => {
		if (node.type !== 'claim') return [];
		const speaker = index.node(node.speaker);
		const organisation = speaker?.type === 'speaker' ? speaker.organization : null;
		const answers = index.answersOf(node.id).map((id) => index.node(id));
		const questions = answers.map((a) => (a?.type === 'answer' ? a.question : undefined));
		const madeInQuestion = index
			.edgesOf(node.id)
			.filter((e) => e.relation === 'made-in' && index.node(e.target)?.type === 'question')
			.map((e) => e.target);
		const sentences = index.sentencesOf(node.id);
		return [
			{
				claim_id: node.id,
				claim: node.label,
				statement: node.statement,
				kind: node.kind ?? '',
				speaker: label(node.speaker),
				organisation: label(organisation),
				question: [...questions, ...madeInQuestion].map(label).join('; '),
				answer: answers.map((a) => a?.label ?? '').join('; '),
				quoted_sentences: sentences.map((s) => s.text).join('\n'),
				sentence_ids: sentences.map((s) => s.id).join(' ')
			}
		];
	});
	return `${Papa.unparse({ fields: [...CLAIMS_CSV_COLUMNS], data: rows.map((r) => CLAIMS_CSV_COLUMNS.map((c) => r[c])) }, { newline: '\r\n' })}\r\n`;
}
