import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	parseTranscript,
	sentenceSpans,
	unwrapQuotes,
	type SegmentationStats
} from '../../src/lib/graph';

/** Text made of the pieces that trouble segmenters: punctuation, quotes, line breaks, CJK. */
const proseLike = fc
	.array(
		fc.oneof(
			fc.constantFrom('. ', '? ', '! ', '\n', '\n\n', '"', '“', '”', ' ', '...', '。', 'e.g. '),
			fc.string({ unit: 'grapheme', maxLength: 12 }),
			fc.constantFrom('Blockchain', '5G', 'Mr. Wang', 'U.S.', '1) ', '2020')
		),
		{ maxLength: 40 }
	)
	.map((parts) => parts.join(''));

const anyText = fc.oneof(proseLike, fc.string({ unit: 'binary', maxLength: 200 }));

describe('sentenceSpans, for any text', () => {
	it('never throws, keeps order, and never overlaps', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const spans = sentenceSpans(text, { start: 0, end: text.length });
				let previousEnd = 0;
				for (const s of spans) {
					expect(s.start).toBeGreaterThanOrEqual(previousEnd);
					expect(s.end).toBeGreaterThan(s.start);
					expect(s.end).toBeLessThanOrEqual(text.length);
					previousEnd = s.end;
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('loses nothing but whitespace between sentences', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const spans = sentenceSpans(text, { start: 0, end: text.length });
				let cursor = 0;
				for (const s of spans) {
					expect(text.slice(cursor, s.start)).toMatch(/^\s*$/);
					expect(text.slice(s.start, s.end)).toMatch(/^\S[\s\S]*$/);
					cursor = s.end;
				}
				expect(text.slice(cursor)).toMatch(/^\s*$/);
			}),
			{ numRuns: 500 }
		);
	});

	it('works on any part of a longer text (offsets are absolute)', () => {
		fc.assert(
			fc.property(proseLike, proseLike, proseLike, (before, middle, after) => {
				const text = before + middle + after;
				const span = { start: before.length, end: before.length + middle.length };
				const alone = sentenceSpans(middle, { start: 0, end: middle.length });
				const inside = sentenceSpans(text, span);
				expect(inside.map((s) => text.slice(s.start, s.end))).toEqual(
					alone.map((s) => middle.slice(s.start, s.end))
				);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('unwrapQuotes, for any text', () => {
	it('returns a span inside the input that drops at most the wrapping marks and whitespace', () => {
		fc.assert(
			fc.property(proseLike, (text) => {
				const span = unwrapQuotes(text, { start: 0, end: text.length });
				expect(span.start).toBeGreaterThanOrEqual(0);
				expect(span.end).toBeLessThanOrEqual(text.length);
				expect(span.end).toBeGreaterThanOrEqual(span.start);
				const dropped = text.slice(0, span.start) + text.slice(span.end);
				expect(dropped.replace(/\s/g, '').length).toBeLessThanOrEqual(2);
			}),
			{ numRuns: 300 }
		);
	});
});

/** What `Intl.Segmenter` gives for the whole text at once, trimmed: the reference splitting. */
function segmentWhole(text: string): string[] {
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	return text
		.split('\n')
		.flatMap((line) => [...segmenter.segment(line)].map((s) => s.segment.trim()))
		.filter((s) => s.length > 0);
}

describe('sentenceSpans in windows', () => {
	/** Pieces whose breaks depend on what follows them (ICU looks ahead past "etc. 1 (" for a lower-case word). */
	const lookahead = fc
		.array(
			fc.constantFrom(
				'etc.',
				'Mr.',
				' ',
				'"',
				'(',
				')',
				'1',
				'2.',
				'a',
				'b',
				'Cd',
				'?',
				'!',
				'\u00a0',
				'...'
			),
			{
				maxLength: 60
			}
		)
		.map((parts) => parts.join(''));

	it('splits exactly as the segmenter does on the whole paragraph, whatever the window', () => {
		fc.assert(
			fc.property(
				fc.oneof(proseLike, lookahead),
				fc.integer({ min: 1, max: 64 }),
				(text, window) => {
					const spans = sentenceSpans(text, { start: 0, end: text.length }, 'en', { window });
					expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(segmentWhole(text));
				}
			),
			{ numRuns: 2000 }
		);
	}, 60_000);

	it('does work in proportion to the length of a paragraph (operation counts, not time)', () => {
		const charactersSegmented = (text: string) => {
			const stats: SegmentationStats = { charactersSegmented: 0 };
			sentenceSpans(text, { start: 0, end: text.length }, 'en', { stats });
			return stats.charactersSegmented / text.length;
		};
		const prose = 'So I think 5G will break out first. Why? Mr. Wang said "yes." ';
		const perCharacter = [10_000, 100_000, 1_000_000].map((n) =>
			charactersSegmented(prose.repeat(Math.ceil(n / prose.length)))
		);
		// Each character is handed to the segmenter about once, however long the paragraph.
		for (const ratio of perCharacter) expect(ratio).toBeLessThan(1.5);
		// A paragraph with no sentence break at all: the window doubles, so at most about 2×.
		expect(charactersSegmented('x'.repeat(1_000_000))).toBeLessThan(3);
	});
});

describe('parseTranscript, for any text', () => {
	const transcriptLike = fc
		.array(
			fc.oneof(
				proseLike,
				fc.constantFrom('\nHost:\n', '\nWang Qing:\n', 'Guest：\n', '\nBy Someone\n', '\n\n'),
				fc.string({ unit: 'binary', maxLength: 30 })
			),
			{ maxLength: 20 }
		)
		.map((parts) => parts.join(''));

	it('never throws, and its blocks cover the text in order without overlap', () => {
		fc.assert(
			fc.property(transcriptLike, (text) => {
				const { blocks } = parseTranscript(text);
				expect(blocks[0]!.start).toBe(0);
				blocks.forEach((block, i) => {
					expect(block.end).toBe(blocks[i + 1]?.start ?? text.length);
					expect(block.body.start).toBeGreaterThanOrEqual(block.start);
					expect(block.body.end).toBeLessThanOrEqual(block.end);
				});
			}),
			{ numRuns: 500 }
		);
	});
});
