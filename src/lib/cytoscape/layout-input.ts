/**
 * What a layout is given: nodes with their sizes, and edges. Built on the main thread (cheap, no
 * Cytoscape) and handed to the build's layout or to the layout worker.
 */
import { GraphIndex, NO_FILTER, visibleSubgraph } from '../graph/query';
import type { Graph } from '../graph/schema';
import { degrees } from './elements';
import { LANDMARKS, labelSize, nodeSize } from './style';

/** A node to lay out: its size (body and, for a landmark, its label) and where it starts. */
export interface LayoutNode {
	id: string;
	width: number;
	height: number;
	/** Where the node starts; nodes without one start on a circle, in input order. */
	x?: number;
	y?: number;
	/** Placed after the others, beside its neighbours, rather than by the force layout. */
	later?: boolean;
}

export interface LayoutEdge {
	source: string;
	target: string;
}

export interface LayoutInput {
	nodes: LayoutNode[];
	edges: LayoutEdge[];
}

/**
 * The footprint of every node of a graph as the canvas draws it: its body, sized by degree, and
 * for a landmark (speaker, question, sector, concept) the label under it, estimated from its
 * length (about twenty characters a line, as the stylesheet wraps it).
 */
export function footprints(graph: Graph): Map<string, { width: number; height: number }> {
	const degree = degrees(graph);
	const maxDegree = Math.max(0, ...degree.values());
	const size = nodeSize(maxDegree);
	const font = labelSize(maxDegree);
	return new Map(
		graph.nodes.map((node) => {
			const d = degree.get(node.id) ?? 0;
			const body = size(d);
			if (!LANDMARKS.has(node.type)) return [node.id, { width: body, height: body }];
			const fontSize = font(node.type, d);
			const lines = Math.ceil(node.label.length / 20);
			const labelWidth = Math.min(node.label.length, 20) * fontSize * 0.55;
			return [
				node.id,
				{ width: Math.max(body, labelWidth), height: body + lines * fontSize * 1.2 + 3 }
			];
		})
	);
}

/**
 * What to lay out for a document: the nodes of its opening view (answers collapsed) by force,
 * with the edges between them; then the answers, each beside its question and its claims, so
 * expanding one puts it in place without moving anything else.
 */
export function documentLayoutInput(graph: Graph): LayoutInput {
	const opening = visibleSubgraph(new GraphIndex(graph), NO_FILTER).nodes;
	const sizes = footprints(graph);
	return {
		nodes: graph.nodes.map((node) => ({
			id: node.id,
			...sizes.get(node.id)!,
			later: !opening.has(node.id)
		})),
		edges: graph.edges.map((edge) => ({ source: edge.source, target: edge.target }))
	};
}
