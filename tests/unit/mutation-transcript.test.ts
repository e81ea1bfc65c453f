/**
 * Reading a transcript's layout (src/lib/graph/transcript.ts) at its edges: which lines are
 * speaker labels, which paragraphs are front matter, spans trimmed and unwrapped at their limits,
 * and how much text the windowed sentence splitter reads, each worked out by hand. Written for
 * the survivors of a mutation run.
 */
import { describe, expect, it } from 'vitest';
import {
	parseTranscript,
	sentenceSpans,
	trimSpan,
	unwrapQuotes,
	type SegmentationStats
} from '../../src/lib/graph/transcript';

const labels = (source: string) => parseTranscript(source).blocks.map((b) => b.label);

describe('speaker labels', () => {
	it('are six words at most: a longer line ending in a colon is prose', () => {
		expect(
			labels(
				'Chair of the Port Authority Board:\n\nHello.\n\nThe people who spoke were as follows:\n\nAnn.\n'
			)
		).toEqual([null, 'Chair of the Port Authority Board']);
	});

	it('count words, not the spaces between them', () => {
		expect(labels('Chair  of  the  Port  Authority  Board:\n\nHello.\n')).toEqual([
			null,
			'Chair  of  the  Port  Authority  Board'
		]);
	});
});

describe('front matter', () => {
	const front = (source: string) => {
		const t = parseTranscript(source);
		return [t.title?.value ?? null, t.author?.value ?? null, t.editor?.value ?? null];
	};

	it('has a title only when a byline or an editor line follows it', () => {
		expect(front('Harbour talk\n\nBy Mara Quinn\n\nAnn:\n\nHi.\n')).toEqual([
			'Harbour talk',
			'Mara Quinn',
			null
		]);
		expect(front('Harbour talk\n\nEdit / Fixture Desk\n\nAnn:\n\nHi.\n')).toEqual([
			'Harbour talk',
			null,
			'Fixture Desk'
		]);
		expect(front('Harbour talk\n\nA short note.\n\nAnn:\n\nHi.\n')).toEqual([null, null, null]);
	});

	it('reads the byline in the second or third paragraph only', () => {
		expect(front('By Mara Quinn\n\nAnn:\n\nHi.\n')).toEqual([null, null, null]);
		expect(front('Harbour talk\n\nA note.\n\nBy Mara Quinn\n\nAnn:\n\nHi.\n')).toEqual([
			'Harbour talk',
			'Mara Quinn',
			null
		]);
		expect(front('Harbour talk\n\nA note.\n\nMore.\n\nBy Mara Quinn\n\nAnn:\n\nHi.\n')).toEqual([
			null,
			null,
			null
		]);
	});
});

describe('spans at their limits', () => {
	it('trims a span of spaces to an empty span where it ends', () => {
		expect(trimSpan('a   b', { start: 1, end: 4 })).toEqual({ start: 4, end: 4 });
		expect(trimSpan('a   b', { start: 1, end: 3 })).toEqual({ start: 3, end: 3 });
	});

	it('unwraps the quotation marks of a turn, and leaves an empty span alone', () => {
		expect(unwrapQuotes('""', { start: 0, end: 2 })).toEqual({ start: 1, end: 1 });
		expect(unwrapQuotes('"x', { start: 0, end: 0 })).toEqual({ start: 0, end: 0 });
		expect(unwrapQuotes('“Why?”', { start: 0, end: 6 })).toEqual({ start: 1, end: 5 });
		expect(unwrapQuotes('“Why?', { start: 0, end: 5 })).toEqual({ start: 1, end: 5 });
	});
});

describe('the windowed sentence splitter', () => {
	it('reads each window once, keeping all but its last two sentences, to the paragraph’s end', () => {
		// Windows of 16: "One. Two. Three." keeps "One. " (5), then from 5 "Two. Three. Four"
		// keeps "Two. ", then from 10 "Three. Four. Fiv" keeps "Three. ", then from 17 the
		// paragraph's last 11 characters, "Four. Five.", are read whole: 16 × 3 + 11 = 59.
		const text = 'One. Two. Three. Four. Five.';
		const stats: SegmentationStats = { charactersSegmented: 0 };
		const spans = sentenceSpans(text, { start: 0, end: text.length }, 'en', { window: 16, stats });
		expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
			'One.',
			'Two.',
			'Three.',
			'Four.',
			'Five.'
		]);
		expect(stats.charactersSegmented).toBe(59);
	});

	it('doubles a window that holds fewer than three sentences', () => {
		// "A long first sentence" (21) has one piece in 16 characters: the window grows to 32,
		// which reaches the end: 16 + 28 = 44.
		const text = 'A long first sentence. Then.';
		const stats: SegmentationStats = { charactersSegmented: 0 };
		const spans = sentenceSpans(text, { start: 0, end: text.length }, 'en', { window: 16, stats });
		expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
			'A long first sentence.',
			'Then.'
		]);
		expect(stats.charactersSegmented).toBe(44);
	});
});
