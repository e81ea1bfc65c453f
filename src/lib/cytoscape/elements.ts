import type { ElementDefinition } from 'cytoscape';
import { claimNumbers } from '../graph/query';
import type { Graph } from '../graph/schema';
import { NODE_TYPES, type NodeType, type Relation } from '../graph/vocabulary';
import { labelSizing } from './label-room';
import { labelSize, nodeSize } from './style';

/** What a node carries into Cytoscape: enough to style and identify it, nothing more. */
export interface NodeData {
	id: string;
	label: string;
	type: NodeType;
	/** Number of edges touching the node. */
	degree: number;
	/**
	 * Sizes the stylesheet reads as plain data, worked out once here: function-valued style
	 * properties are evaluated again for every element on every restyle, which held the main
	 * thread on each filter toggle. `size` is the body's diameter, `font` the label size, `wrap`
	 * the label's line width (about twenty characters) and `z` its stacking order (bigger labels
	 * on top), all from the degree. A name's `font` grows as the view zooms out, from `baseFont`
	 * (label-room.ts, `nameFont`), so that names stay readable.
	 */
	size: number;
	font: number;
	baseFont: number;
	wrap: number;
	z: number;
	/** A claim's number (claimNumbers), drawn as its key when its label is not. */
	number?: number;
	/** True for a relayed view (a claim a speaker passes on without holding it). */
	relayed?: true;
	/** True for the article's author and the claims of the article's own framing. */
	framing?: true;
}

/** What an edge carries into Cytoscape. */
export interface EdgeData {
	id: string;
	source: string;
	target: string;
	relation: Relation;
	/** Type of the source node, so selectors can tell a claim's edges from an answer's. */
	sourceType: NodeType;
	/** The relation in words ("agrees with"), shown on a selected edge. */
	label: string;
}

/** "agrees-with" → "agrees with". */
export function relationWords(relation: Relation): string {
	return relation.replaceAll('-', ' ');
}

/** Edges touching each node, counted in both directions. */
export function degrees(graph: Graph): Map<string, number> {
	const degree = new Map<string, number>(graph.nodes.map((node) => [node.id, 0]));
	for (const edge of graph.edges) {
		degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
		degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
	}
	return degree;
}

/**
 * Converts a compiled graph into Cytoscape element definitions. Nodes are where `positions` (by
 * default the graph's precomputed layout, in the arrangement it opens on) puts them; a graph without one starts them on a circle, grouped by type in
 * legend order, so that a layout seeded from these positions is the same on every load.
 */
export function toElements(
	graph: Graph,
	positions: Readonly<Record<string, { x: number; y: number }>> | undefined = graph.layout
		?.positions
): ElementDefinition[] {
	const degree = degrees(graph);
	const maxDegree = Math.max(0, ...degree.values());
	const size = nodeSize(maxDegree);
	const fontSize = labelSize(maxDegree);
	const numbers = claimNumbers(graph);
	const authors = new Set(
		graph.nodes.filter((n) => n.type === 'speaker' && n.role === 'author').map((n) => n.id)
	);
	const framing = (node: Graph['nodes'][number]) =>
		authors.has(node.id) || (node.type === 'claim' && authors.has(node.speaker));
	const ordered = graph.nodes
		.map((node, index) => ({ node, index }))
		.sort(
			(a, b) =>
				NODE_TYPES.indexOf(a.node.type) - NODE_TYPES.indexOf(b.node.type) || a.index - b.index
		);
	const radius = 60 * Math.sqrt(Math.max(ordered.length, 1));

	const nodes: ElementDefinition[] = ordered.map(({ node }, i) => {
		const angle = (2 * Math.PI * i) / ordered.length;
		const d = degree.get(node.id) ?? 0;
		const font = fontSize(node.type, d);
		const data: NodeData = {
			id: node.id,
			label: node.label,
			type: node.type,
			degree: d,
			size: size(d),
			...labelSizing(font),
			baseFont: font,
			...(numbers.has(node.id) ? { number: numbers.get(node.id)! } : {}),
			...(node.type === 'claim' && node.relayed ? { relayed: true as const } : {}),
			...(framing(node) ? { framing: true as const } : {})
		};
		return {
			group: 'nodes',
			data,
			position: (positions?.[node.id] && { ...positions[node.id]! }) ?? {
				x: radius * Math.cos(angle),
				y: radius * Math.sin(angle)
			}
		};
	});
	const typeOf = new Map(graph.nodes.map((node) => [node.id, node.type]));
	const edges: ElementDefinition[] = graph.edges.map((edge) => {
		const data: EdgeData = {
			id: edge.id,
			source: edge.source,
			target: edge.target,
			relation: edge.relation,
			// The compiler guarantees that both ends of every edge exist.
			sourceType: typeOf.get(edge.source)!,
			label: relationWords(edge.relation)
		};
		return { group: 'edges', data };
	});
	return [...nodes, ...edges];
}
