/**
 * The explorer's view state as plain data, and the rules that keep it consistent: what a view
 * puts on screen, how choosing a hidden element brings it into view, and what a filter change
 * drops. Pure functions over a {@link GraphIndex}; the rune class in `explorer.svelte.ts` holds
 * the current value and the URL mirrors it (`url.ts`).
 */
import {
	neighbourhood,
	visibleSubgraph,
	type GraphFilter,
	type GraphIndex,
	type Subgraph
} from '$lib/graph/query';
import { NODE_TYPES, RELATION_NAMES, type NodeType, type Relation } from '$lib/graph/vocabulary';

/** Everything about what the reader is looking at; the URL holds it so links and history work. */
export interface ViewState {
	/** The selected node or edge id. */
	selected: string | null;
	/** The node whose neighbourhood is in focus. */
	focus: string | null;
	/** How many steps around the focused node to show (1–3). */
	depth: number;
	/** Node types shown; empty shows all. */
	types: NodeType[];
	/** Show only what these speakers said; empty shows everyone. */
	speakers: string[];
	/** Relations shown; empty shows all. */
	relations: Relation[];
	/** Nodes whose answers are expanded into the graph. */
	expanded: string[];
	/** The search box's text. */
	query: string;
}

export const INITIAL_VIEW: ViewState = {
	selected: null,
	focus: null,
	depth: 1,
	types: [],
	speakers: [],
	relations: [],
	expanded: [],
	query: ''
};

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 3;

/** The filter part of a view. */
export function filterOf(view: ViewState): GraphFilter {
	return {
		types: view.types,
		speakers: view.speakers,
		relations: view.relations,
		expanded: view.expanded
	};
}

/**
 * What a view puts on screen: the filtered graph, narrowed to the focused node's neighbourhood
 * when there is a focus.
 */
export function shownSubgraph(index: GraphIndex, view: ViewState, visible?: Subgraph): Subgraph {
	const filtered = visible ?? visibleSubgraph(index, filterOf(view));
	if (view.focus === null || !filtered.nodes.has(view.focus)) return filtered;
	return neighbourhood(index, view.focus, view.depth, filtered);
}

/**
 * The questions and speakers on screen whose answers are collapsed: expanding them would bring
 * answers into the graph.
 */
export function collapsedNodes(index: GraphIndex, shown: Subgraph, visible: Subgraph): Set<string> {
	return new Set(
		[...shown.nodes].filter((id) => {
			const type = index.node(id)?.type;
			return (
				(type === 'question' || type === 'speaker') &&
				index.answersOf(id).some((answer) => !visible.nodes.has(answer))
			);
		})
	);
}

/** No nodes. */
export const NO_NODES: ReadonlySet<string> = new Set();

/** The node types a graph has, in legend order. */
export function typesIn(index: GraphIndex): NodeType[] {
	const present = new Set(index.graph.nodes.map((node) => node.type));
	return NODE_TYPES.filter((type) => present.has(type));
}

/** The relations a graph has, in vocabulary order. */
export function relationsIn(index: GraphIndex): Relation[] {
	const present = new Set(index.graph.edges.map((edge) => edge.relation));
	return RELATION_NAMES.filter((relation) => present.has(relation));
}

/** Whether `id` (a node or an edge) is in a subgraph. */
export function contains(subgraph: Subgraph, id: string): boolean {
	return subgraph.nodes.has(id) || subgraph.edges.has(id);
}

/** A type list in legend order, with "every type" written as the empty list. */
export function canonicalTypes(types: Iterable<NodeType>): NodeType[] {
	const wanted = new Set(types);
	const list = NODE_TYPES.filter((type) => wanted.has(type));
	return list.length === NODE_TYPES.length ? [] : list;
}

/** A relation list in vocabulary order, with "every relation" written as the empty list. */
export function canonicalRelations(relations: Iterable<Relation>): Relation[] {
	const wanted = new Set(relations);
	const list = RELATION_NAMES.filter((relation) => wanted.has(relation));
	return list.length === RELATION_NAMES.length ? [] : list;
}

/**
 * The smallest change to `view`'s filters and focus that puts node or edge `id` on screen:
 * its type and relation are shown again, an answer's question is expanded, a speaker filter
 * that excludes it is lifted, and a focus elsewhere moves onto it. Unknown ids change nothing.
 *
 * @example
 * reveal(index, INITIAL_VIEW, 'q1-wang-qing').expanded; // ['q1']
 */
export function reveal(index: GraphIndex, view: ViewState, id: string): ViewState {
	const edge = index.edges.get(id);
	if (edge) {
		let next = revealNode(index, revealNode(index, view, edge.source), edge.target);
		if (next.relations.length > 0 && !next.relations.includes(edge.relation)) {
			next = { ...next, relations: canonicalRelations([...next.relations, edge.relation]) };
		}
		const visible = visibleSubgraph(index, filterOf(next));
		if (!visible.edges.has(id)) next = { ...next, types: [], speakers: [], relations: [] };
		if (next.focus !== null && !contains(shownSubgraph(index, next), id)) {
			next = { ...next, focus: edge.source };
		}
		return next;
	}
	if (!index.nodes.has(id)) return view;
	const next = revealNode(index, view, id);
	if (next.focus !== null && !shownSubgraph(index, next).nodes.has(id)) {
		return { ...next, focus: id };
	}
	return next;
}

/** Lifts the filters that hide a node (focus aside). */
function revealNode(index: GraphIndex, view: ViewState, id: string): ViewState {
	const node = index.nodes.get(id);
	if (!node) return view;
	let next = view;
	if (next.types.length > 0 && !next.types.includes(node.type)) {
		next = { ...next, types: canonicalTypes([...next.types, node.type]) };
	}
	if (node.type === 'answer') {
		const open = next.expanded.some((opener) => index.answersOf(opener).includes(id));
		if (!open) next = { ...next, expanded: [...next.expanded, node.question] };
	}
	if (!visibleSubgraph(index, filterOf(next)).nodes.has(id)) {
		next = { ...next, speakers: [] };
	}
	return next;
}

/**
 * Drops what a view can no longer show: ids the graph does not have, a focus whose node the
 * filters hide, and a selection that is not on screen.
 */
export function normalize(index: GraphIndex, view: ViewState): ViewState {
	const isNode = (id: string) => index.nodes.has(id);
	const speakers = unique(view.speakers).filter((id) => index.nodes.get(id)?.type === 'speaker');
	const expanded = unique(view.expanded).filter((id) => index.answersOf(id).length > 0);
	const depth = Number.isInteger(view.depth)
		? Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, view.depth))
		: MIN_DEPTH;
	let next: ViewState = {
		...view,
		depth,
		types: canonicalTypes(view.types.filter((t) => NODE_TYPES.includes(t))),
		relations: canonicalRelations(view.relations.filter((r) => RELATION_NAMES.includes(r))),
		speakers,
		expanded
	};
	const visible = visibleSubgraph(index, filterOf(next));
	if (next.focus !== null && (!isNode(next.focus) || !visible.nodes.has(next.focus))) {
		next = { ...next, focus: null };
	}
	if (next.selected !== null && !contains(shownSubgraph(index, next, visible), next.selected)) {
		next = { ...next, selected: null };
	}
	return same(next, view) ? view : next;
}

/**
 * Applies a user's change to a view: a newly selected or focused element is revealed first,
 * then whatever the change leaves unshowable is dropped.
 */
export function applyChange(
	index: GraphIndex,
	view: ViewState,
	change: Partial<ViewState>
): ViewState {
	let next: ViewState = { ...view, ...change };
	if (change.focus != null) next = reveal(index, next, change.focus);
	if (change.selected != null) next = reveal(index, next, change.selected);
	return normalize(index, next);
}

/** Whether two views show the same thing. */
export function same(a: ViewState, b: ViewState): boolean {
	return (
		a.selected === b.selected &&
		a.focus === b.focus &&
		a.depth === b.depth &&
		a.query === b.query &&
		sameList(a.types, b.types) &&
		sameList(a.speakers, b.speakers) &&
		sameList(a.relations, b.relations) &&
		sameList(a.expanded, b.expanded)
	);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}

function unique<T>(items: readonly T[]): T[] {
	return [...new Set(items)];
}
