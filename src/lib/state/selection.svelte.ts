import { getContext, hasContext, setContext } from 'svelte';

/** The element the reader is looking at: a node or an edge of the graph, by id. */
export type Selected = { kind: 'node'; id: string } | { kind: 'edge'; id: string };

/** What is selected in the graph view. One per document view, shared through context. */
export class GraphSelection {
	current = $state.raw<Selected | null>(null);

	/** Id of the selected node or edge, or null. */
	get id(): string | null {
		return this.current?.id ?? null;
	}

	selectNode(id: string) {
		this.current = { kind: 'node', id };
	}

	selectEdge(id: string) {
		this.current = { kind: 'edge', id };
	}

	clear() {
		this.current = null;
	}
}

const KEY = Symbol('citegraph.selection');

/** Makes a selection available to the calling component and its descendants. */
export function setSelectionContext(selection: GraphSelection = new GraphSelection()) {
	return setContext(KEY, selection);
}

/** The selection provided by an ancestor (DocumentView); throws if there is none. */
export function getSelectionContext(): GraphSelection {
	if (!hasContext(KEY)) {
		throw new Error(
			'No graph selection in context: render this component inside DocumentView, or call ' +
				'setSelectionContext() in a parent component first.'
		);
	}
	return getContext<GraphSelection>(KEY);
}
