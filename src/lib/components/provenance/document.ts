import { GraphIndex } from '$lib/graph/query';
import type { Graph } from '$lib/graph/schema';

const indexes = new WeakMap<Graph, GraphIndex>();

/** One index per loaded graph, shared by every page prerendered from it. */
export function indexOf(graph: Graph): GraphIndex {
	let index = indexes.get(graph);
	if (!index) {
		index = new GraphIndex(graph);
		indexes.set(graph, index);
	}
	return index;
}
