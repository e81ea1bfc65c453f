import { describe, expect, it } from 'vitest';
import { occurrences } from '../../src/lib/graph';
import { compileWith, SPEAKERS_YAML } from './helpers';

/** Annotations with one claim by `speaker` resting on `quote`. */
function claimQuoting(quote: string, speaker = 'wang-qing'): string {
	return `${SPEAKERS_YAML}claims:
  - id: the-claim
    speaker: ${speaker}
    label: A claim
    statement: A claim.
    quotes: [${JSON.stringify(quote)}]
`;
}

describe('anchoring quotes in the transcript', () => {
	it('records the sentences a quote covers', () => {
		const result = compileWith(claimQuoting('So I think 5G will break out first'));
		expect(result.ok).toBe(true);
		const claim = result.graph!.nodes.find((n) => n.id === 'the-claim');
		expect(claim).toMatchObject({ type: 'claim', citations: ['t3-s16'] });
		if (claim?.type !== 'claim') throw new Error('not a claim');
		expect(claim.quotes[0]).toMatchObject({ text: 'So I think 5G will break out first' });
	});

	it('records every sentence of a quote that spans several', () => {
		const result = compileWith(claimQuoting('Take 5G as an example. Yesterday'));
		expect(result.graph?.nodes.find((n) => n.id === 'the-claim')?.citations).toEqual([
			't3-s12',
			't3-s13'
		]);
	});

	// Each failure: the quote, and what the message must say.
	it.each([
		[
			'a quote that is not in the text',
			'So I think 5G will brake out first',
			/quote not found in transcript\.txt; nearest text \(line 45\): "So I think 5G will break out first/
		],
		[
			'a quote that is in the text more than once',
			'the Industrial Internet',
			/quote occurs \d+ times in transcript\.txt \(lines [\d, ]+\)/
		],
		// Exactly twice, lines 58 and 98 of the transcript: a quote must never silently take the
		// first of two places.
		[
			'a quote that is in the text exactly twice',
			'business models are not clear',
			/^quote occurs 2 times in transcript\.txt \(lines 58, 98\)$/
		],
		[
			'a quote that crosses a turn boundary',
			`improving people's livelihood services. "\n\nZinc link:\n\n"There are comments`,
			/quote crosses a turn boundary in transcript\.txt: it runs across Xiang Lipeng's turn at line 84 into Gong Haihan's turn at line 90/
		],
		['a quote of a speaker label', 'Xiang Lipeng:\n', /quote occurs 4 times/],
		[
			'a quote of the quotation mark that wraps a turn',
			'\n\n"In the current situation',
			/does not begin and end inside sentences/
		],
		[
			'a quote with the space after a sentence',
			'So I think 5G will break out first.\n',
			/does not begin and end inside sentences/
		]
	])('refuses %s', (_, quote, message) => {
		const result = compileWith(claimQuoting(quote));
		expect(result.ok).toBe(false);
		expect(result.diagnostics).toHaveLength(1);
		const [d] = result.diagnostics;
		expect(d).toMatchObject({
			file: 'graph-data/five-questions-on-new-infrastructure/annotations.yaml',
			line: 29
		});
		expect(d!.message).toMatch(message);
		const hint = {
			'quote not':
				'Copy the words exactly as the transcript has them, punctuation and spelling included.',
			'quote occ': 'Quote more of the sentence so that the words occur only once.',
			'quote cro': 'Split it into one quote per turn.',
			'quote at ': 'Quote only words that were said or narrated, starting and ending on them.'
		}[d!.message.slice(0, 9)];
		expect(d!.hint).toBe(hint);
	});

	it('refuses a quote from a turn of someone other than the claimed speaker', () => {
		const result = compileWith(claimQuoting('So I think 5G will break out first', 'xiang-lipeng'));
		expect(result.diagnostics.map((d) => d.message)).toEqual([
			'claim "the-claim" is attributed to Xiang Lipeng, but this quote is from Wang Qing\'s turn at line 33 of graph-data/five-questions-on-new-infrastructure/transcript.txt'
		]);
	});
});

describe('occurrences', () => {
	it.each([
		['abcabc', 'abc', [0, 3]],
		['aaaa', 'aa', [0, 1, 2]],
		['abc', 'x', []],
		['abc', '', []]
	])('finds %j in %j', (haystack, needle, expected) => {
		expect(occurrences(haystack, needle)).toEqual(expected);
	});
});
