/** Shared pieces of the form readers: lines with offsets, times, labels, and turns from segments. */
import { LineIndex } from '../diagnostics';
import { trimSpan, type Span } from '../transcript';
import type { FormBlock, TextPart, TimeRange } from './types';

/** One line of the source: `[start, end)` excludes the line break (and a `\r` before it). */
export interface SourceLine extends Span {
	text: string;
	/** 1-based. */
	number: number;
}

/** Every line of `source`, with its offsets. */
export function sourceLines(source: string): SourceLine[] {
	const out: SourceLine[] = [];
	let start = 0;
	let number = 1;
	while (start <= source.length) {
		const newline = source.indexOf('\n', start);
		let end = newline === -1 ? source.length : newline;
		const next = end + 1;
		if (end > start && source[end - 1] === '\r') end--;
		out.push({ start, end, text: source.slice(start, end), number });
		if (newline === -1) break;
		start = next;
		number++;
	}
	return out;
}

/** Runs of non-blank lines (caption cues are separated by blank lines). */
export function lineGroups(lines: SourceLine[]): SourceLine[][] {
	const groups: SourceLine[][] = [];
	let current: SourceLine[] = [];
	for (const line of lines) {
		if (line.text.trim() === '') {
			if (current.length > 0) groups.push(current);
			current = [];
		} else current.push(line);
	}
	if (current.length > 0) groups.push(current);
	return groups;
}

/** A clock time: `1:02:03.500`, `01:23`, `00:00:01,000`; hours optional. */
export const TIME = String.raw`\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?`;

/**
 * Seconds from a clock time (`01:02:03.5` is 3723.5), rounded to milliseconds.
 *
 * @example
 * clockSeconds('00:01:23,250'); // 83.25
 */
export function clockSeconds(clock: string): number {
	const [main, fraction = ''] = clock.split(/[.,]/);
	const seconds = main!
		.split(':')
		.map(Number)
		.reduce((total, n) => total * 60 + n, 0);
	return Math.round((seconds + Number(`0.${fraction || '0'}`)) * 1000) / 1000;
}

/** At most this many words in a speaker label; a longer run before a colon is prose. */
export const MAX_LABEL_WORDS = 6;

/**
 * Whether `text` can be a speaker's label: a short name with no sentence punctuation, no
 * markup characters, and not a bare number or time.
 */
export function isLabel(text: string): boolean {
	const label = text.trim();
	if (label === '' || label.length > 60) return false;
	if (/[.?!,;:"“”<>[\]()*_#>{}|/\\=]/.test(label)) return false;
	if (/^[\d\s:.,-]+$/.test(label)) return false;
	return label.split(/\s+/).length <= MAX_LABEL_WORDS;
}

/**
 * The spans of `span` left when markup matched by `markup` is taken out, each trimmed, empty
 * ones dropped: spoken text only.
 */
export function textBetween(source: string, span: Span, markup: RegExp): Span[] {
	const out: Span[] = [];
	const text = source.slice(span.start, span.end);
	let at = 0;
	const push = (from: number, to: number) => {
		const piece = trimSpan(source, { start: span.start + from, end: span.start + to });
		if (piece.end > piece.start) out.push(piece);
	};
	for (const match of text.matchAll(new RegExp(markup.source, 'g'))) {
		push(at, match.index);
		at = match.index + match[0].length;
	}
	push(at, text.length);
	return out;
}

/**
 * A piece of a transcript as a form reader finds it: a cue, a labelled line or paragraph, or
 * unlabelled text. `label` null continues the current turn (or, before any label, the narration).
 */
export interface Segment {
	label: string | null;
	/** Offset where the segment begins in the source (its cue number, label or text). */
	start: number;
	parts: TextPart[];
	time?: TimeRange;
}

/**
 * Turns from segments: what comes before the first label is the narration; consecutive segments
 * of one speaker (labels compared in any case) form one turn, which runs to the next turn's
 * start. A turn's time is its segments' (a start time alone ends where the next turn starts).
 */
export function assembleBlocks(source: string, segments: Segment[]): FormBlock[] {
	const lines = new LineIndex(source);
	const firstLabel = segments.findIndex((s) => s.label !== null);
	const narrationEnd = firstLabel === -1 ? source.length : segments[firstLabel]!.start;
	const narrationParts = segments.slice(0, firstLabel === -1 ? undefined : firstLabel);
	const narrationText = trimSpan(source, { start: 0, end: narrationEnd });
	const blocks: FormBlock[] = [
		{
			label: null,
			start: 0,
			end: narrationEnd,
			line: lines.line(narrationText.start),
			parts: narrationParts.flatMap((s) => s.parts)
		}
	];
	if (firstLabel === -1) return blocks;
	let current: FormBlock | null = null;
	for (const segment of segments.slice(firstLabel)) {
		const same =
			current &&
			(segment.label === null || segment.label.toLowerCase() === current.label!.toLowerCase());
		if (current && same) {
			current.parts.push(...segment.parts);
			if (segment.time && current.time) {
				current.time.end = segment.time.end ?? current.time.end;
			}
			continue;
		}
		if (current) current.end = segment.start;
		current = {
			label: segment.label!,
			start: segment.start,
			end: source.length,
			line: lines.line(segment.start),
			parts: [...segment.parts],
			...(segment.time ? { time: { ...segment.time } } : {})
		};
		blocks.push(current);
	}
	// A turn known only by its start time ends where the next one starts.
	for (let i = 1; i < blocks.length - 1; i++) {
		const time = blocks[i]!.time;
		const next = blocks[i + 1]!.time;
		if (time && time.end === undefined && next) time.end = next.start;
	}
	return blocks;
}
