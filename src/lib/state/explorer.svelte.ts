import { getContext, hasContext, setContext } from 'svelte';
import { GraphIndex, visibleSubgraph, type GraphFilter, type Subgraph } from '$lib/graph/query';
import type { Graph } from '$lib/graph/schema';
import type { NodeType, Relation } from '$lib/graph/vocabulary';

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

/**
 * The explorer's view state over one graph, shared through context. Components read it and call
 * its methods; they never write its fields directly.
 */
export class Explorer {
	readonly index: GraphIndex;
	view = $state.raw<ViewState>(INITIAL_VIEW);

	/** The filters in force (focus aside). */
	readonly filter: GraphFilter = $derived({
		types: this.view.types,
		speakers: this.view.speakers,
		relations: this.view.relations,
		expanded: this.view.expanded
	});

	/** What the filters leave in the graph. */
	readonly visible: Subgraph = $derived.by(() => visibleSubgraph(this.index, this.filter));

	constructor(readonly graph: Graph) {
		this.index = new GraphIndex(graph);
	}

	get selected(): string | null {
		return this.view.selected;
	}

	/** Changes the view. Every user action goes through here. */
	update(change: Partial<ViewState>) {
		this.view = { ...this.view, ...change };
	}

	/** Selects a node or edge by id, or clears the selection with null. */
	select(id: string | null) {
		this.update({ selected: id });
	}

	isExpanded(id: string): boolean {
		return this.view.expanded.includes(id);
	}

	/** Brings the answers of a question, speaker or claim into the graph. */
	expand(id: string) {
		if (!this.isExpanded(id)) this.update({ expanded: [...this.view.expanded, id] });
	}

	/** Puts them away again. */
	collapse(id: string) {
		this.update({ expanded: this.view.expanded.filter((e) => e !== id) });
	}

	toggleExpanded(id: string) {
		if (this.isExpanded(id)) this.collapse(id);
		else this.expand(id);
	}
}

const KEY = Symbol('citegraph.explorer');

/** Makes an explorer available to the calling component and its descendants. */
export function setExplorerContext(explorer: Explorer): Explorer {
	return setContext(KEY, explorer);
}

/** The explorer provided by an ancestor (DocumentView); throws if there is none. */
export function getExplorerContext(): Explorer {
	if (!hasContext(KEY)) {
		throw new Error(
			'No explorer in context: render this component inside DocumentView, or call ' +
				'setExplorerContext(new Explorer(graph)) in a parent component first.'
		);
	}
	return getContext<Explorer>(KEY);
}
