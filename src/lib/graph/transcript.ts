/**
 * Reading a transcript: front matter, narration, and the dialogue split into speaker turns and
 * sentences, every piece kept as offsets into the unchanged source text.
 *
 * The format is the one interviews are published in:
 *
 * ```text
 * Title of the piece
 *
 * By Author Name
 *
 * Edit / Editor Name
 *
 * Narration, one or more paragraphs…
 *
 * Host label:
 *
 * "The question?"
 *
 * Guest label:
 *
 * "The answer, one or more paragraphs."
 * ```
 *
 * A line holding only a speaker label and a colon starts that speaker's turn, which runs to the
 * next label. Which labels are speakers, and which speakers are hosts, is the annotations' business.
 */
import { LineIndex } from './diagnostics';

/** A half-open range `[start, end)` of JavaScript string indices into the source. */
export interface Span {
	start: number;
	end: number;
}

/** A run of text between two speaker labels (or before the first one). */
export interface TranscriptBlock extends Span {
	/** The speaker label as written ("Zinc link"), or null for the narration before the dialogue. */
	label: string | null;
	/** 1-based line of the label (or of the block's first text, for narration). */
	line: number;
	/** The block's body with blank edges and the quotation marks that wrap a whole turn removed. */
	body: Span;
}

export interface FrontMatterLine {
	value: string;
	line: number;
	span: Span;
}

export interface ParsedTranscript {
	title: FrontMatterLine | null;
	author: FrontMatterLine | null;
	editor: FrontMatterLine | null;
	/** The narration first (possibly empty), then one block per speaker label, in order. */
	blocks: TranscriptBlock[];
}

/**
 * A label line: a short name (up to six words, no sentence punctuation) and a colon, alone on
 * its line. Longer lines ending in a colon are prose ("as follows:"), not labels.
 */
const LABEL_LINE = /^[ \t]*([^\s:"“”.?!,;][^:"“”.?!,;\n]{0,59}?)[ \t]*[:：][ \t]*$/gm;
const MAX_LABEL_WORDS = 6;
const BYLINE = /^By\s+(.+?)\s*$/;
const EDITOR_LINE = /^Edit(?:or|ed by)?\s*[/:]\s*(.+?)\s*$/;

const OPENING_QUOTES = new Set(['"', '“', '「', '«']);
const CLOSING_QUOTES = new Set(['"', '”', '」', '»']);

/**
 * Splits a transcript into its front matter and blocks.
 *
 * @example
 * const t = parseTranscript('Title\n\nHost:\n\n"Why?"\n\nGuest:\n\n"Because."');
 * t.blocks.map((b) => b.label); // [null, 'Host', 'Guest']
 */
export function parseTranscript(source: string): ParsedTranscript {
	const lines = new LineIndex(source);
	const labels: { label: string; lineStart: number; lineEnd: number }[] = [];
	for (const match of source.matchAll(LABEL_LINE)) {
		const label = match[1]!;
		if (label.split(/\s+/).length > MAX_LABEL_WORDS) continue;
		labels.push({ label, lineStart: match.index, lineEnd: match.index + match[0].length });
	}

	const blocks: TranscriptBlock[] = [];
	const preambleEnd = labels[0]?.lineStart ?? source.length;
	const preamble = trimSpan(source, { start: 0, end: preambleEnd });
	blocks.push({
		label: null,
		start: 0,
		end: preambleEnd,
		line: lines.line(preamble.start),
		body: preamble
	});
	labels.forEach((label, i) => {
		const end = labels[i + 1]?.lineStart ?? source.length;
		blocks.push({
			label: label.label,
			start: label.lineStart,
			end,
			line: lines.line(label.lineStart),
			body: unwrapQuotes(source, trimSpan(source, { start: label.lineEnd, end }))
		});
	});

	const frontLines = paragraphs(source, preamble).slice(0, 3);
	const front = (pattern: RegExp | null, span: Span | undefined): FrontMatterLine | null => {
		if (!span) return null;
		const text = source.slice(span.start, span.end);
		const value = pattern ? pattern.exec(text)?.[1] : text;
		return value ? { value, line: lines.line(span.start), span } : null;
	};
	const author = frontLines.slice(1).find((s) => BYLINE.test(source.slice(s.start, s.end)));
	const editor = frontLines.slice(1).find((s) => EDITOR_LINE.test(source.slice(s.start, s.end)));
	return {
		title: author || editor ? front(null, frontLines[0]) : null,
		author: front(BYLINE, author),
		editor: front(EDITOR_LINE, editor),
		blocks
	};
}

/** Narrows a span so that it starts and ends on non-whitespace (or is empty). */
export function trimSpan(source: string, span: Span): Span {
	let { start, end } = span;
	while (start < end && /\s/.test(source[start]!)) start++;
	while (end > start && /\s/.test(source[end - 1]!)) end--;
	return { start, end };
}

/**
 * Drops the quotation marks that wrap a whole turn (`"Why? … "`), which are typography of the
 * transcript, not part of what was said. A closing mark is dropped only when an opening one was.
 */
export function unwrapQuotes(source: string, span: Span): Span {
	if (span.end <= span.start || !OPENING_QUOTES.has(source[span.start]!)) return span;
	let { start, end } = span;
	start++;
	if (end - 1 >= start && CLOSING_QUOTES.has(source[end - 1]!)) end--;
	return trimSpan(source, { start, end });
}

/** Non-empty paragraphs (runs of text separated by line breaks) inside `span`, trimmed. */
export function paragraphs(source: string, span: Span): Span[] {
	const out: Span[] = [];
	let start = span.start;
	for (let i = span.start; i <= span.end; i++) {
		if (i === span.end || source[i] === '\n') {
			const p = trimSpan(source, { start, end: i });
			if (p.end > p.start) out.push(p);
			start = i + 1;
		}
	}
	return out;
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * How much text the sentence segmenter is given at once. V8's `Intl.Segmenter` takes time in
 * proportion to the whole string for every sentence it returns, so one segmenter call over a
 * long paragraph is quadratic; feeding it windows of this size keeps splitting linear.
 */
export const SEGMENT_WINDOW = 1024;

/** Counts of the work sentence splitting did, for tests that check it grows linearly. */
export interface SegmentationStats {
	/** Characters handed to `Intl.Segmenter`, summed over every call. */
	charactersSegmented: number;
}

/**
 * Splits the text in `span` into sentences with `Intl.Segmenter`, paragraph by paragraph. Each
 * sentence is trimmed of surrounding whitespace; nothing else is lost, and no two overlap.
 * Time is linear in the length of the text (see {@link SEGMENT_WINDOW}).
 *
 * @example
 * const text = 'One. Two?\nThree';
 * sentenceSpans(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
 * // ['One.', 'Two?', 'Three']
 */
export function sentenceSpans(
	source: string,
	span: Span,
	locale = 'en',
	options: { window?: number; stats?: SegmentationStats } = {}
): Span[] {
	let segmenter = segmenters.get(locale);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
		segmenters.set(locale, segmenter);
	}
	const window = options.window ?? SEGMENT_WINDOW;
	const out: Span[] = [];
	for (const paragraph of paragraphs(source, span)) {
		for (const piece of segmentWindowed(source, paragraph, segmenter, window, options.stats)) {
			const sentence = trimSpan(source, piece);
			if (sentence.end > sentence.start) out.push(sentence);
		}
	}
	return out;
}

/**
 * The segmenter's sentences of `paragraph`, found window by window. Within a window every
 * sentence but the last two is kept: a sentence break can depend on the text after it (ICU's
 * rules look ahead past punctuation and spaces), and a break that is followed by another real
 * break inside the window was decided on text the window holds in full. The next window starts
 * at the first sentence not kept. A window holding fewer than three sentences doubles in size,
 * so a very long sentence still costs time in proportion to its length.
 */
function* segmentWindowed(
	source: string,
	paragraph: Span,
	segmenter: Intl.Segmenter,
	window: number,
	stats: SegmentationStats | undefined
): Generator<Span> {
	let start = paragraph.start;
	let size = window;
	while (start < paragraph.end) {
		const end = Math.min(paragraph.end, start + size);
		const text = source.slice(start, end);
		if (stats) stats.charactersSegmented += text.length;
		const pieces: Span[] = [];
		for (const piece of segmenter.segment(text)) {
			pieces.push({ start: start + piece.index, end: start + piece.index + piece.segment.length });
		}
		if (end === paragraph.end) {
			yield* pieces;
			return;
		}
		if (pieces.length < 3) {
			size *= 2;
			continue;
		}
		const keep = pieces.length - 2;
		for (let i = 0; i < keep; i++) yield pieces[i]!;
		start = pieces[keep]!.start;
		size = window;
	}
}
