/**
 * Starter annotations (src/lib/graph/starter.ts) for a transcript written here: the speakers it
 * finds, the host it guesses and why, who the text introduces, and every finding in words,
 * written out by hand. Written for the survivors of a mutation run (the starter's other tests run
 * `graph:new` in a child process, which a mutant cannot reach).
 */
import { describe, expect, it } from 'vitest';
import { starterAnnotations } from '../../src/lib/graph/starter';

// Line 3 introduces Mara Quinn with a title and an organisation, and names Ines Alvarez only.
const TRANSCRIPT = `Harbour talk

Mara Quinn, the editor of Tidewater Review, spoke with Ines Alvarez.

Mara Quinn:

Did wind keep the harbour supplied?

Ines Alvarez:

Mostly. Batteries helped.

Mara Quinn:

And in winter?

Ines Alvarez:

Less so. Why do you ask?
`;

describe('starterAnnotations', () => {
	it('finds the speakers, guesses the host by their questions, and reads an introduction', () => {
		const starter = starterAnnotations(TRANSCRIPT, {
			format: 'published',
			fileName: 'Harbour Talk.txt'
		});
		expect([starter.form, starter.id]).toEqual(['published', 'harbour-talk']);
		expect(starter.speakers).toEqual([
			{
				id: 'mara-quinn',
				name: 'Mara Quinn',
				aliases: ['Mara Quinn'],
				role: 'host',
				turns: 2,
				questions: 2,
				title: 'editor',
				organization: {
					id: 'tidewater-review',
					name: 'Tidewater Review',
					quote: 'Tidewater Review'
				},
				// The sentence that introduces her.
				introduced: 'Mara Quinn, the editor of Tidewater Review, spoke with Ines Alvarez.',
				introducedByText: true
			},
			{
				id: 'ines-alvarez',
				name: 'Ines Alvarez',
				aliases: ['Ines Alvarez'],
				role: 'guest',
				turns: 2,
				// "Less so. Why do you ask?" ends in a question mark.
				questions: 1,
				title: null,
				organization: null,
				// Not introduced with a title: her first words that occur once.
				introduced: 'Mostly.',
				introducedByText: false
			}
		]);
		expect(starter.findings.slice(0, -1)).toEqual([
			'Form: published (as given).',
			'Host: Mara Quinn, guessed because 2 of 2 turns end in a question mark, more than anyone else (Ines Alvarez: 1 of 2 turns). Check role: host.',
			'Mara Quinn: introduced at line 3 as editor of Tidewater Review.',
			'Ines Alvarez: not introduced in the text; "introduced" quotes their first words. Replace it with the words that introduce them, if there are any.',
			'Speakers: Mara Quinn (2 turns), Ines Alvarez (2 turns). Check that each is one person and that no label was missed.'
		]);
		expect(starter.findings.at(-1)).toMatch(/^Compiles: 2 questions, 2 answers, \d+ sentences\./);
		expect(starter.compiled.ok).toBe(true);
	});

	it('guesses the first speaker as host when nobody asks, and says so', () => {
		const starter = starterAnnotations('Ann:\n\nHello.\n\nBo:\n\nHi.\n', { format: 'published' });
		expect(starter.id).toBe('interview');
		expect(starter.speakers.map((s) => [s.id, s.role, s.turns, s.questions])).toEqual([
			['ann', 'host', 1, 0],
			['bo', 'guest', 1, 0]
		]);
		expect(starter.findings[1]).toBe(
			"Host: Ann, guessed only because they speak first: no speaker's turns end in a question mark. Check role: host."
		);
		expect(starter.findings).toContain(
			'Speakers: Ann (1 turn), Bo (1 turn). Check that each is one person and that no label was missed.'
		);
	});
});
