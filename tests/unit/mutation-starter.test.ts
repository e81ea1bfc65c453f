/**
 * Starter annotations (src/lib/graph/starter.ts) for a transcript written here: the speakers it
 * finds, the host it guesses and why, who the text introduces, and every finding in words,
 * written out by hand. Written for the survivors of a mutation run (the starter's other tests run
 * `graph:new` in a child process, which a mutant cannot reach).
 */
import { describe, expect, it } from 'vitest';
import { starterAnnotations, StarterError } from '../../src/lib/graph/starter';

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

	it('writes the starter annotations: form, speakers, titles, organisations, quoted for YAML', () => {
		// Line 3 introduces Ravi Sen (his organisation named again on line 5), line 5 Lea O'Neil
		// (no title), line 7 Tom Reyes; "Welcome, the panel of Grid Watchers met." introduces
		// nobody. Lea speaks first, but Ravi asks more (his first question ends in a full-width
		// question mark, Lea's in a quote mark).
		const text = `Grid panel

Welcome, the panel of Grid Watchers met. Ravi Sen, the chief engineer at the Northern Grid Company, joined us.

So did Lea O'Neil of Northern Grid Company.

Tom Reyes, an analyst from Bank of the North,
came too.

Lea O'Neil:

Is storage 'ready?'

Ravi Sen:

Is it ever？

RAVI SEN:

Who pays?

Tom Reyes:

Ask the bank.
`;
		const starter = starterAnnotations(text, { fileName: 'notes/grid.panel.txt' });
		expect(starter.id).toBe('grid-panel');
		expect(starter.yaml).toBe(`# Starter annotations for notes/grid.panel.txt, written by graph:new.
# Check the speakers (names, aliases, who is the host), then add entities, claims and
# relations, each quoting the transcript verbatim. See "The annotations" in README.md.
document:
  format: published # the transcript's form
  language: en
speakers:
  - id: lea-o-neil
    name: 'Lea O''Neil'
    aliases: ['Lea O''Neil']
    role: guest
    organization: northern-grid-company
    introduced: 'So did Lea O''Neil of Northern Grid Company.'
  - id: ravi-sen
    name: 'Ravi Sen'
    aliases: ['Ravi Sen', 'RAVI SEN']
    role: host # guessed: see graph:new
    title: 'chief engineer'
    organization: northern-grid-company
    introduced: 'Ravi Sen, the chief engineer at the Northern Grid Company, joined us.'
  - id: tom-reyes
    name: 'Tom Reyes'
    aliases: ['Tom Reyes']
    role: guest
    title: 'analyst'
    organization: bank-of-the-north
    introduced: 'Tom Reyes, an analyst from Bank of the North,'
organizations:
  - id: northern-grid-company
    name: 'Northern Grid Company'
    quote: 'So did Lea O''Neil of Northern Grid Company.'
  - id: bank-of-the-north
    name: 'Bank of the North'
    quote: 'Bank of the North'
entities: []
claims: []
relations: []
`);
		expect(starter.findings).toEqual([
			'Form: published (detected: 4 speaker lines of this form).',
			"Host: Ravi Sen, guessed because 2 of 2 turns end in a question mark, more than anyone else (Lea O'Neil: 1 of 1 turns; Tom Reyes: 0 of 1 turns). Check role: host.",
			"Lea O'Neil: introduced at line 5 of Northern Grid Company.",
			'Ravi Sen: introduced at line 3 as chief engineer of Northern Grid Company.',
			'Tom Reyes: introduced at line 7 as analyst of Bank of the North.',
			"Speakers: Lea O'Neil (1 turn), Ravi Sen (2 turns), Tom Reyes (1 turn). Check that each is one person and that no label was missed.",
			// The host is guessed, and here the guess cannot compile: Lea opens with a question.
			"Does not compile: graph-data/grid-panel/transcript.txt:10:1: error: Lea O'Neil answers before any question has been asked\n    Mark the speaker who asks the questions with role: host."
		]);
	});

	it('says when speakers tie for most questions, and counts one of each in the singular', () => {
		expect(
			starterAnnotations('Ann:\n\nWhy?\n\nBo:\n\nHow?\n', { format: 'published' }).findings[1]
		).toBe(
			'Host: Ann, guessed because 1 of 1 turns end in a question mark, as many as anyone else (Bo: 1 of 1 turns); tied with Bo, so the first to speak. Check role: host.'
		);
		const alone = starterAnnotations('Ann:\n\nWhy now?\n', { format: 'published' });
		expect(alone.findings.slice(1)).toEqual([
			'Host: Ann, guessed because 1 of 1 turns end in a question mark, more than anyone else. Check role: host.',
			'Ann: not introduced in the text; "introduced" quotes their first words. Replace it with the words that introduce them, if there are any.',
			'Speakers: Ann (1 turn). Check that each is one person and that no label was missed.',
			'Compiles: 1 question, 0 answers, 1 sentence. Next: add entities, claims and relations, each quoting the text.'
		]);
		expect(alone.yaml).toContain(
			"  - id: ann\n    name: 'Ann'\n    aliases: ['Ann']\n    role: host # guessed: see graph:new\n    introduced: 'Why now?' # their first words: not an introduction\nentities: []"
		);
	});

	it('reports the times of a timed transcript and names the id after the file', () => {
		const starter = starterAnnotations(
			'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>Why now?\n\n00:00:05.000 --> 00:01:04.500\n<v Bo>Because it is time.\n',
			{ fileName: 'C:\\talks\\why.vtt' }
		);
		expect([starter.form, starter.id]).toEqual(['webvtt', 'why']);
		expect(starter.findings).toContain(
			'Times: 2 of 2 sentences have times (up to 1:04); add document.recording (a URL) or pick the recording in the reader to play them.'
		);
		expect(starter.findings.at(-1)).toBe(
			'Compiles: 1 question, 1 answer, 2 sentences. Next: add entities, claims and relations, each quoting the text.'
		);
	});

	it('quotes an introduction only from a sentence that occurs once', () => {
		// The first two sentences are the same words; the third, shorter, occurs once.
		const starter = starterAnnotations(
			'Bo Li, the head of Grid Co, spoke. Bo Li, the head of Grid Co, spoke. Bo Li, the head of Grid Co.\n\nAnn:\n\nWhy?\n\nBo Li:\n\nBecause.\n',
			{ format: 'published' }
		);
		expect(starter.speakers[1]).toMatchObject({
			id: 'bo-li',
			title: 'head',
			organization: { id: 'grid-co', name: 'Grid Co', quote: 'Bo Li, the head of Grid Co.' },
			introduced: 'Bo Li, the head of Grid Co.',
			introducedByText: true
		});
	});

	it('says whether no form at all found turns, which naming the form may help', () => {
		const thrown = (run: () => unknown) => {
			try {
				run();
			} catch (error) {
				return error as StarterError;
			}
			throw new Error('expected a StarterError');
		};
		const undetected = thrown(() => starterAnnotations('Just prose, no turns.\n'));
		expect([undetected.message, undetected.undetected]).toEqual([
			'no speaker turns found in the transcript in any form Citegraph reads (published, one-line, webvtt, srt, service, markdown); see "Transcript forms" in README.md',
			true
		]);
		const given = thrown(() => starterAnnotations('Just prose.\n', { format: 'published' }));
		expect(given.undetected).toBe(false);
	});

	it('refuses a transcript in which the given form finds no turns', () => {
		expect(() => starterAnnotations('Just prose, no turns.\n', { format: 'published' })).toThrow(
			'no speaker turns found in the transcript read as published; the forms Citegraph reads are: published, one-line, webvtt, srt, service, markdown'
		);
	});
});
