import { describe, expect, it } from 'vitest';
import { labelFrom, locate, occurrences, quoteBetween, turnAt } from '../../src/lib/annotate/quote';
import type { Sentence, Turn } from '../../src/lib/graph/schema';

// A transcript written for these tests: two turns, the second's sentences separated by two
// spaces (the page shows one space between sentences).
const transcript = 'Host: Why ports?\nGuest: Ports move goods.  They move people too.\nEnd';
const turns: Turn[] = [
	{
		id: 't1',
		kind: 'question',
		speaker: 'host',
		question: null,
		node: 'q1',
		start: 0,
		end: 17,
		line: 1
	},
	{
		id: 't2',
		kind: 'answer',
		speaker: 'guest',
		question: 't1',
		node: 'a1',
		start: 17,
		end: 65,
		line: 2
	}
];
const sentence = (id: string, start: number, text: string): Sentence => {
	expect(transcript.slice(start, start + text.length)).toBe(text);
	return { id, turn: 't2', speaker: 'guest', text, start, end: start + text.length, line: 2 };
};
const s1 = sentence('s1', 24, 'Ports move goods.');
const s2 = sentence('s2', 43, 'They move people too.');

describe('quoteBetween', () => {
	it('takes the words between two points of one sentence', () => {
		expect(
			quoteBetween(transcript, { sentence: s1, offset: 6 }, { sentence: s1, offset: 16 }, turns)
		).toEqual({
			quote: 'move goods',
			start: 30,
			end: 40,
			turn: turns[1]
		});
	});

	it('keeps the transcript’s own white space between sentences, not the page’s', () => {
		const located = quoteBetween(
			transcript,
			{ sentence: s1, offset: 6 },
			{ sentence: s2, offset: 9 },
			turns
		);
		expect(located?.quote).toBe('move goods.  They move');
	});

	it('reads a selection made backwards the same way', () => {
		const located = quoteBetween(
			transcript,
			{ sentence: s2, offset: 9 },
			{ sentence: s1, offset: 6 },
			turns
		);
		expect(located?.quote).toBe('move goods.  They move');
	});

	it('trims the white space a selection picks up at its ends, and gives null for none', () => {
		expect(
			quoteBetween(transcript, { sentence: s1, offset: 5 }, { sentence: s1, offset: 11 }, turns)
				?.quote
		).toBe('move');
		expect(
			quoteBetween(transcript, { sentence: s1, offset: 5 }, { sentence: s1, offset: 6 }, turns)
		).toBeNull();
	});

	it('clamps offsets to the sentence', () => {
		expect(
			quoteBetween(transcript, { sentence: s1, offset: -4 }, { sentence: s1, offset: 99 }, turns)
				?.quote
		).toBe('Ports move goods.');
	});
});

describe('turnAt and occurrences', () => {
	it('finds the turn holding a position, none past the last', () => {
		expect(turnAt(turns, 0)?.id).toBe('t1');
		expect(turnAt(turns, 16)?.id).toBe('t1');
		expect(turnAt(turns, 17)?.id).toBe('t2');
		expect(turnAt(turns, 65)).toBeNull();
	});

	it('lists where a quote occurs, up to the limit', () => {
		expect(occurrences(transcript, 'move')).toEqual([30, 48]);
		expect(occurrences(transcript, 'o', 2)).toEqual([1, 11]);
		expect(occurrences(transcript, '')).toEqual([]);
		expect(occurrences(transcript, 'ships')).toEqual([]);
	});
});

describe('locate', () => {
	it('locates a quote that occurs once, with its turn', () => {
		expect(locate(transcript, 'They move', turns)).toEqual({
			quote: 'They move',
			start: 43,
			end: 52,
			turn: turns[1]
		});
	});

	it('says why a quote cannot anchor', () => {
		expect(locate(transcript, ' ', turns)).toEqual({
			problem: 'Select words in the transcript, or type a quote.'
		});
		expect(locate(transcript, 'They sail', turns)).toEqual({
			problem: 'These words are not in the transcript as written.'
		});
		expect(locate(transcript, 'move', turns)).toEqual({
			problem: 'These words occur more than once: add words so that they occur once.'
		});
	});
});

describe('labelFrom', () => {
	it('joins the words of a quote on one line', () => {
		expect(labelFrom('Ports  move\n goods. ')).toBe('Ports move goods.');
	});

	it('cuts a long quote at a word, with an ellipsis, within the limit', () => {
		expect(labelFrom('one two three four five', 14)).toBe('one two three…');
		expect(labelFrom('one two three, four five', 16)).toBe('one two three…');
		expect(labelFrom('abcdefghijklmnopqrstuvwxyz', 10)).toBe('abcdefghi…');
	});
});
