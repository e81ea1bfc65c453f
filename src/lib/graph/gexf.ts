/**
 * GEXF 1.3 (https://gexf.net/), the format Gephi and Gephi Lite read and write: every node with
 * its type, label and, when the caller knows them, the colour, size and position the app draws it
 * with (the `viz` namespace); every edge with its relation and its citations (sentence ids and the
 * cited text) as attributes. Pure: no DOM, no side effects at import.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { Subgraph } from './query';
import { GraphIndex, nodeText, subgraphElements } from './query';
import type { Graph, GraphEdge, GraphNode, NodeType } from './schema';
import { escapeXml } from './xml';

/** Node centres in model coordinates (y grows downwards, as the app draws), by node id. */
export type GexfPositions = Record<string, { x: number; y: number }>;

export interface GexfOptions {
	/** Only these elements (the current view); default: the whole graph. */
	subgraph?: Subgraph;
	/** Node positions as the app draws them; none are written when absent. */
	positions?: GexfPositions;
	/** Node colours (`#rrggbb`) by type. */
	colours?: Partial<Record<NodeType, string>>;
	/** Node diameters in pixels, by node id, as the app draws them. */
	sizes?: Record<string, number>;
	/** The file's `lastmodifieddate`; default: today (UTC). */
	date?: Date;
}

/** The GEXF 1.3 namespaces. */
export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

/** "#4e79a7" → [78, 121, 167]; undefined for anything else. */
function rgb(colour: string | undefined): [number, number, number] | undefined {
	const match = colour?.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
	return match
		? ([1, 2, 3].map((i) => parseInt(match[i]!, 16)) as [number, number, number])
		: undefined;
}

interface Attribute<T> {
	id: string;
	type: 'string' | 'integer' | 'boolean';
	value: (element: T) => string | undefined;
}

/**
 * The graph as GEXF 1.3. Node attributes: `type`, `text` (a claim's statement, a question's
 * text…), `speaker` (or, for a relayed view, `relayed_by` and `view_of`), `citations`
 * (space-separated sentence ids) and `cited_text`; edge attributes: `relation`, `citations` and
 * `cited_text`, with the relation in words as the edge's label. Colour, size and position go in
 * the `viz` namespace; positions are written with y negated, since Gephi's y axis points up and
 * the app's down, so the drawing reads the same way round.
 *
 * @example
 * toGexf(graph, { colours: { claim: '#e15759' }, sizes: { 'wang-qing': 40 } });
 */
export function toGexf(graph: Graph, options: GexfOptions = {}): string {
	const index = new GraphIndex(graph);
	const { nodes, edges } = subgraphElements(graph, options.subgraph);
	const cited = (id: string) =>
		index
			.sentencesOf(id)
			.map((s) => s.text)
			.join(' ');
	const nodeAttributes: Attribute<GraphNode>[] = [
		{ id: 'type', type: 'string', value: (n) => n.type },
		{ id: 'text', type: 'string', value: (n) => nodeText(n) || undefined },
		{
			id: 'speaker',
			type: 'string',
			value: (n) => ('speaker' in n && !(n.type === 'claim' && n.relayed) ? n.speaker : undefined)
		},
		{
			id: 'relayed_by',
			type: 'string',
			value: (n) => (n.type === 'claim' && n.relayed ? n.speaker : undefined)
		},
		{
			id: 'view_of',
			type: 'string',
			value: (n) => (n.type === 'claim' && n.relayed ? n.relayed.holder : undefined)
		},
		{ id: 'citations', type: 'string', value: (n) => n.citations.join(' ') || undefined },
		{ id: 'cited_text', type: 'string', value: (n) => cited(n.id) || undefined }
	];
	const edgeAttributes: Attribute<GraphEdge>[] = [
		{ id: 'relation', type: 'string', value: (e) => e.relation },
		{ id: 'citations', type: 'string', value: (e) => e.citations.join(' ') },
		{ id: 'cited_text', type: 'string', value: (e) => cited(e.id) }
	];
	const declare = (attributes: Attribute<never>[]) =>
		attributes.map((a) => ({ '@_id': a.id, '@_title': a.id, '@_type': a.type }));
	const values = <T>(attributes: Attribute<T>[], element: T) => {
		const attvalue = attributes.flatMap((a) => {
			const value = a.value(element);
			return value === undefined ? [] : [{ '@_for': a.id, '@_value': escapeXml(value) }];
		});
		return attvalue.length ? { attvalue } : undefined;
	};
	const viz = (node: GraphNode) => {
		const colour = rgb(options.colours?.[node.type]);
		const size = options.sizes?.[node.id];
		const position = options.positions?.[node.id];
		return {
			...(colour ? { 'viz:color': { '@_r': colour[0], '@_g': colour[1], '@_b': colour[2] } } : {}),
			...(size !== undefined ? { 'viz:size': { '@_value': round(size) } } : {}),
			...(position
				? {
						'viz:position': {
							'@_x': round(position.x),
							'@_y': round(-position.y || 0),
							'@_z': 0
						}
					}
				: {})
		};
	};
	const date = (options.date ?? new Date()).toISOString().slice(0, 10);
	const { document } = graph;
	const description = [
		document.description,
		`Compiled by Citegraph from ${document.source}; every edge cites its source sentences.`
	]
		.filter(Boolean)
		.join(' ');
	const xml = {
		'?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
		gexf: {
			'@_xmlns': GEXF_NAMESPACE,
			'@_xmlns:viz': GEXF_VIZ_NAMESPACE,
			'@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'@_xsi:schemaLocation': `${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd`,
			'@_version': '1.3',
			meta: {
				'@_lastmodifieddate': date,
				creator: 'Citegraph',
				title: escapeXml(document.title),
				description: escapeXml(description)
			},
			graph: {
				'@_defaultedgetype': 'directed',
				'@_mode': 'static',
				attributes: [
					{ '@_class': 'node', attribute: declare(nodeAttributes) },
					{ '@_class': 'edge', attribute: declare(edgeAttributes) }
				],
				nodes: {
					node: nodes.map((node) => ({
						'@_id': escapeXml(node.id),
						'@_label': escapeXml(node.label),
						attvalues: values(nodeAttributes, node),
						...viz(node)
					}))
				},
				edges: {
					edge: edges.map((edge) => ({
						'@_id': escapeXml(edge.id),
						'@_source': escapeXml(edge.source),
						'@_target': escapeXml(edge.target),
						'@_label': edge.relation.replaceAll('-', ' '),
						attvalues: values(edgeAttributes, edge)
					}))
				}
			}
		}
	};
	const text = new XMLBuilder({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		format: true,
		indentBy: '  ',
		suppressEmptyNode: true,
		// Values are escaped above, once: the builder must not escape them again.
		processEntities: false
	}).build(xml);
	return text.endsWith('\n') ? text : `${text}\n`;
}

const round = (n: number) => Math.round(n * 100) / 100;
