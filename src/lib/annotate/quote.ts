/**
 * Where a quote lies in a transcript, for the annotation panel: the words a person selected in
 * the transcript pane become a verbatim quote (its exact characters from the source, whatever
 * the page shows between sentences), and a quote typed or edited by hand is found again with the
 * turn it lies in, so that a claim's speaker comes from the turn. Pure: the panel gives the
 * positions, these functions read the transcript.
 */
import type { Sentence, Turn } from '../graph/schema';

/** A quote as the transcript has it. */
export interface Located {
	quote: string;
	start: number;
	end: number;
	/** The turn the quote begins in, or null when no turn holds it (the front matter). */
	turn: Turn | null;
}

/**
 * The transcript's text between two points of sentences (offsets into each sentence's text),
 * trimmed of the white space a selection picks up at its ends. Null when nothing is left.
 */
export function quoteBetween(
	transcript: string,
	from: { sentence: Sentence; offset: number },
	to: { sentence: Sentence; offset: number },
	turns: readonly Turn[]
): Located | null {
	let start = from.sentence.start + clamp(from.offset, from.sentence);
	let end = to.sentence.start + clamp(to.offset, to.sentence);
	if (end < start) [start, end] = [end, start];
	while (start < end && /\s/.test(transcript[start]!)) start++;
	while (end > start && /\s/.test(transcript[end - 1]!)) end--;
	if (start === end) return null;
	return { quote: transcript.slice(start, end), start, end, turn: turnAt(turns, start) };
}

const clamp = (offset: number, sentence: Sentence) =>
	Math.max(0, Math.min(offset, sentence.end - sentence.start));

/** The turn that holds a position of the transcript. */
export function turnAt(turns: readonly Turn[], position: number): Turn | null {
	return turns.find((turn) => turn.start <= position && position < turn.end) ?? null;
}

/** Where a quote occurs in the transcript: each start, up to `limit` of them. */
export function occurrences(transcript: string, quote: string, limit = 3): number[] {
	const found: number[] = [];
	if (!quote) return found;
	for (let at = transcript.indexOf(quote); at !== -1 && found.length < limit;) {
		found.push(at);
		at = transcript.indexOf(quote, at + 1);
	}
	return found;
}

/**
 * A quote typed or edited by hand, found in the transcript: located when it occurs exactly once;
 * otherwise why it cannot anchor (the compiler refuses it for the same reason, with its own
 * message).
 */
export function locate(
	transcript: string,
	quote: string,
	turns: readonly Turn[]
): Located | { problem: string } {
	if (!quote.trim()) return { problem: 'Select words in the transcript, or type a quote.' };
	const at = occurrences(transcript, quote, 2);
	if (at.length === 0) return { problem: 'These words are not in the transcript as written.' };
	if (at.length > 1)
		return { problem: 'These words occur more than once: add words so that they occur once.' };
	const start = at[0]!;
	return { quote, start, end: start + quote.length, turn: turnAt(turns, start) };
}

/** A label from a quote: its words, cut at a word before `max` characters (the schema's limit). */
export function labelFrom(quote: string, max = 100): string {
	const words = quote.replace(/\s+/g, ' ').trim();
	if (words.length <= max) return words;
	const cut = words.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
