/**
 * Evidence chains: how a node traces back to the person who said it, and how two nodes are
 * connected, each step an edge that cites the sentences it rests on.
 */
import { GraphIndex, unwindPath, type PathStep, type Subgraph } from './query';
import type { GraphEdge, GraphNode, Relation } from './schema';
import { ANNOTATED_RELATIONS } from './vocabulary';

/** How a node traces back to who said it. */
export interface Trace {
	/** The speakers the chains reach, in chain order, without repeats; empty when none is reached. */
	speakers: string[];
	/**
	 * Chains of steps that start at the traced node; in each, a step's `from` is the previous
	 * step's `to`. Empty when the node is not connected to a speaker.
	 */
	chains: PathStep[][];
}

const NO_TRACE: Trace = { speakers: [], chains: [] };

/**
 * The evidence chains from a node to its speaker, each step an edge with its citations:
 *
 * - a claim: claim → answer → question (where it was said) and claim → speaker → organisation
 *   (who said it); a claim made in a question has the chain claim → question; a relayed view
 *   reaches its speaker by `relayed-by` (who passed it on), never by `said-by`;
 * - an answer: answer → question and answer → speaker → organisation;
 * - a question: question → the speaker who asked it → organisation;
 * - a speaker: speaker → organisation;
 * - an organisation: organisation → each speaker affiliated with it;
 * - a sector, scenario or concept: the shortest chain to a claim about it (through broader or
 *   narrower topics if no claim is about it directly), then claim → speaker → organisation. Of
 *   the nearest claims the first said wins. With no claim in reach, a question about it stands in.
 *
 * Unknown nodes, and nodes with nothing to trace, give no chains.
 *
 * @example
 * const { speakers, chains } = traceToSpeaker(index, 'wang-5g-breaks-out-first');
 * // speakers: ['wang-qing']
 * // chains: [[made-in, answers], [said-by, affiliated-with]] (as PathSteps)
 */
export function traceToSpeaker(index: GraphIndex, nodeId: string): Trace {
	const node = index.node(nodeId);
	if (!node) return NO_TRACE;
	switch (node.type) {
		case 'claim':
		case 'answer': {
			const where =
				node.type === 'claim' ? follow(index, nodeId, 'made-in') : follow(index, nodeId, 'answers');
			const context: PathStep[] = where ? [where] : [];
			if (where && index.node(where.to)?.type === 'answer') {
				const question = follow(index, where.to, 'answers');
				if (question) context.push(question);
			}
			return fromChains([context, toSpeaker(index, nodeId, voice(node))]);
		}
		case 'question':
			return fromChains([toSpeaker(index, nodeId, 'asked-by')]);
		case 'speaker': {
			const organisation = follow(index, nodeId, 'affiliated-with');
			return { speakers: [nodeId], chains: organisation ? [[organisation]] : [] };
		}
		case 'organization': {
			const chains = index
				.edgesOf(nodeId)
				.filter((edge) => edge.relation === 'affiliated-with' && edge.target === nodeId)
				.map((edge) => [{ edge, from: nodeId, to: edge.source }]);
			return { speakers: chains.map((chain) => chain[0]!.to), chains };
		}
		default:
			return traceTopic(index, nodeId);
	}
}

/** The edge that leads from a claim or answer to its speaker: a relayed view is relayed by them. */
function voice(node: GraphNode): Relation {
	return node.type === 'claim' && node.relayed ? 'relayed-by' : 'said-by';
}

/** The step along the first edge of `relation` that leaves `from`, if there is one. */
function follow(index: GraphIndex, from: string, relation: Relation): PathStep | null {
	const edge = index.edgesOf(from).find((e) => e.relation === relation && e.source === from);
	return edge ? { edge, from, to: edge.target } : null;
}

/** `from` → its speaker (by `relation`) → the speaker's organisation, as far as the graph goes. */
function toSpeaker(index: GraphIndex, from: string, relation: Relation): PathStep[] {
	const spoken = follow(index, from, relation);
	if (!spoken) return [];
	const organisation = follow(index, spoken.to, 'affiliated-with');
	return organisation ? [spoken, organisation] : [spoken];
}

function fromChains(chains: PathStep[][]): Trace {
	const nonEmpty = chains.filter((chain) => chain.length > 0);
	const speakers: string[] = [];
	for (const chain of nonEmpty) {
		for (const step of chain) {
			if (
				(step.edge.relation === 'said-by' ||
					step.edge.relation === 'relayed-by' ||
					step.edge.relation === 'asked-by') &&
				!speakers.includes(step.to)
			) {
				speakers.push(step.to);
			}
		}
	}
	return { speakers, chains: nonEmpty };
}

/** Relations that join topics to each other; a topic's trace may walk them either way. */
const BETWEEN_TOPICS: ReadonlySet<Relation> = new Set(['part-of', 'applies-to']);
const TOPIC_TYPES: ReadonlySet<string> = new Set(['sector', 'scenario', 'concept']);

function traceTopic(index: GraphIndex, topic: string): Trace {
	for (const speaking of ['claim', 'question'] as const) {
		const reached = nearestAbout(index, topic, speaking);
		if (reached) {
			const end = index.node(reached.at(-1)!.to);
			const relation = speaking === 'question' ? 'asked-by' : end ? voice(end) : 'said-by';
			return fromChains([[...reached, ...toSpeaker(index, reached.at(-1)!.to, relation)]]);
		}
	}
	return NO_TRACE;
}

/**
 * The shortest walk from a topic, through other topics, to a claim (or question) that is about
 * one of them; of those at the same distance, the one said first.
 */
function nearestAbout(
	index: GraphIndex,
	topic: string,
	speaking: 'claim' | 'question'
): PathStep[] | null {
	const cameBy = new Map<string, PathStep>();
	const seen = new Set([topic]);
	let frontier = [topic];
	while (frontier.length > 0) {
		const found: PathStep[] = [];
		const next: string[] = [];
		for (const current of frontier) {
			for (const edge of index.edgesOf(current)) {
				const other = index.other(edge, current);
				const otherType = index.node(other)?.type;
				if (edge.relation === 'about' && edge.target === current && otherType === speaking) {
					found.push({ edge, from: current, to: other });
				} else if (
					BETWEEN_TOPICS.has(edge.relation) &&
					otherType &&
					TOPIC_TYPES.has(otherType) &&
					!seen.has(other)
				) {
					seen.add(other);
					cameBy.set(other, { edge, from: current, to: other });
					next.push(other);
				}
			}
		}
		if (found.length > 0) {
			const first = found.reduce((best, step) =>
				saidAt(index, step.to) < saidAt(index, best.to) ? step : best
			);
			const steps = [first];
			for (let at = first.from; at !== topic;) {
				const step = cameBy.get(at)!;
				steps.unshift(step);
				at = step.from;
			}
			return steps;
		}
		frontier = next;
	}
	return null;
}

/** Where in the source a node is first cited: its reading position. */
function saidAt(index: GraphIndex, id: string): number {
	return index.sentencesOf(id)[0]?.start ?? Number.POSITIVE_INFINITY;
}

/** Relations an annotator wrote: what the speakers said about things, not the transcript's shape. */
const SUBSTANTIVE: ReadonlySet<Relation> = new Set(ANNOTATED_RELATIONS);

/** True for relations a person annotated (about, supports, agrees-with…), false for structure. */
export function isSubstantive(edge: GraphEdge): boolean {
	return SUBSTANTIVE.has(edge.relation);
}

/**
 * How two nodes are connected: the shortest chain of cited edges between them, walking edges in
 * either direction. Of the chains with the fewest steps, the one with the fewest structural
 * steps (said-by, made-in, answers, asked-by, affiliated-with) wins, so the answer goes through
 * what the speakers said — topics, support, agreement — rather than through who spoke where.
 * Remaining ties go to the edge listed first, so the answer is stable. Null when the nodes are
 * not connected (or unknown); empty from a node to itself.
 *
 * @example
 * connection(index, 'wang-5g-breaks-out-first', 'xiang-industrial-internet-emerges-first');
 * // one step: the disagrees-with edge, citing both sentences
 */
export function connection(
	index: GraphIndex,
	a: string,
	b: string,
	within?: Subgraph
): PathStep[] | null {
	if (!index.nodes.has(a) || !index.nodes.has(b)) return null;
	if (a === b) return [];
	// Each step costs `stepCost`, plus one if structural: fewer steps always wins, then fewer
	// structural steps. A path has fewer steps than there are nodes, so the sum cannot overflow
	// into the step count.
	const stepCost = index.nodes.size + 1;
	const cost = new Map<string, number>([[a, 0]]);
	const cameBy = new Map<string, PathStep>();
	const done = new Set<string>();
	// Nodes in the order they were first reached; the earliest of the cheapest is settled next.
	const reached = [a];
	while (true) {
		let current: string | undefined;
		for (const id of reached) {
			if (done.has(id)) continue;
			if (current === undefined || cost.get(id)! < cost.get(current)!) current = id;
		}
		if (current === undefined) return null;
		if (current === b) break;
		done.add(current);
		for (const edge of index.edgesOf(current)) {
			if (within && !within.edges.has(edge.id)) continue;
			const other = index.other(edge, current);
			if (done.has(other) || (within && !within.nodes.has(other))) continue;
			const through = cost.get(current)! + stepCost + (isSubstantive(edge) ? 0 : 1);
			const known = cost.get(other);
			if (known === undefined) reached.push(other);
			if (known === undefined || through < known) {
				cost.set(other, through);
				cameBy.set(other, { edge, from: current, to: other });
			}
		}
	}
	return unwindPath(cameBy, a, b);
}
