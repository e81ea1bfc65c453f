/**
 * Search at its edges (src/lib/graph/search.ts): the snippet's window, cut on word boundaries,
 * worked out by hand on a text of numbered words, and where a hit says it matched. Written for
 * the survivors of a mutation run; the index is made inside each test.
 */
import { describe, expect, it } from 'vitest';
import { GraphSearch, snippet } from '../../src/lib/graph';
import { compiledInterview } from './helpers';

/** "w00 w01 … w79": word n starts at 4n, and a space at 4n + 3. */
const WORDS = Array.from({ length: 80 }, (_, i) => `w${String(i).padStart(2, '0')}`).join(' ');
const words = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => `w${String(from + i).padStart(2, '0')}`).join(
		' '
	);

describe('snippet', () => {
	it('keeps 60 characters before the first match and 120 after, cut at spaces, with ellipses', () => {
		// w30 is at 120: the window is 60–240. At 60 begins w15, but the cut moves past the next
		// space to w16; at 240 begins w60, so the cut goes back to the space before it.
		expect(snippet(WORDS, ['zzz', 'w30'])).toBe(`…${words(16, 59)}…`);
	});

	it('cuts back to a space when the window ends inside a word', () => {
		// "30" is at 121, inside w30: the window is 61–241, which ends inside w60; the cut goes back
		// to the space before it, and at the start past the space after w15.
		expect(snippet(WORDS, ['30'])).toBe(`…${words(16, 59)}…`);
	});

	it('cuts inside a word when no space follows the match within the window', () => {
		// "bbb" is at 4; the window ends at 124, and the only space before it is at 3, before the match.
		expect(snippet(`aaa ${'b'.repeat(200)}`, ['bbb'])).toBe(`aaa ${'b'.repeat(120)}…`);
	});

	it('starts at the earliest match of any term, whatever the order of the terms', () => {
		// w00 is at 0: nothing is cut before; the window ends at 120 (w30), cut back to w29.
		expect(snippet(WORDS, ['w45', 'W00'])).toBe(`${words(0, 29)}…`);
	});

	it('shows the start of the text when no term is in it', () => {
		expect(snippet('Nothing here matches.', ['zzz'])).toBe('Nothing here matches.');
	});

	it('shows a short text whole, its runs of spaces and line breaks each as one space', () => {
		expect(snippet('One  two\n\nthree', ['two'])).toBe('One two three');
	});

	it('cuts only at the end when the match is near the start of a long text', () => {
		// w05 is at 20: the window is 0–140; at 140 begins w35, so the cut goes back to w34.
		expect(snippet(WORDS, ['w05'])).toBe(`${words(0, 34)}…`);
	});

	it('cuts only at the start when the match is near the end', () => {
		// w75 is at 300: the window is 240–319 (the end); at 240 begins w60, the cut moves to w61.
		expect(snippet(WORDS, ['w75'])).toBe(`…${words(61, 79)}`);
	});
});

describe('GraphSearch.query', () => {
	it('says a hit matched its label when any term is in the label, with no snippet', () => {
		// "Hubei" is only in Wang Qing's introduction, "Wang" in his name as well.
		const search = new GraphSearch(compiledInterview());
		const hit = search.query('wang hubei').find((h) => h.id === 'wang-qing');
		expect(hit).toMatchObject({ id: 'wang-qing', label: 'Wang Qing', field: 'label', snippet: '' });
	});

	it('gives a snippet of the text when the label has none of the terms', () => {
		// Only Xiang's Q3 answer says "in order to avoid liquidity risks"; no label does.
		const search = new GraphSearch(compiledInterview());
		const hits = search.query('liquidity');
		expect(hits.map((h) => [h.id, h.field])).toContainEqual(['q3-xiang-lipeng', 'text']);
		expect(hits.find((h) => h.id === 'q3-xiang-lipeng')!.snippet).toContain(
			'in order to avoid liquidity risks'
		);
	});

	it('finds nothing for a blank query', () => {
		const search = new GraphSearch(compiledInterview());
		expect(search.query('  \n ')).toEqual([]);
	});
});
