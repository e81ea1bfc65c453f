/**
 * Anchoring at its edges, on small texts written here: the faults mutation testing found that
 * the interview's quotes never reach (a quote that starts or ends exactly where a sentence or a
 * turn does, the "nearest text" of a quote that is not found, a long nearest text, a quote that
 * occurs twice on one line). Each expected value is worked out by hand from the text.
 */
import { describe, expect, it } from 'vitest';
import {
	describeAnchorFailure,
	SourceIndex,
	type AnchorFailure,
	type Sentence,
	type Turn
} from '../../src/lib/graph';

/**
 * A SourceIndex over `source` whose turns and sentences are the given stretches of it, each
 * found where it first occurs (turn ids t0, t1…; sentence ids s1, s2…).
 */
function indexOver(source: string, turnTexts: string[], sentenceTexts: string[]): SourceIndex {
	const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
	const turns: Turn[] = turnTexts.map((text, i) => {
		const start = source.indexOf(text);
		return {
			id: `t${i}`,
			kind: 'answer',
			speaker: 'ann',
			question: null,
			node: null,
			start,
			end: start + text.length,
			line: lineOf(start)
		};
	});
	let from = 0;
	const sentences: Sentence[] = sentenceTexts.map((text, i) => {
		const start = source.indexOf(text, from);
		from = start + text.length;
		const turn = turns.find((t) => t.start <= start && start < t.end)!;
		return {
			id: `s${i + 1}`,
			turn: turn.id,
			speaker: 'ann',
			text,
			start,
			end: start + text.length,
			line: lineOf(start)
		};
	});
	return new SourceIndex(source, turns, sentences);
}

describe('a quote that starts or ends where a sentence or turn does', () => {
	// One turn of two sentences with nothing between them: "One" is [0, 3), "Two" is [3, 6).
	const joined = indexOver('OneTwo', ['OneTwo'], ['One', 'Two']);

	it('cites only the sentence it starts in when it starts where the previous one ends', () => {
		const result = joined.anchor('Two');
		expect(result).toMatchObject({ ok: true, span: { start: 3, end: 6, sentences: ['s2'] } });
	});

	it('cites only the sentence it ends in when the next one starts where it ends', () => {
		const result = joined.anchor('One');
		expect(result).toMatchObject({ ok: true, span: { start: 0, end: 3, sentences: ['s1'] } });
	});

	// Three turns with nothing between them: [0, 3), [3, 6), [6, 9).
	const turns = indexOver('OneTwoSix', ['One', 'Two', 'Six'], ['One', 'Two', 'Six']);

	it('names the turn an offset is in, at a turn’s first character and inside it', () => {
		expect(turns.turnAt(0)?.id).toBe('t0');
		expect(turns.turnAt(3)?.id).toBe('t1');
		expect(turns.turnAt(4)?.id).toBe('t1');
		expect(turns.turnAt(6)?.id).toBe('t2');
		expect(turns.turnAt(9)).toBeUndefined();
	});

	it('names no turn for an offset between two turns (a speaker line), not the next one', () => {
		// "A: " and "B: " are speaker lines; the turns are "One" [3, 6) and "Two" [10, 13).
		const gaps = indexOver('A: One\nB: Two', ['One', 'Two'], ['One', 'Two']);
		expect(gaps.turnAt(0)).toBeUndefined();
		expect(gaps.turnAt(8)).toBeUndefined();
		expect(gaps.turnAt(10)?.id).toBe('t1');
	});

	it('names just the two turns a quote runs across, not the one that ends where it starts', () => {
		const result = turns.anchor('TwoS');
		expect(result.ok).toBe(false);
		if (result.ok || result.problem !== 'crosses-turns') throw new Error(JSON.stringify(result));
		expect(result.turns.map((t) => t.id)).toEqual(['t1', 't2']);
	});

	it('names just the two turns a quote runs across, not the one that starts where it ends', () => {
		const result = turns.anchor('eTwo');
		expect(result.ok).toBe(false);
		if (result.ok || result.problem !== 'crosses-turns') throw new Error(JSON.stringify(result));
		expect(result.turns.map((t) => t.id)).toEqual(['t0', 't1']);
	});
});

describe('the nearest text of a quote that is not in the source', () => {
	const nearest = (index: SourceIndex, quote: string) => {
		const result = index.anchor(quote);
		if (result.ok || result.problem !== 'not-found') throw new Error(JSON.stringify(result));
		return result.nearest;
	};

	// The sentence is on line 3, and its best window starts 6 characters into it.
	const greek = indexOver(
		'Ann:\n\nAlpha beta gamma.',
		['Alpha beta gamma.'],
		['Alpha beta gamma.']
	);

	it('is the stretch, starting at a word, most like the quote, on the line it is on', () => {
		expect(nearest(greek, 'beta gamna')).toEqual({ text: 'beta gamma', line: 3 });
	});

	it('compares the quote without the spaces around it', () => {
		expect(nearest(greek, '  beta gamna ')).toEqual({ text: 'beta gamma', line: 3 });
	});

	it('is the first of two stretches that are equally near', () => {
		// "bat" is one letter from both "Cat" and "hat".
		const index = indexOver('Cat hat.', ['Cat hat.'], ['Cat hat.']);
		expect(nearest(index, 'bat')).toEqual({ text: 'Cat', line: 1 });
	});

	it('does not look past the first stretch that reaches the end of the sentence', () => {
		// Windows of 4 characters start at "ab c", "cd e" (which reaches the end) and "e"; "e" is
		// 3 edits from "eqqq", the other two 4, so it would win if it were looked at.
		const index = indexOver('ab cd e', ['ab cd e'], ['ab cd e']);
		expect(nearest(index, 'eqqq')).toEqual({ text: 'ab c', line: 1 });
	});

	it('is shortened to 120 characters and an ellipsis when longer', () => {
		const long = `${'a'.repeat(130)}.`;
		const index = indexOver(long, [long], [long]);
		expect(nearest(index, `${'a'.repeat(125)}b`)).toEqual({ text: `${'a'.repeat(120)}…`, line: 1 });
	});

	it('is kept whole at exactly 120 characters', () => {
		const long = `${'a'.repeat(130)}.`;
		const index = indexOver(long, [long], [long]);
		expect(nearest(index, `${'a'.repeat(119)}b`)).toEqual({ text: 'a'.repeat(120), line: 1 });
	});

	it('is none for an empty quote, or a source with no sentences', () => {
		expect(nearest(greek, '')).toBeNull();
		const empty = indexOver('Ann:', ['Ann:'], []);
		expect(nearest(empty, 'zzz')).toBeNull();
	});
});

describe('describeAnchorFailure', () => {
	const nobody = () => 'nobody';

	it('says only "not found" when there is no nearest text', () => {
		const failure: AnchorFailure = { problem: 'not-found', nearest: null };
		expect(describeAnchorFailure(failure, 'transcript.txt', nobody).message).toBe(
			'quote not found in transcript.txt'
		);
	});

	it('names one line once when a quote occurs twice on it', () => {
		const failure: AnchorFailure = { problem: 'ambiguous', lines: [7, 7] };
		expect(describeAnchorFailure(failure, 'transcript.txt', nobody).message).toBe(
			'quote occurs 2 times in transcript.txt (line 7)'
		);
	});

	it('names each line of a quote that occurs on several', () => {
		const failure: AnchorFailure = { problem: 'ambiguous', lines: [3, 9, 9] };
		expect(describeAnchorFailure(failure, 'transcript.txt', nobody).message).toBe(
			'quote occurs 3 times in transcript.txt (lines 3, 9)'
		);
	});
});
