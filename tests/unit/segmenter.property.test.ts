import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceSpans, unwrapQuotes } from '../../src/lib/graph';

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
