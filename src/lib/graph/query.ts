/**
 * Questions asked of a compiled graph: what connects to what, what a filter leaves visible,
 * which elements cite a sentence, and how two nodes are connected through cited edges.
 */
import type { Graph, GraphEdge, GraphNode, NodeType, Relation, Sentence, Turn } from './schema';

/** Lookup tables over a graph, built once per graph. */
export class GraphIndex {
	readonly nodes: Map<string, GraphNode>;
	readonly edges: Map<string, GraphEdge>;
	readonly sentences: Map<string, Sentence>;
	readonly turns: Map<string, Turn>;
	private readonly incident = new Map<string, GraphEdge[]>();
	private readonly citingSentence = new Map<string, { nodes: string[]; edges: string[] }>();

	constructor(readonly graph: Graph) {
		this.nodes = new Map(graph.nodes.map((n) => [n.id, n]));
		this.edges = new Map(graph.edges.map((e) => [e.id, e]));
		this.sentences = new Map(graph.sentences.map((s) => [s.id, s]));
		this.turns = new Map(graph.turns.map((t) => [t.id, t]));
		for (const node of graph.nodes) this.incident.set(node.id, []);
		for (const edge of graph.edges) {
			this.incident.get(edge.source)?.push(edge);
			if (edge.target !== edge.source) this.incident.get(edge.target)?.push(edge);
		}
		const citing = (sentence: string) => {
			let entry = this.citingSentence.get(sentence);
			if (!entry) {
				entry = { nodes: [], edges: [] };
				this.citingSentence.set(sentence, entry);
			}
			return entry;
		};
		for (const node of graph.nodes) for (const s of node.citations) citing(s).nodes.push(node.id);
		for (const edge of graph.edges) for (const s of edge.citations) citing(s).edges.push(edge.id);
	}

	node(id: string): GraphNode | undefined {
		return this.nodes.get(id);
	}

	#claimNumbers: Map<string, number> | undefined;

	/** Each claim's number ({@link claimNumbers}), worked out once. */
	get claimNumbers(): ReadonlyMap<string, number> {
		this.#claimNumbers ??= claimNumbers(this.graph);
		return this.#claimNumbers;
	}

	/** Edges with `id` at either end. */
	edgesOf(id: string): GraphEdge[] {
		return this.incident.get(id) ?? [];
	}

	/** The node at the other end of `edge` from `id`. */
	other(edge: GraphEdge, id: string): string {
		return edge.source === id ? edge.target : edge.source;
	}

	/** The nodes and edges that cite a sentence. */
	citing(sentence: string): { nodes: string[]; edges: string[] } {
		return this.citingSentence.get(sentence) ?? { nodes: [], edges: [] };
	}

	/** Every sentence cited by any node or edge. */
	citedSentences(): Set<string> {
		return new Set(this.citingSentence.keys());
	}

	/** The speaker a node is spoken by (claims, answers, questions) or is (speakers), else null. */
	speakerOf(id: string): string | null {
		const node = this.nodes.get(id);
		if (!node) return null;
		if (node.type === 'speaker') return node.id;
		if ('speaker' in node) return node.speaker;
		return null;
	}

	/** The sentences a node or edge cites, in reading order. */
	sentencesOf(id: string): Sentence[] {
		const element = this.nodes.get(id) ?? this.edges.get(id);
		return (element?.citations ?? [])
			.map((s) => this.sentences.get(s))
			.filter((s): s is Sentence => s !== undefined)
			.sort((a, b) => a.start - b.start);
	}

	/** The answers (nodes) a node opens when expanded: a question's, a speaker's, a claim's. */
	answersOf(id: string): string[] {
		const node = this.nodes.get(id);
		if (!node) return [];
		const answers = this.graph.nodes.filter((n) => n.type === 'answer');
		switch (node.type) {
			case 'question':
				return answers.filter((a) => a.question === id).map((a) => a.id);
			case 'speaker':
				return answers.filter((a) => a.speaker === id).map((a) => a.id);
			case 'claim':
				return this.edgesOf(id)
					.filter((e) => e.relation === 'made-in' && e.source === id)
					.map((e) => e.target)
					.filter((t) => this.nodes.get(t)?.type === 'answer');
			case 'answer':
				return [id];
			default:
				return [];
		}
	}
}

export interface Subgraph {
	nodes: Set<string>;
	edges: Set<string>;
}

/**
 * The nodes of `graph` in `subgraph`, and the edges in it whose two ends are in it, in file
 * order; the whole graph without one. What every export of "the current view" writes.
 */
export function subgraphElements(
	graph: Graph,
	subgraph?: Subgraph
): { nodes: GraphNode[]; edges: GraphEdge[] } {
	if (!subgraph) return { nodes: graph.nodes, edges: graph.edges };
	return {
		nodes: graph.nodes.filter((n) => subgraph.nodes.has(n.id)),
		edges: graph.edges.filter(
			(e) =>
				subgraph.edges.has(e.id) && subgraph.nodes.has(e.source) && subgraph.nodes.has(e.target)
		)
	};
}

/**
 * The nodes within `depth` steps of `id` (and the edges among them), walking edges in either
 * direction but only through nodes and edges that `within` allows.
 *
 * @example
 * neighbourhood(index, 'wang-qing', 1).nodes; // the speaker, their answers, claims, organisation
 */
export function neighbourhood(
	index: GraphIndex,
	id: string,
	depth: number,
	within?: Subgraph
): Subgraph {
	const nodes = new Set<string>();
	if (!index.nodes.has(id) || (within && !within.nodes.has(id))) return { nodes, edges: new Set() };
	nodes.add(id);
	let frontier = [id];
	for (let step = 0; step < depth; step++) {
		const next: string[] = [];
		for (const current of frontier) {
			for (const edge of index.edgesOf(current)) {
				if (within && !within.edges.has(edge.id)) continue;
				const other = index.other(edge, current);
				if (!nodes.has(other) && (!within || within.nodes.has(other))) {
					nodes.add(other);
					next.push(other);
				}
			}
		}
		frontier = next;
	}
	return { nodes, edges: edgesAmong(index, nodes, within) };
}

/** The edges whose both ends are in `nodes` (and which `within` allows). */
export function edgesAmong(index: GraphIndex, nodes: Set<string>, within?: Subgraph): Set<string> {
	const edges = new Set<string>();
	for (const edge of index.graph.edges) {
		if (
			nodes.has(edge.source) &&
			nodes.has(edge.target) &&
			(!within || within.edges.has(edge.id))
		) {
			edges.add(edge.id);
		}
	}
	return edges;
}

/** What the user asked to see. Empty lists mean "no restriction". */
export interface GraphFilter {
	/** Node types to show; empty shows all. */
	types: NodeType[];
	/** Show only what these speakers said (and what it connects to); empty shows everyone. */
	speakers: string[];
	/** Relations to show; empty shows all. */
	relations: Relation[];
	/** Nodes whose answers are expanded into the graph; answers are otherwise collapsed. */
	expanded: string[];
}

export const NO_FILTER: GraphFilter = { types: [], speakers: [], relations: [], expanded: [] };

/** The answers the expanded nodes open. */
export function openAnswersOf(index: GraphIndex, expanded: readonly string[]): Set<string> {
	return new Set(expanded.flatMap((id) => index.answersOf(id)));
}

/**
 * The part of the graph a filter leaves visible.
 *
 * - Answers are collapsed into their question unless an expanded node opens them.
 * - A speaker filter keeps the chosen speakers, their claims and answers, the questions they
 *   were asked and their organisations, and every sector, scenario or concept those touch.
 * - A type or relation filter removes those elements outright.
 */
export function visibleSubgraph(index: GraphIndex, filter: GraphFilter): Subgraph {
	const openAnswers = openAnswersOf(index, filter.expanded);
	const types = filter.types.length > 0 ? new Set(filter.types) : null;
	const relations = filter.relations.length > 0 ? new Set(filter.relations) : null;
	const speakers = filter.speakers.length > 0 ? new Set(filter.speakers) : null;

	const spokenBy = (node: GraphNode): boolean => {
		if (!speakers) return true;
		switch (node.type) {
			case 'speaker':
				return speakers.has(node.id);
			case 'claim':
			case 'answer':
				return speakers.has(node.speaker);
			case 'question':
				return (
					speakers.has(node.speaker) ||
					index.answersOf(node.id).some((a) => speakers.has(index.speakerOf(a) ?? ''))
				);
			case 'organization':
				return index
					.edgesOf(node.id)
					.some((e) => e.relation === 'affiliated-with' && speakers.has(e.source));
			default:
				return false; // decided below, by what the kept nodes touch
		}
	};

	const nodes = new Set<string>();
	const topics: GraphNode[] = [];
	for (const node of index.graph.nodes) {
		if (types && !types.has(node.type)) continue;
		if (node.type === 'answer' && !openAnswers.has(node.id)) continue;
		if (
			speakers &&
			(node.type === 'sector' || node.type === 'scenario' || node.type === 'concept')
		) {
			topics.push(node);
			continue;
		}
		if (spokenBy(node)) nodes.add(node.id);
	}
	// Topics stay when something kept touches them; scenarios can carry sectors along.
	for (let pass = 0; pass < 2; pass++) {
		for (const topic of topics) {
			if (nodes.has(topic.id)) continue;
			const touched = index
				.edgesOf(topic.id)
				.some(
					(e) => (!relations || relations.has(e.relation)) && nodes.has(index.other(e, topic.id))
				);
			if (touched) nodes.add(topic.id);
		}
	}

	const edges = new Set<string>();
	for (const edge of index.graph.edges) {
		if (relations && !relations.has(edge.relation)) continue;
		if (nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.id);
	}
	return { nodes, edges };
}

/** One step of an evidence chain: an edge walked from one node to the next. */
export interface PathStep {
	edge: GraphEdge;
	from: string;
	to: string;
}

/**
 * The shortest chain of cited edges between two nodes, walking edges in either direction;
 * null when they are not connected. Ties go to the edge listed first, so the answer is stable.
 *
 * @example
 * shortestPath(index, 'wang-5g-breaks-out-first', 'zinc-link')?.map((s) => s.edge.relation);
 */
export function shortestPath(
	index: GraphIndex,
	from: string,
	to: string,
	within?: Subgraph
): PathStep[] | null {
	if (!index.nodes.has(from) || !index.nodes.has(to)) return null;
	if (from === to) return [];
	const cameBy = new Map<string, PathStep>();
	const seen = new Set([from]);
	let frontier = [from];
	while (frontier.length > 0) {
		const next: string[] = [];
		for (const current of frontier) {
			for (const edge of index.edgesOf(current)) {
				if (within && !within.edges.has(edge.id)) continue;
				const other = index.other(edge, current);
				if (seen.has(other)) continue;
				seen.add(other);
				cameBy.set(other, { edge, from: current, to: other });
				if (other === to) return unwindPath(cameBy, from, to);
				next.push(other);
			}
		}
		frontier = next;
	}
	return null;
}

/** The steps from `from` to `to`, read back from the step by which each node was reached. */
export function unwindPath(
	cameBy: ReadonlyMap<string, PathStep>,
	from: string,
	to: string
): PathStep[] {
	const steps: PathStep[] = [];
	for (let at = to; at !== from;) {
		const step = cameBy.get(at)!;
		steps.unshift(step);
		at = step.from;
	}
	return steps;
}

/** The main text of a node: a claim's statement, a question's or answer's full text, a speaker's title. */
export function nodeText(node: GraphNode): string {
	switch (node.type) {
		case 'claim':
			return node.statement;
		case 'question':
		case 'answer':
			return node.text;
		case 'speaker':
			return node.title ?? '';
		case 'organization':
			return node.name;
		default:
			return node.description ?? '';
	}
}

/**
 * The claims numbered 1, 2, 3… in the order they are said: by the first sentence each cites,
 * in the transcript's order, then in the order the annotations list them. The short key the
 * canvas draws on a claim too small to name, the list view and the claim's panel all use it.
 */
export function claimNumbers(graph: Graph): Map<string, number> {
	const position = new Map(graph.sentences.map((s, i) => [s.id, i]));
	const first = (node: GraphNode) =>
		Math.min(...node.citations.map((s) => position.get(s) ?? Infinity), Infinity);
	const claims = graph.nodes
		.map((node, index) => ({ node, index, at: first(node) }))
		.filter(({ node }) => node.type === 'claim')
		.sort((a, b) => a.at - b.at || a.index - b.index);
	return new Map(claims.map(({ node }, i) => [node.id, i + 1]));
}
