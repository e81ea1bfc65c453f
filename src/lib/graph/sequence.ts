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

/**
 * The steps of the interview: one per turn, in order. A node appears with the first sentence
 * that cites it; an edge appears once every sentence it cites has been said and both its ends
 * are there.
 *
 * @example
 * const steps = interviewSequence(index);
 * steps[1].turn.kind; // 'question' — question 1
 * steps[1].graph.nodes.has('q1'); // true
 */
export function interviewSequence(index: GraphIndex): SequenceStep[] {
	const turnOrder = new Map(index.graph.turns.map((t, i) => [t.id, i]));
	const turnOf = (sentence: string) =>
		turnOrder.get(index.sentences.get(sentence)?.turn ?? '') ?? 0;

	const nodeAt = new Map<string, number>();
	for (const node of index.graph.nodes) {
		nodeAt.set(node.id, Math.min(...node.citations.map(turnOf), Number.POSITIVE_INFINITY));
	}
	// A node that cites nothing is there from the start (the compiler cites every node it can).
	for (const [id, at] of nodeAt) if (!Number.isFinite(at)) nodeAt.set(id, 0);
	const edgeAt = new Map<string, number>();
	for (const edge of index.graph.edges) {
		edgeAt.set(
			edge.id,
			Math.max(
				...edge.citations.map(turnOf),
				nodeAt.get(edge.source) ?? 0,
				nodeAt.get(edge.target) ?? 0
			)
		);
	}

	return index.graph.turns.map((turn, i) => {
		const upTo = (at: Map<string, number>, limit: number) =>
			new Set([...at].filter(([, t]) => t <= limit).map(([id]) => id));
		const exactly = (at: Map<string, number>) =>
			new Set([...at].filter(([, t]) => t === i).map(([id]) => id));
		return {
			turn,
			index: i,
			graph: { nodes: upTo(nodeAt, i), edges: upTo(edgeAt, i) },
			added: { nodes: exactly(nodeAt), edges: exactly(edgeAt) }
		};
	});
}
