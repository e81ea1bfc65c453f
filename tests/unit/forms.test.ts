/**
 * The transcript forms: one short example per form (tests/fixtures/forms), each read into
 * speakers, turns and sentences checked against expectations written by hand from the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	blockSentences,
	detectForm,
	readTranscript,
	type TranscriptFormName
} from '../../src/lib/graph/forms';
import { compileDocument } from '../../src/lib/graph';

const fixture = (name: string) => readFileSync(`tests/fixtures/forms/${name}`, 'utf8');

/** A sentence: its text, and its time in seconds where the form has times. */
type S = [text: string, time?: { start: number; end?: number }];
interface Expected {
	file: string;
	form: TranscriptFormName;
	title: string | null;
	narration: string[];
	/** Each turn: label, the line it starts on, its sentences. */
	turns: [label: string, line: number, sentences: S[]][];
}

const WELCOME = 'Welcome to the show.';
const JOINED = 'Today I am joined by Ravi Sen, the chief engineer of the Northern Grid Company.';
const WHY = 'Why do harbours need new power?';
const IDLE = 'Ships sit idle at the quay for days.';
const DIESEL = 'They burn diesel the whole time.';
const SHORE = 'Shore power ends that.';
const COST = 'What does it cost?';
const LESS = 'Less than the fuel it replaces.';

const EXPECTED: Expected[] = [
	{
		file: 'published.txt',
		form: 'published',
		title: 'Harbour talk',
		narration: ['Harbour talk', 'By Lena Vos', 'Recorded in Rotterdam.'],
		turns: [
			['Mara Holt', 7, [[WELCOME], [JOINED], [WHY]]],
			['Ravi Sen', 11, [[IDLE], [DIESEL]]],
			['Mara Holt', 15, [[COST]]],
			['Ravi Sen', 19, [[LESS]]]
		]
	},
	{
		file: 'one-line.txt',
		form: 'one-line',
		title: null,
		narration: ['Harbour talk, recorded in Rotterdam.'],
		turns: [
			['Mara Holt', 3, [[WELCOME], [JOINED], [WHY]]],
			// Lines 4 and 5: one speaker twice in a row is one turn.
			['Ravi Sen', 4, [[IDLE], [DIESEL], [SHORE]]],
			['Mara Holt', 6, [[COST]]],
			['Ravi Sen', 7, [[LESS]]]
		]
	},
	{
		file: 'webvtt.vtt',
		form: 'webvtt',
		title: null,
		narration: [],
		turns: [
			[
				'Mara Holt',
				5,
				[
					// Cue 1 (0–4 s) holds 20 + 79 characters of speech: 4 s × 20/99 = 0.808 s.
					[WELCOME, { start: 0, end: 0.808 }],
					[JOINED, { start: 0.808, end: 4 }],
					[WHY, { start: 4, end: 6 }]
				]
			],
			[
				'Ravi Sen',
				13,
				[
					// 36 + 9 + 6 + 15 = 66 characters in 4 s from 6.5 s; the <i> tag splits the line.
					[IDLE, { start: 6.5, end: 8.682 }],
					['They burn', { start: 8.682, end: 9.227 }],
					['diesel', { start: 9.227, end: 9.591 }],
					['the whole time.', { start: 9.591, end: 10.5 }],
					[SHORE, { start: 10.5, end: 12 }]
				]
			],
			['Mara Holt', 20, [[COST, { start: 12, end: 13.25 }]]],
			['Ravi Sen', 23, [[LESS, { start: 13.25, end: 15 }]]]
		]
	},
	{
		file: 'srt.srt',
		form: 'srt',
		title: null,
		narration: [],
		turns: [
			[
				'Mara Holt',
				1,
				[
					[WELCOME, { start: 0, end: 0.808 }],
					[JOINED, { start: 0.808, end: 4 }],
					// Cue 2 has no prefix: it continues Mara Holt's turn.
					[WHY, { start: 4, end: 6 }]
				]
			],
			[
				'Ravi Sen',
				9,
				[
					// 36 + 32 characters in 4 s from 6.5 s: 6.5 + 4 × 36/68 = 8.618.
					[IDLE, { start: 6.5, end: 8.618 }],
					[DIESEL, { start: 8.618, end: 10.5 }],
					// "[Ravi Sen]" prefix, same speaker: the same turn.
					[SHORE, { start: 10.5, end: 12 }]
				]
			],
			['Mara Holt', 18, [[COST, { start: 12, end: 13.25 }]]],
			['Ravi Sen', 22, [[LESS, { start: 13.25, end: 15 }]]]
		]
	},
	{
		file: 'service.txt',
		form: 'service',
		title: null,
		narration: [],
		turns: [
			[
				'Mara Holt',
				1,
				[
					// 0–6 s (the next speaker line says 00:06) over 20 + 79 + 31 = 130 characters.
					[WELCOME, { start: 0, end: 0.923 }],
					[JOINED, { start: 0.923, end: 4.569 }],
					[WHY, { start: 4.569, end: 6 }]
				]
			],
			[
				'Ravi Sen',
				4,
				[
					// 6–12 s over 36 + 32 + 22 = 90 characters.
					[IDLE, { start: 6, end: 8.4 }],
					[DIESEL, { start: 8.4, end: 10.533 }],
					[SHORE, { start: 10.533, end: 12 }]
				]
			],
			['Mara Holt', 9, [[COST, { start: 12, end: 13 }]]],
			// The last turn's end is not in the file.
			['Ravi Sen', 12, [[LESS, { start: 13 }]]]
		]
	},
	{
		file: 'markdown.md',
		form: 'markdown',
		title: 'Harbour talk',
		narration: ['Harbour talk', 'Recorded in Rotterdam.'],
		turns: [
			['Mara Holt', 5, [[WELCOME], [JOINED], [WHY]]],
			['Ravi Sen', 7, [[IDLE], [DIESEL]]],
			['Mara Holt', 9, [[COST]]],
			// A quoted block: the "> " markers are not part of the sentences.
			['Ravi Sen', 13, [[LESS], [SHORE]]]
		]
	}
];

describe.each(EXPECTED)('the $form form ($file)', (expected) => {
	const source = fixture(expected.file);
	const reading = readTranscript(source);

	it('is detected as its form', () => {
		expect(detectForm(source).form).toBe(expected.form);
		expect(reading.form).toBe(expected.form);
		expect(reading.title?.value ?? null).toBe(expected.title);
	});

	it('finds the narration and each turn with its speaker and line', () => {
		const [narration, ...turns] = reading.blocks;
		expect(narration!.label).toBeNull();
		expect(blockSentences(source, narration!).map((s) => source.slice(s.start, s.end))).toEqual(
			expected.narration
		);
		expect(turns.map((t) => [t.label, t.line])).toEqual(
			expected.turns.map(([label, line]) => [label, line])
		);
	});

	it('gives each sentence its offsets in the unchanged source, and its time', () => {
		reading.blocks.slice(1).forEach((block, i) => {
			const sentences = blockSentences(source, block);
			const want = expected.turns[i]![2];
			expect(sentences.map((s) => source.slice(s.start, s.end))).toEqual(want.map(([t]) => t));
			sentences.forEach((s, k) => {
				const [text, time] = want[k]!;
				// Each expected text occurs once in its fixture, so its offset is where it is found.
				expect(s.start).toBe(source.indexOf(text));
				expect(s.end).toBe(source.indexOf(text) + text.length);
				expect(s.time).toEqual(time);
				expect(s.start).toBeGreaterThanOrEqual(block.start);
				expect(s.end).toBeLessThanOrEqual(block.end);
			});
		});
	});

	it('never puts markup, cue numbers or times in a sentence', () => {
		for (const block of reading.blocks) {
			for (const s of blockSentences(source, block)) {
				expect(source.slice(s.start, s.end)).not.toMatch(/-->|<|>|\*\*|^#|^\d+$|\d\d:\d\d/);
			}
		}
	});

	it('compiles with the form stated in the annotations, turns and sentences timed as read', () => {
		const result = compileDocument({
			id: 'harbour-talk',
			transcriptFile: `tests/fixtures/forms/${expected.file}`,
			transcript: source,
			annotationsFile: 'annotations.yaml',
			annotations: [
				'document:',
				`  format: ${expected.form}`,
				'speakers:',
				'  - { id: mara, name: Mara Holt, aliases: [Mara Holt], role: host, introduced: Welcome to the show. }',
				`  - { id: ravi, name: Ravi Sen, aliases: [Ravi Sen], role: guest, introduced: '${JOINED}' }`
			].join('\n')
		});
		expect(result.diagnostics).toEqual([]);
		const graph = result.graph!;
		expect(graph.document.form).toBe(expected.form);
		expect(graph.turns.map((t) => t.kind)).toEqual([
			'narration',
			'question',
			'answer',
			'question',
			'answer'
		]);
		const answer = graph.sentences.filter((s) => s.speaker === 'ravi');
		expect(answer.map((s) => s.text)).toEqual(
			expected.turns
				.filter(([label]) => label === 'Ravi Sen')
				.flatMap(([, , s]) => s.map(([t]) => t))
		);
		expect(answer.map((s) => s.time)).toEqual(
			expected.turns
				.filter(([label]) => label === 'Ravi Sen')
				.flatMap(([, , s]) => s.map(([, t]) => t))
		);
		const firstAnswer = graph.turns[2]!;
		const timed = expected.turns[1]![2];
		expect(firstAnswer.time).toEqual(
			timed[0]![1]
				? { start: timed[0]![1].start, end: timed[timed.length - 1]![1]!.end }
				: undefined
		);
	});
});

describe('choosing the form', () => {
	it('the bundled interview and the test document are read as published', () => {
		for (const file of [
			'graph-data/five-questions-on-new-infrastructure/transcript.txt',
			'tests/fixtures/documents/harbour-power-roundtable/transcript.txt'
		]) {
			expect(detectForm(readFileSync(file, 'utf8')).form).toBe('published');
		}
	});

	it('a stated form wins over detection', () => {
		const source = fixture('one-line.txt');
		expect(readTranscript(source, 'published').blocks).toHaveLength(1);
	});

	it('one stray "Note: …" line does not make a one-line dialogue', () => {
		expect(detectForm('Title\n\nNote: this was edited.\n\nJane:\n\nHello.\n').form).toBe(
			'published'
		);
	});

	it('a WebVTT cue with two voices makes two turns', () => {
		const source = 'WEBVTT\n\n00:01.000 --> 00:03.000\n<v Ann>Why?</v> <v Bo>Because.</v>\n';
		const blocks = readTranscript(source).blocks.slice(1);
		expect(blocks.map((b) => b.label)).toEqual(['Ann', 'Bo']);
		expect(blocks.map((b) => source.slice(b.parts[0]!.start, b.parts[0]!.end))).toEqual([
			'Why?',
			'Because.'
		]);
		expect(blocks[1]!.time).toEqual({ start: 1, end: 3 });
	});

	it('reads hours, and commas or points before the milliseconds', () => {
		const source = '[1:02:03] Ann\nWhy?\n\nBo  1:02:04.5\nBecause.\n';
		const blocks = readTranscript(source).blocks.slice(1);
		expect(blocks.map((b) => b.time)).toEqual([{ start: 3723, end: 3724.5 }, { start: 3724.5 }]);
	});

	it('refuses an unknown form in the annotations, naming the forms it knows', () => {
		const result = compileDocument({
			id: 'x',
			transcriptFile: 'graph-data/x/transcript.txt',
			transcript: fixture('one-line.txt'),
			annotationsFile: 'graph-data/x/annotations.yaml',
			annotations:
				'document:\n  format: docx\nspeakers:\n  - { id: a, name: A, aliases: [A], role: host, introduced: x }\n'
		});
		expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([
			[
				2,
				'document.format: must be one of the forms: published, one-line, webvtt, srt, service, markdown'
			]
		]);
	});
});
