import { describe, expect, it } from 'vitest';
import { clockSpan, clockTime, sentenceAt } from '../../src/lib/graph/timing';

describe('clockTime and clockSpan', () => {
	it.each([
		[0, '0:00'],
		[6.5, '0:06'],
		[59.999, '0:59'],
		[83.5, '1:23'],
		[3723, '1:02:03']
	])('%s s reads %s', (seconds, clock) => {
		expect(clockTime(seconds)).toBe(clock);
	});

	it('a span with no end reads as its start', () => {
		expect(clockSpan({ start: 6.5, end: 12 })).toBe('0:06–0:12');
		expect(clockSpan({ start: 13 })).toBe('0:13');
	});
});

describe('sentenceAt', () => {
	const sentences = [
		{ id: 'narration' },
		{ id: 'a', time: { start: 0, end: 4 } },
		{ id: 'b', time: { start: 4, end: 6 } },
		// A pause from 6 to 6.5 s.
		{ id: 'c', time: { start: 6.5, end: 8 } },
		// No end: it lasts until the next one starts.
		{ id: 'd', time: { start: 12 } },
		{ id: 'e', time: { start: 14 } }
	];

	it.each([
		[0, 'a'],
		[3.99, 'a'],
		[4, 'b'],
		// At the very end of b, in the pause: nothing is being said.
		[6, null],
		[6.2, null],
		[6.5, 'c'],
		[9, null],
		[12, 'd'],
		[13.9, 'd'],
		[100, 'e']
	])('at %s s: %s', (seconds, id) => {
		expect(sentenceAt(sentences, seconds)?.id ?? null).toBe(id);
	});

	it('before the first time, nothing', () => {
		expect(sentenceAt([{ time: { start: 2, end: 3 } }], 1)).toBeNull();
	});
});
