/**
 * The explorer's view state as plain data, and the rules that keep it consistent: what a view
 * puts on screen, how choosing a hidden element brings it into view, and what a filter change
 * drops. Pure functions over a {@link GraphIndex}; the rune class in `explorer.svelte.ts` holds
 * the current value and the URL mirrors it (`url.ts`).
 */
import {
	openAnswersOf,
	neighbourhood,
	visibleSubgraph,
	type GraphFilter,
	type GraphIndex,
	type Subgraph
} from '$lib/graph/query';
import { InterviewSequence } from '$lib/graph/sequence';
import { connection, traceToSpeaker } from '$lib/graph/trace';
import {
	DEFAULT_ARRANGEMENT,
	NODE_TYPES,
	RELATION_NAMES,
	type Arrangement,
	type NodeType,
	type Relation
} from '$lib/graph/vocabulary';

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
	/** A sentence of the transcript whose citing elements are selected (instead of `selected`). */
	sentence: string | null;
	/** The node whose evidence chain to its speaker is shown; it is also the selected node. */
	trace: string | null;
	/** Two nodes whose connection is shown, the first being the selected node; else empty. */
	connect: string[];
	/** The turn (its position in the transcript) the interview is followed up to, or null. */
	step: number | null;
	/** Whether the transcript pane is open. */
	reader: boolean;
	/** How the graph is arranged: by speaker, by question, or the force-layout overview. */
	layout: Arrangement;
}

export const INITIAL_VIEW: ViewState = {
	selected: null,
	focus: null,
	depth: 1,
	types: [],
	speakers: [],
	relations: [],
	expanded: [],
	query: '',
	sentence: null,
	trace: null,
	connect: [],
	step: null,
	reader: true,
	layout: DEFAULT_ARRANGEMENT
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
	const filtered = visible ?? visibleOf(index, view);
	if (view.focus === null || !filtered.nodes.has(view.focus)) return filtered;
	return neighbourhood(index, view.focus, view.depth, filtered);
}

const sequences = new WeakMap<GraphIndex, InterviewSequence>();

/** The interview's turns in order, with the graph as it stood after each (made once per index). */
export function sequenceOf(index: GraphIndex): InterviewSequence {
	let steps = sequences.get(index);
	if (!steps) {
		steps = new InterviewSequence(index);
		sequences.set(index, steps);
	}
	return steps;
}

/** Whether node or edge `id` had been said by turn `step`. */
function saidBy(index: GraphIndex, step: number, id: string): boolean {
	const steps = sequenceOf(index);
	if (steps.at(step) === undefined) return true;
	const at = steps.saidAt(id);
	return at !== undefined && at <= step;
}

/** What the filters and the interview's step leave, nodes left without edges included. */
function filteredOf(index: GraphIndex, view: ViewState): Subgraph {
	const filtered = visibleSubgraph(index, filterOf(view));
	const at = view.step === null ? undefined : sequenceOf(index).at(view.step);
	if (!at) return filtered;
	return {
		nodes: new Set([...filtered.nodes].filter((id) => at.graph.nodes.has(id))),
		edges: new Set([...filtered.edges].filter((id) => at.graph.edges.has(id)))
	};
}

/** A subgraph without the nodes none of its edges touch. */
function joinedOnly(index: GraphIndex, subgraph: Subgraph): Subgraph {
	const joined = new Set<string>();
	for (const id of subgraph.edges) {
		const edge = index.edges.get(id);
		if (edge) joined.add(edge.source).add(edge.target);
	}
	return {
		nodes: new Set([...subgraph.nodes].filter((id) => joined.has(id))),
		edges: subgraph.edges
	};
}

/**
 * What the filters leave in the graph, and, while the interview is followed turn by turn, only
 * what had been said by the current turn: the layout's input. A relation filter asks to see
 * those relations, so the nodes it leaves without any edge are hidden too
 * ({@link unjoinedCount} says how many).
 */
export function visibleOf(index: GraphIndex, view: ViewState): Subgraph {
	const filtered = filteredOf(index, view);
	return view.relations.length > 0 ? joinedOnly(index, filtered) : filtered;
}

/** How many nodes a relation filter hides because it leaves them without an edge. */
export function unjoinedCount(index: GraphIndex, view: ViewState): number {
	if (view.relations.length === 0) return 0;
	return filteredOf(index, view).nodes.size - visibleOf(index, view).nodes.size;
}

/** The nodes and edges of an evidence chain (a trace or a connection), or null for none. */
export function evidenceOf(
	index: GraphIndex,
	view: ViewState
): { nodes: string[]; edges: string[] } | null {
	const steps =
		view.trace !== null
			? traceToSpeaker(index, view.trace).chains.flat()
			: view.connect.length === 2
				? connection(index, view.connect[0]!, view.connect[1]!)
				: null;
	if (steps === null) return null;
	const start = view.trace ?? view.connect[0]!;
	const nodes = unique([start, ...steps.flatMap((step) => [step.from, step.to])]);
	return { nodes, edges: unique(steps.map((step) => step.edge.id)) };
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
 * Whether every answer `id` opens is open (by `id` itself or by others: after "Expand all" the
 * questions open a speaker's answers). False for a node that opens none.
 */
export function answersOpen(index: GraphIndex, open: ReadonlySet<string>, id: string): boolean {
	const answers = index.answersOf(id);
	return answers.length > 0 && answers.every((answer) => open.has(answer));
}

/**
 * The expanded nodes once `id`'s answers are put away, whoever opened them, with every other open
 * answer left open. An opener that also opened one of `id`'s answers is dropped, and what else it
 * opened is opened again by its question, its speaker or a claim made in it, whichever opens
 * nothing being closed (after "Expand all", collapsing a speaker leaves the other speakers
 * expanded). An answer nothing else can open without reopening `id`'s is closed too.
 *
 * @example
 * collapseAnswers(index, ['q1', 'q2'], 'wang-qing'); // the other speakers' answers, still open
 */
export function collapseAnswers(
	index: GraphIndex,
	expanded: readonly string[],
	id: string
): string[] {
	const closing = new Set(index.answersOf(id));
	const wanted = new Set([...openAnswersOf(index, expanded)].filter((a) => !closing.has(a)));
	const opensOnlyWanted = (opener: string) => {
		const answers = index.answersOf(opener);
		return answers.length > 0 && answers.every((a) => wanted.has(a));
	};
	const kept = expanded.filter((opener) => opener !== id && opensOnlyWanted(opener));
	const open = openAnswersOf(index, kept);
	for (const answer of wanted) {
		if (open.has(answer)) continue;
		const node = index.node(answer);
		if (node?.type !== 'answer') continue;
		const claims = index
			.edgesOf(answer)
			.filter((e) => e.relation === 'made-in' && e.target === answer)
			.map((e) => e.source);
		const opener = [node.question, node.speaker, ...claims].find(opensOnlyWanted);
		if (opener === undefined) continue;
		kept.push(opener);
		for (const a of index.answersOf(opener)) open.add(a);
	}
	return kept;
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
	if (view.step !== null && !saidBy(index, view.step, id)) view = { ...view, step: null };
	const edge = index.edges.get(id);
	if (edge) {
		let next = view;
		if (next.relations.length > 0 && !next.relations.includes(edge.relation)) {
			next = { ...next, relations: canonicalRelations([...next.relations, edge.relation]) };
		}
		next = revealNode(index, revealNode(index, next, edge.source), edge.target);
		const visible = visibleOf(index, next);
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
	if (!visibleOf(index, next).nodes.has(id)) {
		next = { ...next, speakers: [] };
	}
	// A relation filter that leaves the node without an edge hides it: show every relation.
	if (!visibleOf(index, next).nodes.has(id)) {
		next = { ...next, relations: [] };
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
	const steps = sequenceOf(index).length;
	if (next.step !== null && !(Number.isInteger(next.step) && next.step >= 0 && next.step < steps)) {
		next = { ...next, step: null };
	}
	if (next.sentence !== null && index.citing(next.sentence).nodes.length === 0) {
		if (index.citing(next.sentence).edges.length === 0) next = { ...next, sentence: null };
	}
	if (next.sentence !== null && next.selected !== null) next = { ...next, sentence: null };
	if (next.trace !== null && (next.trace !== next.selected || !isNode(next.trace))) {
		next = { ...next, trace: null };
	}
	if (
		next.connect.length > 0 &&
		(next.connect.length !== 2 ||
			next.connect[0] !== next.selected ||
			!next.connect.every(isNode) ||
			next.trace !== null)
	) {
		next = { ...next, connect: [] };
	}
	const visible = visibleOf(index, next);
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
	// A new selection ends a sentence's selection, a trace and a connection unless it carries them.
	if (change.selected !== undefined) {
		if (change.sentence === undefined) next = { ...next, sentence: null };
		if (change.trace === undefined) next = { ...next, trace: null };
		if (change.connect === undefined) next = { ...next, connect: [] };
	}
	if (change.focus != null) next = reveal(index, next, change.focus);
	if (change.selected != null) next = reveal(index, next, change.selected);
	if (change.sentence != null) {
		next = { ...next, selected: null, focus: null, trace: null, connect: [] };
		const { nodes, edges } = index.citing(change.sentence);
		for (const id of [...nodes, ...edges]) next = reveal(index, next, id);
	}
	const evidence =
		change.trace != null || change.connect?.length === 2 ? evidenceOf(index, next) : null;
	if (evidence) {
		next = { ...next, focus: null };
		for (const id of [...evidence.nodes, ...evidence.edges]) next = reveal(index, next, id);
	}
	return normalize(index, next);
}

/** Whether two views show the same thing. */
export function same(a: ViewState, b: ViewState): boolean {
	return (
		a.selected === b.selected &&
		a.focus === b.focus &&
		a.depth === b.depth &&
		a.query === b.query &&
		a.sentence === b.sentence &&
		a.trace === b.trace &&
		a.step === b.step &&
		a.reader === b.reader &&
		a.layout === b.layout &&
		sameList(a.connect, b.connect) &&
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
