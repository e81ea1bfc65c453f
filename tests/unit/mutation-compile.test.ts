/**
 * The compiler at an edge mutation testing found untested: a claim whose speaker is unknown but
 * whose quote is sound is reported, not a crash (its speaker is read with `?.` throughout).
 */
import { describe, expect, it } from 'vitest';
import { compileWith, SPEAKERS_YAML } from './helpers';

describe('a claim by a speaker the annotations do not list', () => {
	it('is one error naming the claim and the speaker, even when its quote is sound', () => {
		const result = compileWith(`${SPEAKERS_YAML}claims:
  - id: the-claim
    speaker: nobody
    label: A claim
    statement: A claim.
    quotes: ['So I think 5G will break out first']
`);
		expect(result.ok).toBe(false);
		// Line 26 holds `speaker: nobody` (the claim's quotes are on line 29, as in anchor.test.ts).
		expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([
			[26, 'claim "the-claim" names an unknown speaker "nobody"']
		]);
	});
});
