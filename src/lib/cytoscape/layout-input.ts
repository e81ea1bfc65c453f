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
	/**
	 * How far the middle of the footprint lies below the node's position: a landmark's label
	 * hangs under its body, so its footprint is not centred on the node. 0 when absent.
	 */
	below?: number;
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

/** What the canvas draws round a node's body: border, outline and ring (measured: 12 at most). */
const EDGE_OF_BODY = 12;

/**
 * The footprint of every node of a graph as the canvas draws it: its body, sized by degree, and
 * for a landmark (speaker, question, sector, concept) the label under it, estimated from its
 * length (about twenty characters a line, as the stylesheet wraps it). `below` is how far the
 * footprint's middle lies below the node's position, since the label hangs under the body.
 */
export function footprints(
	graph: Graph
): Map<string, { width: number; height: number; below: number }> {
	const degree = degrees(graph);
	const maxDegree = Math.max(0, ...degree.values());
	const size = nodeSize(maxDegree);
	const font = labelSize(maxDegree);
	return new Map(
		graph.nodes.map((node) => {
			const d = degree.get(node.id) ?? 0;
			// The body with its border, outline and the ring of a collapsed question round it.
			const body = size(d) + EDGE_OF_BODY;
			if (!LANDMARKS.has(node.type)) return [node.id, { width: body, height: body, below: 0 }];
			const fontSize = font(node.type, d);
			const lines = Math.ceil(node.label.length / 20);
			// About 0.6 em a character: measured in Chromium, short names with capitals ("Wang
			// Qing") run to 0.64 em, so a little is added for them.
			const labelWidth = Math.min(node.label.length, 20) * fontSize * 0.6 + fontSize;
			const labelHeight = lines * fontSize * 1.2 + 3;
			return [
				node.id,
				{
					width: Math.max(body, labelWidth),
					height: body + labelHeight,
					below: labelHeight / 2
				}
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
