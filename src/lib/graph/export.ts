/**
 * Data exports of a graph, shared by the app's Export menu and `npm run graph:export`: Cytoscape
 * JSON (.cyjs), GraphML, a CSV of claims, and the compiled graph file itself. Every format keeps
 * the citations: sentence ids and the cited text. File names and image captions are in
 * ./export-meta (re-exported here), which the app loads without these serialisers.
 */
import Papa from 'papaparse';
import { XMLBuilder } from 'fast-xml-parser';
import type { Subgraph } from './query';
import { GraphIndex, nodeText, subgraphElements } from './query';
import type { Graph, GraphEdge, GraphNode, NodeType } from './schema';
import { toGexf } from './gexf';
import { toWebAnnotations } from './web-annotation';
import { toQdpx } from './qdpx';

export * from './export-meta';

export const DATA_FORMATS = [
	'cyjs',
	'graphml',
	'csv',
	'graph',
	'gexf',
	'webannotation',
	'qdpx'
] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
/** The data formats whose file is text; `qdpx` is a zip. */
export type TextDataFormat = Exclude<DataFormat, 'qdpx'>;

/** File extension and media type of each data format. */
export const DATA_FORMAT_FILES: Record<DataFormat, { extension: string; mime: string }> = {
	cyjs: { extension: 'cyjs', mime: 'application/json' },
	graphml: { extension: 'graphml', mime: 'application/graphml+xml' },
	csv: { extension: 'csv', mime: 'text/csv' },
	graph: { extension: 'graph.json', mime: 'application/json' },
	gexf: { extension: 'gexf', mime: 'application/gexf+xml' },
	webannotation: { extension: 'annotations.jsonld', mime: 'application/ld+json' },
	qdpx: { extension: 'qdpx', mime: 'application/zip' }
};

/** Node centres in model coordinates, by node id. */
export type Positions = Record<string, { x: number; y: number }>;

export interface ExportOptions {
	/** Only these elements (the current view); default: the whole graph. */
	subgraph?: Subgraph;
	/** Node positions, for formats that carry a layout (.cyjs, GraphML). */
	positions?: Positions;
	/** Node colours (`#rrggbb`) by type, for formats that carry them (GraphML `r`, `g`, `b`). */
	colours?: Partial<Record<NodeType, string>>;
	/** Node diameters in pixels by node id, as the app draws them (GEXF `viz:size`). */
	sizes?: Record<string, number>;
	/** The export's date (GEXF `lastmodifieddate`, Web Annotation and QDPX timestamps). */
	date?: Date;
	/** The transcript's text as the compiler read it (Web Annotation and QDPX carry it). */
	transcript?: string;
	/** A corpus: each document's transcript by document id (Web Annotation and QDPX). */
	transcripts?: Readonly<Record<string, string>>;
	/** The site's address, for the transcripts' IRIs and permalinks (Web Annotation). */
	siteUrl?: string;
	/** A corpus's documents that have no pages on the site (Web Annotation names them by urn). */
	unpublished?: readonly string[];
}

/**
 * Serialises `graph` in `format`. The `graph` format is the compiled file itself, byte for byte
 * as the compiler writes it, and always whole.
 *
 * @example
 * const graphml = exportData(graph, 'graphml', { positions: { 'wang-qing': { x: 0, y: 0 } } });
 */
export function exportData(graph: Graph, format: TextDataFormat, options?: ExportOptions): string;
export function exportData(graph: Graph, format: 'qdpx', options?: ExportOptions): Uint8Array;
export function exportData(
	graph: Graph,
	format: DataFormat,
	options?: ExportOptions
): string | Uint8Array;
export function exportData(
	graph: Graph,
	format: DataFormat,
	options: ExportOptions = {}
): string | Uint8Array {
	switch (format) {
		case 'gexf':
			return toGexf(graph, options);
		case 'webannotation':
			return `${JSON.stringify(toWebAnnotations(graph, options), null, 2)}\n`;
		case 'qdpx':
			return toQdpx(graph, options);
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

/** The text of the cited sentences, joined, for tools that cannot look sentence ids up. */
function citedText(index: GraphIndex, id: string): string {
	return index
		.sentencesOf(id)
		.map((s) => s.text)
		.join(' ');
}

/** "agrees-with" → "agrees with". */
const words = (relation: string) => relation.replaceAll('-', ' ');

/**
 * A node's data as flat values (strings, numbers, lists of strings), the kinds of attribute
 * Cytoscape desktop, Gephi and yEd read: every field of the node (a claim's quotes as their
 * text), `name` (Cytoscape desktop's label column; the label when the node has no name of its
 * own) and `cited_text`, the text of the sentences it cites.
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
	data.name ??= node.label;
	data.cited_text = citedText(index, node.id);
	return data;
}

export interface CytoscapeJson {
	format_version: '1.0';
	generated_by: string;
	target_cytoscapejs_version: string;
	data: Record<string, string | number | null>;
	elements: {
		nodes: { data: Record<string, unknown>; position?: { x: number; y: number } }[];
		edges: { data: Record<string, unknown> }[];
	};
}

/**
 * Cytoscape JSON (.cyjs) as Cytoscape desktop writes and reads it, and as `cy.json()` accepts:
 * every data field, citations included, and positions when known. Edges also carry
 * `interaction` (the relation, Cytoscape desktop's edge-type column) and `cited_text`.
 *
 * @example
 * cytoscape({ headless: true }).json(toCytoscapeJson(graph, { positions }));
 */
export function toCytoscapeJson(graph: Graph, options: ExportOptions = {}): CytoscapeJson {
	const index = new GraphIndex(graph);
	const { nodes, edges } = subgraphElements(graph, options.subgraph);
	const { document } = graph;
	return {
		format_version: '1.0',
		generated_by: 'citegraph',
		target_cytoscapejs_version: '~3.34',
		data: {
			name: document.title,
			document: document.id,
			title: document.title,
			author: document.author,
			editor: document.editor,
			date: document.date,
			language: document.language,
			source: document.source,
			format: graph.type,
			version: graph.version
		},
		elements: {
			nodes: nodes.map((node) => {
				const position = options.positions?.[node.id];
				return {
					data: flatNodeData(index, node),
					...(position ? { position: { x: position.x, y: position.y } } : {})
				};
			}),
			edges: edges.map((edge) => ({
				data: {
					...edge,
					interaction: edge.relation,
					name: `${edge.source} (${edge.relation}) ${edge.target}`,
					cited_text: citedText(index, edge.id)
				}
			}))
		}
	};
}

/** Declared GraphML attributes: name, type and where the value comes from. */
type GraphMLValue = string | number | undefined;
interface GraphMLKey<T> {
	name: string;
	type: 'string' | 'double' | 'int';
	value: (element: T) => GraphMLValue;
}

/** "#4e79a7" → [78, 121, 167]; undefined for anything else. */
function rgb(colour: string | undefined): [number, number, number] | undefined {
	const match = colour?.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
	return match
		? ([1, 2, 3].map((i) => parseInt(match[i]!, 16)) as [number, number, number])
		: undefined;
}

/**
 * GraphML for Gephi, yEd and Cytoscape desktop. Nodes declare `type`, `label`, `text` (a claim's
 * statement, a question's text…), `speaker` (for a relayed view instead `relayed_by` and
 * `view_of`, whose view it is), `citations` (space-separated sentence ids),
 * `cited_text`, and when known `x`, `y` and the colour as `r`, `g`, `b` (the attribute names
 * Gephi reads as position and colour); edges declare `relation`, `label`, `citations` and
 * `cited_text`. The document's title, author and source are graph attributes.
 *
 * @example
 * toGraphML(graph, { positions, colours: { speaker: '#4e79a7' } });
 */
export function toGraphML(graph: Graph, options: ExportOptions = {}): string {
	const index = new GraphIndex(graph);
	const { nodes, edges } = subgraphElements(graph, options.subgraph);
	const position = (node: GraphNode) => options.positions?.[node.id];
	const colour = (node: GraphNode) => rgb(options.colours?.[node.type]);
	const nodeKeys: GraphMLKey<GraphNode>[] = [
		{ name: 'type', type: 'string', value: (n) => n.type },
		{ name: 'label', type: 'string', value: (n) => n.label },
		{ name: 'text', type: 'string', value: (n) => nodeText(n) },
		{
			name: 'speaker',
			type: 'string',
			value: (n) => ('speaker' in n && !(n.type === 'claim' && n.relayed) ? n.speaker : undefined)
		},
		{
			name: 'relayed_by',
			type: 'string',
			value: (n) => (n.type === 'claim' && n.relayed ? n.speaker : undefined)
		},
		{
			name: 'view_of',
			type: 'string',
			value: (n) => (n.type === 'claim' && n.relayed ? n.relayed.holder : undefined)
		},
		{ name: 'citations', type: 'string', value: (n) => n.citations.join(' ') },
		{ name: 'cited_text', type: 'string', value: (n) => citedText(index, n.id) },
		{ name: 'x', type: 'double', value: (n) => position(n)?.x },
		{ name: 'y', type: 'double', value: (n) => position(n)?.y },
		{ name: 'r', type: 'int', value: (n) => colour(n)?.[0] },
		{ name: 'g', type: 'int', value: (n) => colour(n)?.[1] },
		{ name: 'b', type: 'int', value: (n) => colour(n)?.[2] }
	];
	const edgeKeys: GraphMLKey<GraphEdge>[] = [
		{ name: 'relation', type: 'string', value: (e) => e.relation },
		{ name: 'label', type: 'string', value: (e) => words(e.relation) },
		{ name: 'citations', type: 'string', value: (e) => e.citations.join(' ') },
		{ name: 'cited_text', type: 'string', value: (e) => citedText(index, e.id) }
	];
	const graphKeys: GraphMLKey<Graph>[] = [
		{ name: 'title', type: 'string', value: (g) => g.document.title },
		{ name: 'author', type: 'string', value: (g) => g.document.author ?? undefined },
		{ name: 'source', type: 'string', value: (g) => g.document.source }
	];

	const declare = (prefix: string, domain: string, keys: GraphMLKey<never>[]) =>
		keys.map((key) => ({
			'@_id': `${prefix}_${key.name}`,
			'@_for': domain,
			'@_attr.name': key.name,
			'@_attr.type': key.type
		}));
	const data = <T>(prefix: string, keys: GraphMLKey<T>[], element: T) =>
		keys.flatMap((key) => {
			const value = key.value(element);
			return value === undefined || value === ''
				? []
				: [{ '@_key': `${prefix}_${key.name}`, '#text': xmlCharacters(String(value)) }];
		});

	const document = {
		'?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
		graphml: {
			'@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
			'@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'@_xsi:schemaLocation':
				'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
			key: [
				...declare('g', 'graph', graphKeys),
				...declare('n', 'node', nodeKeys),
				...declare('e', 'edge', edgeKeys)
			],
			graph: {
				'@_id': graph.document.id,
				'@_edgedefault': 'directed',
				desc: xmlCharacters(graph.document.title),
				data: data('g', graphKeys, graph),
				node: nodes.map((node) => ({ '@_id': node.id, data: data('n', nodeKeys, node) })),
				edge: edges.map((edge) => ({
					'@_id': edge.id,
					'@_source': edge.source,
					'@_target': edge.target,
					data: data('e', edgeKeys, edge)
				}))
			}
		}
	};
	const xml = new XMLBuilder({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		format: true,
		indentBy: '  ',
		suppressEmptyNode: true
	}).build(document);
	return xml.endsWith('\n') ? xml : `${xml}\n`;
}

/**
 * Drops the characters XML 1.0 cannot hold at all, even escaped (NUL and the other C0 controls
 * but tab and line breaks, lone surrogates, U+FFFE/U+FFFF), so the file stays well-formed. The
 * compiler already refuses control characters; this keeps GraphML sound for any graph file.
 */
export function xmlCharacters(text: string): string {
	return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/**
 * Cells a spreadsheet would run as a formula: starting with = + - @ (after any spaces), a tab
 * or a carriage return. Papa Parse's own test stops at the first line break, so a cell of
 * several lines needs this one; such cells get a leading apostrophe.
 */
const FORMULA_CELL = /^(?:\s*[=+\-@]|[\t\r])/;

export const CLAIMS_CSV_COLUMNS = [
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
] as const;

/**
 * One row per claim, ready for a spreadsheet: the claim, its speaker and their organisation (for
 * a relayed view: whose view it is as `speaker`, and who passed it on as `relayed_by`), the
 * question it answers, its quoted sentences (one a line within the cell), their ids and the
 * transcript lines they start on. UTF-8 with a byte-order mark and CRLF line ends, as spreadsheet
 * programs expect; cells that a spreadsheet would run as a formula are escaped.
 *
 * @example
 * Papa.parse(toClaimsCsv(graph).slice(1), { header: true }).data.length; // the number of claims
 */
export function toClaimsCsv(graph: Graph, options: ExportOptions = {}): string {
	const index = new GraphIndex(graph);
	const { nodes } = subgraphElements(graph, options.subgraph);
	const label = (id: string | null | undefined) => (id ? (index.node(id)?.label ?? id) : '');
	const rows = nodes.flatMap((node) => {
		if (node.type !== 'claim') return [];
		const speaker = index.node(node.speaker);
		const organisation = speaker?.type === 'speaker' ? speaker.organization : null;
		const answers = index.answersOf(node.id).map((id) => index.node(id));
		const questions = answers.map((a) => (a?.type === 'answer' ? a.question : undefined));
		const madeInQuestion = index
			.edgesOf(node.id)
			.filter(
				(e) =>
					e.relation === 'made-in' &&
					e.source === node.id &&
					index.node(e.target)?.type === 'question'
			)
			.map((e) => e.target);
		const sentences = index.sentencesOf(node.id);
		const row: Record<(typeof CLAIMS_CSV_COLUMNS)[number], string> = {
			claim_id: node.id,
			claim: node.label,
			statement: node.statement,
			kind: node.kind ?? '',
			// A relayed view is its holder's, passed on by the speaker: never the speaker's claim.
			speaker: node.relayed
				? node.relayed.holder
				: speaker?.type === 'speaker'
					? speaker.name
					: label(node.speaker),
			relayed_by: node.relayed ? label(node.speaker) : '',
			organisation: node.relayed ? label(node.relayed.source) : label(organisation),
			question: [...new Set([...questions, ...madeInQuestion])].map(label).join('; '),
			answer: answers.map((a) => a?.label ?? '').join('; '),
			quoted_sentences: sentences.map((s) => s.text).join('\n'),
			sentence_ids: sentences.map((s) => s.id).join(' '),
			lines: sentences.map((s) => s.line).join(' ')
		};
		return [CLAIMS_CSV_COLUMNS.map((column) => row[column])];
	});
	const csv = Papa.unparse(
		{ fields: [...CLAIMS_CSV_COLUMNS], data: rows },
		{ newline: '\r\n', escapeFormulae: FORMULA_CELL }
	);
	return `\uFEFF${csv}\r\n`;
}
