import { getContext, hasContext, setContext } from 'svelte';
import { GraphIndex, openAnswersOf, type GraphFilter, type Subgraph } from '$lib/graph/query';
import type { InterviewSequence, SequenceStep } from '$lib/graph/sequence';
import type { Graph } from '$lib/graph/schema';
import type { GraphSearch } from '$lib/graph/search';
import type { Arrangement, NodeType, Relation } from '$lib/graph/vocabulary';
import { viewFromSearch, viewToSearch } from './url';
import {
	answersOpen,
	applyChange,
	canonicalRelations,
	collapseAnswers,
	canonicalTypes,
	collapsedNodes,
	evidenceOf,
	filterOf,
	INITIAL_VIEW,
	MAX_DEPTH,
	MIN_DEPTH,
	NO_NODES,
	same,
	relationsIn,
	sequenceOf,
	shownSubgraph,
	unjoinedCount,
	visibleOf,
	typesIn,
	type ViewState
} from './view';

export { INITIAL_VIEW, type ViewState } from './view';

/** Elements to emphasise over the rest, e.g. an evidence path or the elements citing a sentence. */
export interface Highlight {
	nodes: string[];
	edges: string[];
}

/**
 * Where the explorer writes its state so that links and back/forward work: the page's URL.
 * `push` records a step the reader can go back to, `replace` amends the current one.
 */
export interface ViewHistory {
	push(search: string): void;
	replace(search: string): void;
}

/** How a change is recorded in the history. */
export type HistoryMode = 'push' | 'replace';

/**
 * The explorer's view state over one graph, shared through context. Components read it and call
 * its methods; they never write its fields directly.
 */
export class Explorer {
	readonly index: GraphIndex;
	view = $state.raw<ViewState>(INITIAL_VIEW);

	/** Transient emphasis (not in the URL): shown over the graph, the rest fades. */
	highlight = $state.raw<Highlight | null>(null);

	/** The filters in force (focus aside). */
	readonly filter: GraphFilter = $derived(filterOf(this.view));

	/** What the filters leave in the graph: the layout's input. */
	readonly visible: Subgraph = $derived.by(() => visibleOf(this.index, this.view));

	/**
	 * How many answers are out of the graph only because they are collapsed into their questions
	 * (not filtered out, and already said when the interview is followed turn by turn).
	 */
	readonly collapsedAnswers: number = $derived.by(() => {
		if (!this.showsType('answer')) return 0;
		const said = this.step?.graph.nodes;
		return this.graph.nodes.filter(
			(node) =>
				node.type === 'answer' &&
				!this.visible.nodes.has(node.id) &&
				(said === undefined || said.has(node.id)) &&
				(this.view.speakers.length === 0 || this.view.speakers.includes(node.speaker))
		).length;
	});

	/** How many nodes the relation filter hides because it leaves them without an edge. */
	readonly unjoined: number = $derived.by(() => unjoinedCount(this.index, this.view));

	/** What is on screen: the visible graph, narrowed to the focus's neighbourhood if any. */
	readonly shown: Subgraph = $derived.by(() => shownSubgraph(this.index, this.view, this.visible));

	/**
	 * Questions and speakers on screen whose answers are collapsed: expanding them would bring
	 * answers in. Empty while the answer type is filtered out.
	 */
	readonly collapsed: ReadonlySet<string> = $derived.by(() =>
		this.showsType('answer') ? collapsedNodes(this.index, this.shown, this.visible) : NO_NODES
	);

	/**
	 * What is selected in the graph: the selected element, or every element on screen that cites
	 * the selected sentence.
	 */
	readonly selection: readonly string[] = $derived.by(() => {
		const { selected, sentence } = this.view;
		if (selected !== null) return [selected];
		if (sentence === null) return [];
		const { nodes, edges } = this.index.citing(sentence);
		return [...nodes, ...edges].filter(
			(id) => this.shown.nodes.has(id) || this.shown.edges.has(id)
		);
	});

	/** The evidence chain on show (a trace or a connection), or null. */
	readonly evidence: Highlight | null = $derived.by(() => evidenceOf(this.index, this.view));

	/** What the graph emphasises: a transient highlight first, else the evidence chain. */
	readonly emphasis: Highlight | null = $derived(this.highlight ?? this.evidence);

	/** The turn the interview is followed up to, or null when the whole graph is shown. */
	readonly step: SequenceStep | null = $derived(
		this.view.step === null ? null : (this.sequence.at(this.view.step) ?? null)
	);

	/** The search index once loaded (see `loadSearch`). */
	#search = $state.raw<GraphSearch | null>(null);
	#searchLoad: Promise<GraphSearch> | null = null;

	/**
	 * @param graph the compiled graph
	 * @param history where the view is recorded (the page's URL), or null
	 * @param isDefaultDocument whether the home page shows this graph, so its links are short
	 * @param hasPages whether the document has prerendered pages (permalinks, the stance view);
	 *   a document imported in the browser has none
	 */
	constructor(
		readonly graph: Graph,
		private readonly history: ViewHistory | null = null,
		readonly isDefaultDocument = true,
		readonly hasPages = true
	) {
		this.index = new GraphIndex(graph);
	}

	/** The interview's turns in order, each with the graph as it stood after it. */
	get sequence(): InterviewSequence {
		return sequenceOf(this.index);
	}

	get selected(): string | null {
		return this.view.selected;
	}

	get focus(): string | null {
		return this.view.focus;
	}

	/** Full-text search over the graph's nodes; null until `loadSearch` has loaded it. */
	get search(): GraphSearch | null {
		return this.#search;
	}

	/**
	 * Loads the search code and builds the index, once: the graph is drawn without them, and
	 * they load when a search box is first used.
	 */
	loadSearch(): Promise<GraphSearch> {
		this.#searchLoad ??= import('$lib/graph/search').then(({ GraphSearch }) => {
			const search = new GraphSearch(this.graph);
			this.#search = search;
			return search;
		});
		return this.#searchLoad;
	}

	/**
	 * Changes the view. Every user action goes through here: a selected or focused element the
	 * filters hide is brought into view, and the URL records the step (`push`, the default) or
	 * amends the current one (`replace`, for typing).
	 */
	update(change: Partial<ViewState>, mode: HistoryMode = 'push') {
		const next = applyChange(this.index, this.view, change);
		if (same(next, this.view)) return;
		this.view = next;
		this.history?.[mode](viewToSearch(next));
	}

	/** Shows the view a URL's query string describes, without recording a step. */
	restore(search: string) {
		const next = viewFromSearch(search, this.index);
		if (!same(next, this.view)) this.view = next;
	}

	/** Selects a node or edge by id (bringing it into view), or clears the selection with null. */
	select(id: string | null) {
		this.update({ selected: id });
	}

	/** The answers the expanded nodes open. */
	readonly openAnswers: ReadonlySet<string> = $derived.by(() =>
		openAnswersOf(this.index, this.view.expanded)
	);

	/**
	 * Whether all the answers of a question, speaker or claim are in the graph, whichever
	 * expanded node opened them.
	 */
	isExpanded(id: string): boolean {
		return answersOpen(this.index, this.openAnswers, id);
	}

	/** Brings the answers of a question, speaker or claim into the graph. */
	expand(id: string) {
		if (!this.isExpanded(id)) this.update({ expanded: [...this.view.expanded, id] });
	}

	/** Puts them away again, whoever opened them; the other open answers stay. */
	collapse(id: string) {
		this.update({ expanded: collapseAnswers(this.index, this.view.expanded, id) });
	}

	toggleExpanded(id: string) {
		if (this.isExpanded(id)) this.collapse(id);
		else this.expand(id);
	}

	/** Whether a node opens answers when expanded. */
	canExpand(id: string): boolean {
		const node = this.index.node(id);
		return node !== undefined && node.type !== 'answer' && this.index.answersOf(id).length > 0;
	}

	/** Expands every question, so every answer is in the graph. */
	expandAll() {
		const questions = this.graph.nodes.filter((n) => n.type === 'question').map((n) => n.id);
		const closed = questions.filter((id) => !this.isExpanded(id));
		this.update({ expanded: [...this.view.expanded, ...closed] });
	}

	/** Collapses every answer back into its question. */
	collapseAll() {
		this.update({ expanded: [] });
	}

	/** Shows only the neighbourhood of a node (null leaves focus mode). */
	setFocus(id: string | null) {
		this.update({ focus: id });
	}

	setDepth(depth: number) {
		this.update({ depth: Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, Math.round(depth))) });
	}

	/** Whether nodes of a type are shown. */
	showsType(type: NodeType): boolean {
		return this.view.types.length === 0 || this.view.types.includes(type);
	}

	/** Shows or hides a node type. The last type shown stays shown. */
	toggleType(type: NodeType) {
		const present = typesIn(this.index);
		const shown = present.filter((t) => this.showsType(t));
		const next = this.showsType(type) ? shown.filter((t) => t !== type) : [...shown, type];
		if (next.length === 0) return;
		this.update({ types: next.length === present.length ? [] : canonicalTypes(next) });
	}

	/** Whether a type is the only one shown. */
	showsOnlyType(type: NodeType): boolean {
		return this.view.types.length === 1 && this.view.types[0] === type;
	}

	/** Shows nodes of one type alone, or, if it already is alone, every type again. */
	onlyType(type: NodeType) {
		this.update({ types: this.showsOnlyType(type) ? [] : canonicalTypes([type]) });
	}

	/** Whether a relation is the only one shown. */
	showsOnlyRelation(relation: Relation): boolean {
		return this.view.relations.length === 1 && this.view.relations[0] === relation;
	}

	/**
	 * Shows edges of one relation alone (and so only the nodes they join), or, if it already is
	 * alone, every relation again.
	 */
	onlyRelation(relation: Relation) {
		this.update({
			relations: this.showsOnlyRelation(relation) ? [] : canonicalRelations([relation])
		});
	}

	/** Whether edges of a relation are shown. */
	showsRelation(relation: Relation): boolean {
		return this.view.relations.length === 0 || this.view.relations.includes(relation);
	}

	/** Shows or hides a relation. The last relation shown stays shown. */
	toggleRelation(relation: Relation) {
		const present = relationsIn(this.index);
		const shown = present.filter((r) => this.showsRelation(r));
		const next = this.showsRelation(relation)
			? shown.filter((r) => r !== relation)
			: [...shown, relation];
		if (next.length === 0) return;
		this.update({ relations: next.length === present.length ? [] : canonicalRelations(next) });
	}

	/** Adds or removes a speaker from "show only what these speakers said". */
	toggleSpeaker(speaker: string) {
		const speakers = this.view.speakers.includes(speaker)
			? this.view.speakers.filter((s) => s !== speaker)
			: [...this.view.speakers, speaker];
		this.update({ speakers });
	}

	/** Shows every type, relation and speaker again. */
	resetFilters() {
		this.update({ types: [], relations: [], speakers: [] });
	}

	/** Sets the search text; typing amends the current history step rather than adding one. */
	setQuery(query: string, mode: HistoryMode = 'replace') {
		this.update({ query }, mode);
	}

	/** Selects every element that cites a sentence of the transcript (bringing them into view). */
	selectSentence(sentence: string) {
		this.update({ sentence });
	}

	/** Shows how a node traces back to its speaker (selecting it), or clears the trace with null. */
	trace(id: string | null) {
		if (id === null) this.update({ trace: null });
		else this.update({ selected: id, trace: id });
	}

	/** Shows how two nodes are connected (selecting the first). */
	connect(from: string, to: string) {
		this.update({ selected: from, connect: [from, to] });
	}

	/** Clears a trace or a connection; returns whether there was one. */
	clearEvidence(): boolean {
		if (this.view.trace === null && this.view.connect.length === 0) return false;
		this.update({ trace: null, connect: [] });
		return true;
	}

	/** Follows the interview up to a turn (clamped to the transcript), or shows it all with null. */
	setStep(step: number | null) {
		const last = this.sequence.length - 1;
		this.update({ step: step === null ? null : Math.min(last, Math.max(0, Math.round(step))) });
	}

	/** Opens or closes the transcript pane. */
	setReader(open: boolean) {
		this.update({ reader: open });
	}

	/** Arranges the graph another way (by speaker, by question, overview). */
	setLayout(layout: Arrangement) {
		this.update({ layout });
	}

	/** Emphasises some elements (the rest fades), or clears the emphasis with null. */
	setHighlight(highlight: Highlight | null) {
		this.highlight = highlight;
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
