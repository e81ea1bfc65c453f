/**
 * Anchoring: finding a verbatim quote in the source text and naming the sentences it covers.
 * This is where provenance is enforced: a quote that is not in the text exactly once, inside one
 * turn, cannot be cited.
 */
import { distance } from 'fastest-levenshtein';
import { LineIndex } from './diagnostics';
import type { QuoteSpan, Sentence, Turn } from './schema';

export type AnchorFailure =
	| { problem: 'not-found'; nearest: { text: string; line: number } | null }
	| { problem: 'ambiguous'; lines: number[] }
	| { problem: 'crosses-turns'; turns: Turn[] }
	| { problem: 'outside-sentences'; line: number };

export type AnchorResult =
	{ ok: true; span: QuoteSpan; turn: Turn } | ({ ok: false } & AnchorFailure);

/** How much of the nearest text to show in a "not found" message. */
const NEAREST_MAX = 120;

/**
 * The source text with its turns and sentences, ready to anchor quotes in.
 *
 * @example
 * const index = new SourceIndex(source, turns, sentences);
 * const result = index.anchor('I expect that the industrial Internet will emerge first');
 * if (result.ok) result.span.sentences; // ['t2-s14']
 */
export class SourceIndex {
	private readonly lines: LineIndex;

	constructor(
		readonly source: string,
		readonly turns: readonly Turn[],
		readonly sentences: readonly Sentence[]
	) {
		this.lines = new LineIndex(source);
	}

	/** Finds `quote` in the source; see {@link AnchorFailure} for the ways it can fail. */
	anchor(quote: string): AnchorResult {
		const hits = occurrences(this.source, quote);
		if (hits.length === 0) return { ok: false, problem: 'not-found', nearest: this.nearest(quote) };
		if (hits.length > 1) {
			return { ok: false, problem: 'ambiguous', lines: hits.map((h) => this.lines.line(h)) };
		}
		const start = hits[0]!;
		const end = start + quote.length;
		const first = this.turnAt(start);
		const last = this.turnAt(end - 1);
		if (first !== last) {
			const turns = this.turns.filter((t) => t.end > start && t.start < end);
			return { ok: false, problem: 'crosses-turns', turns };
		}
		const inSentence = (offset: number) =>
			this.sentences.some((s) => s.start <= offset && offset < s.end);
		if (!first || !inSentence(start) || !inSentence(end - 1)) {
			return { ok: false, problem: 'outside-sentences', line: this.lines.line(start) };
		}
		const covered = this.sentences.filter((s) => s.end > start && s.start < end);
		return {
			ok: true,
			turn: first,
			span: { text: quote, start, end, sentences: covered.map((s) => s.id) }
		};
	}

	/** The turn whose range holds `offset`. */
	turnAt(offset: number): Turn | undefined {
		return this.turns.find((t) => t.start <= offset && offset < t.end);
	}

	/**
	 * The stretch of a sentence that looks most like `quote` (least edit distance over windows
	 * of the quote's length starting at word boundaries), for the "did you mean" of an error.
	 */
	private nearest(quote: string): { text: string; line: number } | null {
		let best: { text: string; start: number; score: number } | null = null;
		const needle = quote.trim();
		if (!needle) return null;
		for (const sentence of this.sentences) {
			for (const m of sentence.text.matchAll(/(?:^|\s)(?=\S)/g)) {
				const from = m.index + m[0].length;
				const text = sentence.text.slice(from, from + needle.length);
				const score = distance(needle, text);
				if (!best || score < best.score) best = { text, start: sentence.start + from, score };
				if (from + needle.length >= sentence.text.length) break;
			}
		}
		if (!best) return null;
		const text = best.text.length > NEAREST_MAX ? `${best.text.slice(0, NEAREST_MAX)}…` : best.text;
		return { text, line: this.lines.line(best.start) };
	}
}

/** Every index at which `needle` starts in `haystack` (overlapping matches included). */
export function occurrences(haystack: string, needle: string): number[] {
	const out: number[] = [];
	if (!needle) return out;
	for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) out.push(i);
	return out;
}

/** A one-line explanation of an anchoring failure, naming the source file. */
export function describeAnchorFailure(
	failure: AnchorFailure,
	sourceFile: string,
	speakerName: (id: string | null) => string
): { message: string; hint: string } {
	switch (failure.problem) {
		case 'not-found':
			return {
				message: failure.nearest
					? `quote not found in ${sourceFile}; nearest text (line ${failure.nearest.line}): "${failure.nearest.text}"`
					: `quote not found in ${sourceFile}`,
				hint: 'Copy the words exactly as the transcript has them, punctuation and spelling included.'
			};
		case 'ambiguous':
			return {
				message: `quote occurs ${failure.lines.length} times in ${sourceFile} (${plural('line', [...new Set(failure.lines)])})`,
				hint: 'Quote more of the sentence so that the words occur only once.'
			};
		case 'crosses-turns':
			return {
				message: `quote crosses a turn boundary in ${sourceFile}: it runs across ${failure.turns
					.map((t) => `${speakerName(t.speaker)}'s turn at line ${t.line}`)
					.join(' into ')}`,
				hint: 'Split it into one quote per turn.'
			};
		case 'outside-sentences':
			return {
				message: `quote at line ${failure.line} of ${sourceFile} does not begin and end inside sentences (it takes in a speaker label, the quotation marks around a turn, or the space between sentences)`,
				hint: 'Quote only words that were said or narrated, starting and ending on them.'
			};
	}
}

function plural(word: string, items: number[]): string {
	return `${word}${items.length === 1 ? '' : 's'} ${items.join(', ')}`;
}
