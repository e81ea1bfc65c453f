/** How the reader pane and the sequence control name a turn of the interview. */
import type { GraphIndex } from '$lib/graph/query';
import type { Turn } from '$lib/graph/schema';

/** The number of the question a turn asks or answers, or null for narration. */
export function questionNumber(index: GraphIndex, turn: Turn): number | null {
	const asking = turn.kind === 'question' ? turn : index.turns.get(turn.question ?? '');
	const node = asking?.node ? index.node(asking.node) : undefined;
	return node?.type === 'question' ? node.number : null;
}

/** Who speaks in a turn, by name; null for narration. */
export function speakerName(index: GraphIndex, turn: Turn): string | null {
	return turn.speaker ? (index.node(turn.speaker)?.label ?? turn.speaker) : null;
}

/** What a turn is, in a few words: "Wang Qing answers Q1", "Gong Haihan asks Q2", "Introduction". */
export function turnSummary(index: GraphIndex, turn: Turn): string {
	const who = speakerName(index, turn);
	const number = questionNumber(index, turn);
	if (turn.kind === 'question') return `${who ?? 'The interviewer'} asks Q${number ?? ''}`;
	if (turn.kind === 'answer') return `${who ?? 'The speaker'} answers Q${number ?? ''}`;
	return 'Introduction';
}
