/**
 * A deliberately simple second implementation of what the explorer shows, for tests to compute
 * expected values with. It follows the rules as README.md states them, reads the graph file's
 * fields directly and shares no code with src/lib/graph/query.ts, so a bug there cannot move the
 * expected value along with the actual one. tests/unit/oracle.test.ts checks the two agree and
 * pins this one to hand-written tables of the test document.
 */
import type { Graph, GraphNode } from '../../src/lib/graph/schema';

export interface View {
	nodes: Set<string>;
	edges: Set<string>;
}

export interface ViewFilter {
	types?: string[];
	speakers?: string[];
	relations?: string[];
	expanded?: string[];
}

const TOPIC_TYPES = ['sector', 'scenario', 'concept'];

/** The answers that expanding `id` brings in: a question's, a speaker's, a claim's, an answer. */
function opens(graph: Graph, id: string, answer: GraphNode): boolean {
	if (answer.type !== 'answer') return false;
	if (answer.id === id || answer.question === id || answer.speaker === id) return true;
	return graph.edges.some(
		(e) => e.relation === 'made-in' && e.source === id && e.target === answer.id
	);
}

/**
 * What the explorer draws under a filter: answers only when expanded; with a speaker filter,
 * the speakers, their claims and answers, the questions put to them or asked by them, their
 * organisations and the topics those touch, and the topics those topics touch, and so on; types and
 * relations not chosen are removed.
 */
export function expectedView(graph: Graph, filter: ViewFilter = {}): View {
	const { types = [], speakers = [], relations = [], expanded = [] } = filter;
	const typeOk = (n: GraphNode) => types.length === 0 || types.includes(n.type);
	const relationOk = (relation: string) => relations.length === 0 || relations.includes(relation);
	const shownAnswer = (n: GraphNode) => expanded.some((id) => opens(graph, id, n));

	const said = (n: GraphNode): boolean => {
		if (speakers.length === 0) return true;
		if (n.type === 'speaker') return speakers.includes(n.id);
		if (n.type === 'claim' || n.type === 'answer') return speakers.includes(n.speaker);
		if (n.type === 'question') {
			const answeredBy = graph.nodes.filter((a) => a.type === 'answer' && a.question === n.id);
			return (
				speakers.includes(n.speaker) ||
				answeredBy.some((a) => a.type === 'answer' && speakers.includes(a.speaker))
			);
		}
		if (n.type === 'organization') {
			return graph.nodes.some(
				(s) => s.type === 'speaker' && s.organization === n.id && speakers.includes(s.id)
			);
		}
		return false;
	};

	const candidates = graph.nodes.filter(
		(n) => typeOk(n) && (n.type !== 'answer' || shownAnswer(n))
	);
	const nodes = new Set(
		candidates
			.filter((n) => speakers.length === 0 || !TOPIC_TYPES.includes(n.type))
			.filter(said)
			.map((n) => n.id)
	);
	if (speakers.length > 0) {
		const topics = candidates.filter((n) => TOPIC_TYPES.includes(n.type));
		const touching = (kept: Set<string>) =>
			topics.filter((t) =>
				graph.edges.some(
					(e) =>
						relationOk(e.relation) &&
						((e.source === t.id && kept.has(e.target)) || (e.target === t.id && kept.has(e.source)))
				)
			);
		// Until nothing changes: a scenario kept for a claim keeps the sector it applies to.
		for (let size = -1; size !== nodes.size;) {
			size = nodes.size;
			for (const topic of touching(nodes)) nodes.add(topic.id);
		}
	}
	const edges = new Set(
		graph.edges
			.filter((e) => relationOk(e.relation) && nodes.has(e.source) && nodes.has(e.target))
			.map((e) => e.id)
	);
	return { nodes, edges };
}

/** The nodes within `depth` steps of `id` inside `within`, by breadth-first search. */
export function expectedNeighbourhood(
	graph: Graph,
	id: string,
	depth: number,
	within: View = {
		nodes: new Set(graph.nodes.map((n) => n.id)),
		edges: new Set(graph.edges.map((e) => e.id))
	}
): View {
	if (!within.nodes.has(id)) return { nodes: new Set(), edges: new Set() };
	const usable = graph.edges.filter((e) => within.edges.has(e.id));
	const distance = new Map([[id, 0]]);
	let frontier = [id];
	for (let d = 1; d <= depth; d++) {
		const next: string[] = [];
		for (const e of usable) {
			for (const [from, to] of [
				[e.source, e.target],
				[e.target, e.source]
			] as const) {
				if (frontier.includes(from) && !distance.has(to)) {
					distance.set(to, d);
					next.push(to);
				}
			}
		}
		frontier = next;
	}
	const nodes = new Set(distance.keys());
	const edges = new Set(
		usable.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id)
	);
	return { nodes, edges };
}
