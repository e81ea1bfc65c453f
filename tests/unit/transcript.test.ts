import { beforeEach, describe, expect, it } from 'vitest';
import { parseTranscript, sentenceSpans, unwrapQuotes } from '../../src/lib/graph';
import { compiledInterview, transcript } from './helpers';

describe('parseTranscript on the bundled interview', () => {
	// Made before each test, not while the file loads: the mutation run pins a mutant only on the
	// tests that run its code, and code run at load counts for none of them.
	let parsed: ReturnType<typeof parseTranscript>;
	beforeEach(() => {
		parsed = parseTranscript(transcript);
	});

	it('reads the front matter', () => {
		expect(parsed.title?.value).toBe(
			'Five Questions on New Infrastructure: Blockchain plays an important role and investment volume is insufficient'
		);
		expect(parsed.author).toMatchObject({ value: 'Wang Qiao', line: 3 });
		expect(parsed.editor).toMatchObject({ value: 'Sole Show', line: 5 });
	});

	it('finds the narration and one block per speaker label, in order', () => {
		expect(parsed.blocks.map((b) => b.label)).toEqual([
			null,
			'Zinc link',
			'Xiang Lipeng',
			'Wang Qing',
			'Zinc link',
			'Xiang Lipeng',
			'Wang Qing',
			'Zinc link',
			'Xiang Lipeng',
			'Zinc link',
			'Xiang Lipeng',
			'Wang Qing',
			'Zinc link',
			'Wang Qing'
		]);
		expect(parsed.blocks.map((b) => b.line)).toEqual([
			1, 15, 19, 33, 49, 54, 70, 80, 84, 90, 94, 106, 112, 116
		]);
	});

	it('drops the quotation marks that wrap each turn', () => {
		for (const block of parsed.blocks.slice(1)) {
			const body = transcript.slice(block.body.start, block.body.end);
			expect(body).not.toMatch(/^"/);
			expect(transcript.slice(block.start, block.body.start)).toMatch(/"\s*$/);
			// The closing mark is left out; a quotation inside the answer may still end it.
			expect(transcript.slice(block.body.end, block.end).trim()).toBe('"');
		}
	});
});

describe('turns and sentences of the compiled interview', () => {
	const graph = compiledInterview();

	it('has five questions and eight answers, each answer tied to the question before it', () => {
		const kinds = graph.turns.map((t) => t.kind);
		expect(kinds.filter((k) => k === 'question')).toHaveLength(5);
		expect(kinds.filter((k) => k === 'answer')).toHaveLength(8);
		expect(kinds[0]).toBe('narration');
		let question: string | null = null;
		for (const turn of graph.turns) {
			if (turn.kind === 'question') question = turn.id;
			if (turn.kind === 'answer') expect(turn.question).toBe(question);
		}
	});

	it('gives every sentence offsets such that source.slice(start, end) === text', () => {
		expect(graph.sentences.length).toBeGreaterThan(100);
		for (const s of graph.sentences) expect(transcript.slice(s.start, s.end)).toBe(s.text);
	});

	it('keeps sentences in order, inside their turn, without overlap', () => {
		const turns = new Map(graph.turns.map((t) => [t.id, t]));
		graph.sentences.forEach((s, i) => {
			const turn = turns.get(s.turn)!;
			expect(s.start).toBeGreaterThanOrEqual(turn.start);
			expect(s.end).toBeLessThanOrEqual(turn.end);
			expect(s.speaker).toBe(turn.speaker);
			if (i > 0) expect(s.start).toBeGreaterThanOrEqual(graph.sentences[i - 1]!.end);
		});
	});

	it('splits a known answer into the sentences a reader sees', () => {
		const first = graph.sentences.find((s) => s.turn === 't1');
		expect(first?.text).toBe(
			'Why does the country regard new infrastructure as the focus of this stage of development?'
		);
		const breakout = graph.sentences.find((s) => s.text === 'So I think 5G will break out first.');
		expect(breakout).toMatchObject({ speaker: 'wang-qing', line: 45 });
	});

	it('numbers sentences stably by turn', () => {
		expect(graph.sentences[0]?.id).toBe('t0-s1');
		for (const s of graph.sentences) expect(s.id).toMatch(new RegExp(`^${s.turn}-s\\d+$`));
	});
});

describe('sentenceSpans and unwrapQuotes', () => {
	it.each([
		['One. Two?', ['One.', 'Two?']],
		['  Padded.  \n\n  Next line  ', ['Padded.', 'Next line']],
		['No full stop', ['No full stop']],
		['', []],
		['\n \n', []]
	])('splits %j', (text, expected) => {
		const spans = sentenceSpans(text, { start: 0, end: text.length });
		expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expected);
	});

	it.each([
		['"Quoted answer."', 'Quoted answer.'],
		['"Open only', 'Open only'],
		['Not "wrapped"', 'Not "wrapped"'],
		['“Curly.” ', '“Curly.” '.slice(1, -2)],
		['"', '']
	])('unwraps %j', (text, expected) => {
		const span = unwrapQuotes(text, { start: 0, end: text.trimEnd().length });
		expect(text.slice(span.start, span.end)).toBe(expected);
	});
});
