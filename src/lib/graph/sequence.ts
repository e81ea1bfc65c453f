/**
 * The interview in order: which part of the graph had been said after each turn, so a reader can
 * watch the discussion build up.
 */
import type { GraphIndex, Subgraph } from './query';
import type { Turn } from './schema';

/** One stop of the sequence: a turn and the graph as it stood once that turn was over. */
export interface SequenceStep {
	turn: Turn;
	/** Position of the turn in the transcript (0 for the narration). */
	index: number;
	/** Everything said up to and including this turn. */
	graph: Subgraph;
	/** What this turn added. */
	added: Subgraph;
}

/** How many steps {@link InterviewSequence} keeps built (the one on show and those either side). */
const KEPT_STEPS = 4;

/**
 * The steps of the interview: one per turn, in order. A node appears with the first sentence
 * that cites it; an edge appears once every sentence it cites has been said and both its ends
 * are there.
 *
 * Made in one pass over the graph (the turn at which each element is first said); a step's
 * subgraphs are built when asked for, and only the last few are kept, so a long document's
 * thousand turns cost nothing until someone follows the interview.
 *
 * @example
 * const steps = interviewSequence(index);
 * steps.at(1)!.turn.kind; // 'question' — question 1
 * steps.at(1)!.graph.nodes.has('q1'); // true
 */
export class InterviewSequence {
	/** The turn (its position) at which each node and edge is first said. */
	readonly #saidAt = new Map<string, number>();
	readonly #built = new Map<number, SequenceStep>();

	constructor(private readonly index: GraphIndex) {
		const turnOrder = new Map(index.graph.turns.map((t, i) => [t.id, i]));
		const turnOf = (sentence: string) =>
			turnOrder.get(index.sentences.get(sentence)?.turn ?? '') ?? 0;
		for (const node of index.graph.nodes) {
			let at = Number.POSITIVE_INFINITY;
			for (const sentence of node.citations) at = Math.min(at, turnOf(sentence));
			// A node that cites nothing is there from the start (the compiler cites every node it can).
			this.#saidAt.set(node.id, Number.isFinite(at) ? at : 0);
		}
		for (const edge of index.graph.edges) {
			let at = Math.max(this.#saidAt.get(edge.source) ?? 0, this.#saidAt.get(edge.target) ?? 0);
			for (const sentence of edge.citations) at = Math.max(at, turnOf(sentence));
			this.#saidAt.set(edge.id, at);
		}
	}

	/** How many steps: one per turn. */
	get length(): number {
		return this.index.graph.turns.length;
	}

	/** The turn (its position) by which node or edge `id` has been said, or undefined if unknown. */
	saidAt(id: string): number | undefined {
		return this.#saidAt.get(id);
	}

	/** Step `i` (after the turn at position `i`), or undefined past either end. */
	at(i: number): SequenceStep | undefined {
		const turn = Number.isInteger(i) ? this.index.graph.turns[i] : undefined;
		if (!turn) return undefined;
		let step = this.#built.get(i);
		if (!step) {
			step = this.#build(turn, i);
			this.#built.set(i, step);
			if (this.#built.size > KEPT_STEPS) {
				this.#built.delete(this.#built.keys().next().value!);
			}
		}
		return step;
	}

	#build(turn: Turn, i: number): SequenceStep {
		const graph: Subgraph = { nodes: new Set(), edges: new Set() };
		const added: Subgraph = { nodes: new Set(), edges: new Set() };
		for (const [id, at] of this.#saidAt) {
			if (at > i) continue;
			const kind = this.index.nodes.has(id) ? 'nodes' : 'edges';
			graph[kind].add(id);
			if (at === i) added[kind].add(id);
		}
		return { turn, index: i, graph, added };
	}
}

/** The interview's steps (see {@link InterviewSequence}). */
export const interviewSequence = (index: GraphIndex): InterviewSequence =>
	new InterviewSequence(index);
