/**
 * The compiler at the edges mutation testing found untested: a claim whose speaker is unknown
 * but whose quote is sound is reported, not a crash (its speaker is read with `?.` throughout);
 * the document folder name; the transcript's limits (the longest paragraph, the five refused
 * characters listed one by one); aliases. Each expected value is worked out by hand from the
 * interview or from a small transcript written here, and each test compiles inside its `it`
 * (a compile at load time would be ignored by the mutation run).
 */
import { describe, expect, it } from 'vitest';
import { checkTranscript, MAX_PARAGRAPH_CHARS, type CompileResult } from '../../src/lib/graph';
import { compileAs, compileWith, edgeOf, SPEAKERS_YAML } from './helpers';

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

	it('is one error too when it is a relayed view, whose label names its holder', () => {
		const result = compileWith(`${SPEAKERS_YAML}claims:
  - id: the-view
    speaker: nobody
    label: Others think so
    statement: Others think so.
    quotes: ['So I think 5G will break out first']
    relayed:
      holder: some people
`);
		expect(result.ok).toBe(false);
		expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([
			[26, 'claim "the-view" names an unknown speaker "nobody"']
		]);
	});
});

describe('the document folder name', () => {
	it('is refused, at line 1 of the annotations, when it is not an id', () => {
		const result = compileAs('My-Interview', SPEAKERS_YAML);
		expect(result.ok).toBe(false);
		expect(result.diagnostics).toEqual([
			{
				file: 'graph-data/My-Interview/annotations.yaml',
				line: 1,
				column: 1,
				message: 'document folder name "My-Interview" is not a valid id',
				hint: 'Rename the folder to lower-case words joined by hyphens.'
			}
		]);
	});

	it('is refused when it is the corpus’s reserved id, with what to do', () => {
		const result = compileAs('corpus', SPEAKERS_YAML);
		expect(result.diagnostics).toEqual([
			{
				file: 'graph-data/corpus/annotations.yaml',
				line: 1,
				column: 1,
				message:
					'document folder name "corpus" is reserved: /corpus shows every document in one graph',
				hint: 'Rename the folder.'
			}
		]);
	});
});

describe('checkTranscript at its limits', () => {
	const FILE = 'graph-data/x/transcript.txt';
	const TOO_LONG = {
		file: FILE,
		line: 3,
		column: 1,
		message:
			'this paragraph is 8,000,001 characters long; the longest Citegraph reads is 8,000,000',
		hint: 'Break it into paragraphs (a line break between turns or topics), or split the transcript into several documents.'
	};

	it('accepts a paragraph of exactly the longest length', () => {
		expect(checkTranscript(`Ann:\n\n${'a'.repeat(MAX_PARAGRAPH_CHARS)}\n`, FILE)).toEqual([]);
	});

	it('reports a paragraph one character longer, also when it ends the file without a line break', () => {
		const paragraph = 'a'.repeat(MAX_PARAGRAPH_CHARS + 1);
		expect(checkTranscript(`Ann:\n\n${paragraph}\n`, FILE)).toEqual([TOO_LONG]);
		expect(checkTranscript(`Ann:\n\n${paragraph}`, FILE)).toEqual([TOO_LONG]);
	});

	/** What is reported of the control character U+000n at `line`:`column`. */
	const control = (n: number, line: number, column: number) => ({
		file: FILE,
		line,
		column,
		message: `transcript.txt contains U+000${n} (a control character)`,
		hint: 'Remove it: it is invisible and has no place in the text.'
	});

	it('lists five refused characters one by one, and no summary line', () => {
		// Ann's turn is lines 1-3; the characters are at columns 2, 4 (line 3) and 2, 4, 6 (line 4).
		const source = 'Ann:\n\na\u0001b\u0002\nc\u0003d\u0004e\u0005f\n';
		expect(checkTranscript(source, FILE)).toEqual([
			control(1, 3, 2),
			control(2, 3, 4),
			control(3, 4, 2),
			control(4, 4, 4),
			control(5, 4, 6)
		]);
	});

	it('lists the first five of seven, then counts the rest from where the sixth is', () => {
		const source = 'Ann:\n\na\u0001b\u0002\nc\u0003d\u0004e\u0005f\u0006g\u0007\n';
		expect(checkTranscript(source, FILE)).toEqual([
			control(1, 3, 2),
			control(2, 3, 4),
			control(3, 4, 2),
			control(4, 4, 4),
			control(5, 4, 6),
			{
				file: FILE,
				line: 4,
				column: 8,
				message: 'transcript.txt contains 2 more such characters (only the first 5 are listed)',
				hint: 'Remove every control character; a form feed becomes a blank line.'
			}
		]);
	});

	it('says which form it read a transcript without turns as, when the annotations name it', () => {
		expect(checkTranscript('Just text.\n', FILE, 'published')).toEqual([
			{
				file: FILE,
				line: 1,
				column: 1,
				message: 'transcript.txt has no speaker labels, so it has no turns to cite',
				hint: 'It is read as published (document.format in the annotations), in which no turn was found; the forms Citegraph reads are: published, one-line, webvtt, srt, service, markdown (see "Transcript forms" in README.md).'
			}
		]);
	});
});

describe('aliases on two speakers', () => {
	it('are not reported when one speaker lists the same alias twice, in two cases', () => {
		const yaml = SPEAKERS_YAML.replace('aliases: [Wang Qing]', 'aliases: [Wang Qing, WANG QING]');
		expect(compileWith(yaml).diagnostics).toEqual([]);
	});

	it('are told apart as the transcript’s labels are, by their lower case', () => {
		// "Straße" and "STRASSE" are one word in upper case ("STRASSE") but two in lower case
		// ("straße", "strasse"), and a label is looked up by its lower case.
		const yaml = SPEAKERS_YAML.replace(
			'aliases: [Xiang Lipeng]',
			'aliases: [Xiang Lipeng, Straße]'
		).replace('aliases: [Wang Qing]', 'aliases: [Wang Qing, STRASSE]');
		expect(compileWith(yaml).diagnostics).toEqual([]);
	});
});

/**
 * A small document: lines 1-23 of its transcript are a talk in which Ann asks Q1 (line 1), Bob
 * answers twice (lines 5, 9), Ann asks Q2 (line 13), Bob (line 17) and Cy (line 21) answer it.
 * Offsets: "Ann:" 0, "Why now?" 6-14, "Bob:" 16, "Because." 22-30, "It is so." 31-40, "Bob:" 42,
 * "Also this." 48-58, "Ann:" 60, "And you?" 66-74, "Bob:" 76, "No." 82-85, "Cy:" 87, "Yes."
 * 92-96; 97 characters in all. Its annotations are 29 lines: what a test appends starts at line 30.
 */
const TINY_SOURCE =
	'Ann:\n\nWhy now?\n\nBob:\n\nBecause. It is so.\n\nBob:\n\nAlso this.\n\n' +
	'Ann:\n\nAnd you?\n\nBob:\n\nNo.\n\nCy:\n\nYes.\n';
const TINY_ANNOTATIONS = `document:
  language: en
  date: 25 March 2020
  description: A small talk.
speakers:
  - id: ann
    name: Ann
    aliases: [Ann]
    role: host
    title: the host
    organization: acme
    introduced: 'Why now?'
  - id: bob
    name: Bob
    aliases: [Bob]
    role: guest
    introduced: 'Because.'
  - id: cy
    name: Cy
    aliases: [Cy]
    role: guest
    introduced: 'Yes.'
organizations:
  - id: acme
    name: Acme
    quote: 'And you?'
questions:
  - number: 2
    label: The second question
`;

describe('a small transcript compiled whole', () => {
	it('numbers questions and each speaker’s answers to each question, and cites every turn', () => {
		const result = compileAs('tiny', TINY_ANNOTATIONS, TINY_SOURCE);
		expect(result.diagnostics).toEqual([]);
		const turn = (
			id: string,
			kind: 'question' | 'answer',
			speaker: string,
			question: string | null,
			node: string,
			[start, end, line]: number[]
		) => ({ id, kind, speaker, question, node, start, end, line });
		const sentence = (id: string, speaker: string, text: string, [start, end, line]: number[]) => ({
			id,
			turn: id.split('-')[0],
			speaker,
			text,
			start,
			end,
			line
		});
		const edge = edgeOf;
		expect(result.graph).toStrictEqual({
			type: 'citegraph.graph',
			version: 2,
			document: {
				id: 'tiny',
				title: 'tiny',
				source: 'graph-data/tiny/transcript.txt',
				author: null,
				editor: null,
				date: '25 March 2020',
				language: 'en',
				description: 'A small talk.',
				form: 'published'
			},
			turns: [
				// The text before the first label (none) is a narration turn.
				{
					id: 't0',
					kind: 'narration',
					speaker: null,
					question: null,
					node: null,
					start: 0,
					end: 0,
					line: 1
				},
				turn('t1', 'question', 'ann', null, 'q1', [0, 16, 1]),
				turn('t2', 'answer', 'bob', 't1', 'q1-bob', [16, 42, 5]),
				turn('t3', 'answer', 'bob', 't1', 'q1-bob-2', [42, 60, 9]),
				turn('t4', 'question', 'ann', null, 'q2', [60, 76, 13]),
				turn('t5', 'answer', 'bob', 't4', 'q2-bob', [76, 87, 17]),
				turn('t6', 'answer', 'cy', 't4', 'q2-cy', [87, 97, 21])
			],
			sentences: [
				sentence('t1-s1', 'ann', 'Why now?', [6, 14, 3]),
				sentence('t2-s1', 'bob', 'Because.', [22, 30, 7]),
				sentence('t2-s2', 'bob', 'It is so.', [31, 40, 7]),
				sentence('t3-s1', 'bob', 'Also this.', [48, 58, 11]),
				sentence('t4-s1', 'ann', 'And you?', [66, 74, 15]),
				sentence('t5-s1', 'bob', 'No.', [82, 85, 19]),
				sentence('t6-s1', 'cy', 'Yes.', [92, 96, 23])
			],
			nodes: [
				{ id: 'acme', type: 'organization', label: 'Acme', name: 'Acme', citations: ['t4-s1'] },
				{
					id: 'ann',
					type: 'speaker',
					label: 'Ann',
					name: 'Ann',
					role: 'host',
					title: 'the host',
					organization: 'acme',
					aliases: ['Ann'],
					citations: ['t1-s1']
				},
				{
					id: 'bob',
					type: 'speaker',
					label: 'Bob',
					name: 'Bob',
					role: 'guest',
					title: null,
					organization: null,
					aliases: ['Bob'],
					citations: ['t2-s1']
				},
				{
					id: 'cy',
					type: 'speaker',
					label: 'Cy',
					name: 'Cy',
					role: 'guest',
					title: null,
					organization: null,
					aliases: ['Cy'],
					citations: ['t6-s1']
				},
				{
					id: 'q1',
					type: 'question',
					label: 'Q1: Why now?',
					number: 1,
					speaker: 'ann',
					turn: 't1',
					text: 'Why now?',
					citations: ['t1-s1']
				},
				{
					id: 'q1-bob',
					type: 'answer',
					label: "Bob's answer to Q1",
					question: 'q1',
					speaker: 'bob',
					turn: 't2',
					text: 'Because. It is so.',
					citations: ['t2-s1', 't2-s2']
				},
				{
					id: 'q1-bob-2',
					type: 'answer',
					label: "Bob's answer to Q1",
					question: 'q1',
					speaker: 'bob',
					turn: 't3',
					text: 'Also this.',
					citations: ['t3-s1']
				},
				{
					id: 'q2',
					type: 'question',
					label: 'The second question',
					number: 2,
					speaker: 'ann',
					turn: 't4',
					text: 'And you?',
					citations: ['t4-s1']
				},
				{
					id: 'q2-bob',
					type: 'answer',
					label: "Bob's answer to Q2",
					question: 'q2',
					speaker: 'bob',
					turn: 't5',
					text: 'No.',
					citations: ['t5-s1']
				},
				{
					id: 'q2-cy',
					type: 'answer',
					label: "Cy's answer to Q2",
					question: 'q2',
					speaker: 'cy',
					turn: 't6',
					text: 'Yes.',
					citations: ['t6-s1']
				}
			],
			edges: [
				edge('ann', 'affiliated-with', 'acme', ['t1-s1']),
				edge('q1', 'asked-by', 'ann', ['t1-s1']),
				edge('q1-bob', 'answers', 'q1', ['t2-s1']),
				edge('q1-bob', 'said-by', 'bob', ['t2-s1']),
				edge('q1-bob-2', 'answers', 'q1', ['t3-s1']),
				edge('q1-bob-2', 'said-by', 'bob', ['t3-s1']),
				edge('q2', 'asked-by', 'ann', ['t4-s1']),
				edge('q2-bob', 'answers', 'q2', ['t5-s1']),
				edge('q2-bob', 'said-by', 'bob', ['t5-s1']),
				edge('q2-cy', 'answers', 'q2', ['t6-s1']),
				edge('q2-cy', 'said-by', 'cy', ['t6-s1'])
			],
			uncited: []
		});
	});

	it('reports a question label past the transcript’s questions, at its number', () => {
		// The label appended is lines 30-31, its number at column 13; the transcript asks 2 questions.
		const result = compileAs(
			'tiny',
			`${TINY_ANNOTATIONS}  - number: 3\n    label: A third question\n`,
			TINY_SOURCE
		);
		expect(result.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
			[30, 13, 'question 3 has a label, but the transcript has only 2 questions']
		]);
	});

	it('reports a turn with no text at the line of its label, in the transcript', () => {
		const result = compileAs('tiny', TINY_ANNOTATIONS, `${TINY_SOURCE}\nBob:\n`);
		expect(result.diagnostics).toEqual([
			{
				file: 'graph-data/tiny/transcript.txt',
				line: 25,
				column: 1,
				message: 'the turn at line 25 has no text',
				hint: 'Remove the empty label or add what was said.'
			}
		]);
	});

	it('reports an answer before any question, and a speaker without an alias', () => {
		const result = compileAs(
			'tiny',
			TINY_ANNOTATIONS.replace('aliases: [Cy]', 'aliases: []'),
			`Bob:\n\nFirst.\n\n${TINY_SOURCE.replace('Cy:\n\n', 'Bob:\n\n')}`
		);
		expect(result.diagnostics).toEqual([
			{
				file: 'graph-data/tiny/transcript.txt',
				line: 1,
				column: 1,
				message: 'Bob answers before any question has been asked',
				hint: 'Mark the speaker who asks the questions with role: host.'
			},
			{
				file: 'graph-data/tiny/annotations.yaml',
				line: 20,
				column: 14,
				message: 'speaker "cy" needs at least one alias',
				hint: 'List the label the transcript uses for them, e.g. aliases: [Wang Qing].'
			}
		]);
	});
});

describe('a question without a label', () => {
	it('is labelled with its first sentence, shortened past 70 characters at a word', () => {
		// 73 characters: cut to the first 69 ("Why" and 13 " word", then a space), trimmed, with "…".
		const long = `Why ${'word '.repeat(13)}end?`;
		// Exactly 70 characters: kept whole.
		const seventy = `So ${'word '.repeat(13)}a?`;
		const result = compileAs(
			'tiny',
			`document:
  language: en
speakers:
  - id: ann
    name: Ann
    aliases: [Ann]
    role: host
    introduced: 'Yes.'
  - id: bob
    name: Bob
    aliases: [Bob]
    role: guest
    introduced: 'No.'
`,
			`Ann:\n\n${long}\n\nBob:\n\nYes.\n\nAnn:\n\n${seventy}\n\nBob:\n\nNo.\n`
		);
		expect(long).toHaveLength(73);
		expect(seventy).toHaveLength(70);
		const labels = result.graph?.nodes.filter((n) => n.type === 'question').map((n) => n.label);
		expect(labels).toEqual([`Q1: Why${' word'.repeat(13)}…`, `Q2: ${seventy}`]);
	});
});

/** The diagnostics of the small document with `yaml` appended to its annotations. */
function tinyProblems(yaml: string, annotations = TINY_ANNOTATIONS) {
	const result = compileAs('tiny', `${annotations}${yaml}`, TINY_SOURCE);
	expect(result.ok).toBe(false);
	return result.diagnostics.map(({ line, column, message, hint }) => ({
		line,
		column,
		message,
		hint
	}));
}

/** Two entities of the small document (lines 30-38): the sector rail and the scenario port. */
const TINY_ENTITIES = `entities:
  - id: rail
    type: sector
    label: Rail
    quotes: ['It is so.']
  - id: port
    type: scenario
    label: Port
    quotes: ['Also this.']
`;

describe('relations', () => {
	it('report a duplicate, a relation to itself, ends of the wrong type and a missing end', () => {
		const yaml = `${TINY_ENTITIES}relations:
  - source: port
    relation: applies-to
    target: rail
    quotes: ['No.']
  - source: port
    relation: applies-to
    target: rail
    quotes: ['Yes.']
  - source: rail
    relation: part-of
    target: rail
    quotes: ['Yes.']
  - source: rail
    relation: applies-to
    target: acme
    quotes: ['Yes.']
  - source: port
    relation: part-of
    target: nowhere
    quotes: ['Yes.']
`;
		expect(tinyProblems(yaml)).toEqual([
			{
				line: 44,
				column: 5,
				message: 'duplicate relation: "port" applies-to "rail" is already in the graph',
				hint: 'Merge the quotes into one relation.'
			},
			{
				line: 50,
				column: 13,
				message: 'relation "part-of" joins "rail" to itself',
				hint: undefined
			},
			{
				line: 52,
				column: 13,
				message: 'the source of "applies-to" "rail", which is a sector; expected scenario',
				hint: undefined
			},
			{
				line: 54,
				column: 13,
				message:
					'the target of "applies-to" "acme", which is an organization; expected sector or concept',
				hint: undefined
			},
			{
				line: 58,
				column: 13,
				message: 'the target of "part-of" "nowhere", which is not a node of this document',
				hint: 'Known sector/scenario/concept ids: rail, port'
			}
		]);
	});

	it('name no known ids when the document has none of the types expected', () => {
		const yaml = `relations:
  - source: here
    relation: part-of
    target: there
    quotes: ['Yes.']
`;
		expect(tinyProblems(yaml)).toEqual([
			{
				line: 31,
				column: 13,
				message: 'the source of "part-of" "here", which is not a node of this document',
				hint: 'Known sector/scenario/concept ids: (none)'
			},
			{
				line: 33,
				column: 13,
				message: 'the target of "part-of" "there", which is not a node of this document',
				hint: 'Known sector/scenario/concept ids: (none)'
			}
		]);
	});

	it('shorten a long list of known ids to 200 characters', () => {
		// 20 ids of 9 characters joined by ", " are 218 characters; the first 199 are 18 ids, each
		// with its ", ", and the "e" of the 19th.
		const ids = Array.from({ length: 20 }, (_, i) => `entity-${i + 10}`);
		const entities = ids.map(
			(id) => `  - id: ${id}\n    type: concept\n    label: E\n    quotes: ['Yes.']\n`
		);
		const yaml = `entities:\n${entities.join('')}relations:\n  - source: nowhere\n    relation: part-of\n    target: ${ids[0]}\n    quotes: ['Yes.']\n`;
		expect(tinyProblems(yaml)[0]!.hint).toBe(
			`Known sector/scenario/concept ids: ${ids.slice(0, 18).join(', ')}, e…`
		);
	});

	it('cite their quotes’ sentences once each, in reading order', () => {
		const yaml = `${TINY_ENTITIES}relations:
  - source: port
    relation: applies-to
    target: rail
    quotes: ['No.', 'Because. It is so.', 'It is so.']
`;
		const result = compileAs('tiny', `${TINY_ANNOTATIONS}${yaml}`, TINY_SOURCE);
		expect(result.diagnostics).toEqual([]);
		expect(result.graph?.edges.find((e) => e.relation === 'applies-to')).toEqual({
			id: 'port--applies-to--rail',
			source: 'port',
			target: 'rail',
			relation: 'applies-to',
			citations: ['t2-s1', 't2-s2', 't5-s1']
		});
	});

	it('make no edge when a quote is not found, so the same relation again is no duplicate', () => {
		const yaml = `${TINY_ENTITIES}relations:
  - source: port
    relation: applies-to
    target: rail
    quotes: ['No.', 'Not said.']
  - source: port
    relation: applies-to
    target: rail
    quotes: ['No.']
`;
		// Only the quote that is not found (line 43, the second item of the flow list) is reported.
		expect(tinyProblems(yaml).map((d) => [d.line, d.column])).toEqual([[43, 21]]);
	});
});

describe('references checked once every node is known', () => {
	it('report a speaker’s unknown organisation, with the known ones', () => {
		const annotations = TINY_ANNOTATIONS.replace('organization: acme', 'organization: acne');
		expect(tinyProblems('', annotations)).toEqual([
			{
				line: 11,
				column: 19,
				message: 'speaker "ann" belongs to an unknown organisation "acne"',
				hint: 'Known organization ids: acme'
			}
		]);
	});

	it('report an id taken by a generated question, naming the transcript', () => {
		const yaml = `entities:
  - id: q1
    type: concept
    label: Q
    quotes: ['Yes.']
`;
		expect(tinyProblems(yaml)).toEqual([
			{
				line: 31,
				column: 9,
				message: 'duplicate id "q1" (first used at the transcript (generated question/answer id))',
				hint: 'Every speaker, organisation, entity and claim needs its own id.'
			}
		]);
	});
});

describe('uncited sentences', () => {
	const CLAIM = `claims:
  - id: bob-claim
    speaker: bob
    label: Bob claims
    statement: Bob claims it.
    quotes: ['Because.']
uncited:
`;

	it('are each listed with the reason of their quote', () => {
		const yaml = `${CLAIM.replace("['Because.']", "['No.']")}  - quote: 'Because. It is so.'
    reason: An aside.
  - quote: 'Yes.'
    reason: Too short.
`;
		const result = compileAs('tiny', `${TINY_ANNOTATIONS}${yaml}`, TINY_SOURCE);
		expect(result.diagnostics).toEqual([]);
		expect(result.graph?.uncited).toEqual([
			{ sentence: 't2-s1', reason: 'An aside.' },
			{ sentence: 't2-s2', reason: 'An aside.' },
			{ sentence: 't6-s1', reason: 'Too short.' }
		]);
	});

	it('may not include a sentence a claim cites', () => {
		const yaml = `${CLAIM}  - quote: 'Because. It is so.'
    reason: Small talk.
`;
		expect(tinyProblems(yaml)).toEqual([
			{
				line: 37,
				column: 12,
				message: 'sentence t2-s1 is listed as uncited, but a claim cites it',
				hint: 'Remove it from uncited.'
			}
		]);
	});

	it('report a quote that is not found where it is written', () => {
		const yaml = `${CLAIM}  - quote: 'Not said.'
    reason: Never said.
`;
		const problems = tinyProblems(yaml);
		expect(problems.map((d) => [d.line, d.column])).toEqual([[37, 12]]);
		expect(problems[0]!.message).toMatch(/^quote not found in transcript\.txt/);
	});
});

describe('the document’s front matter', () => {
	// A title line, a byline and an editor line (lines 1-5) before the small document's talk.
	const source = `A Tiny Talk\n\nBy Ann Writer\n\nEdit / Ed Itor\n\n${TINY_SOURCE}`;

	it('is read from the transcript when the annotations do not give it', () => {
		const result = compileAs('tiny', TINY_ANNOTATIONS, source);
		expect(result.graph?.document).toStrictEqual({
			id: 'tiny',
			title: 'A Tiny Talk',
			source: 'graph-data/tiny/transcript.txt',
			author: 'Ann Writer',
			editor: 'Ed Itor',
			date: '25 March 2020',
			language: 'en',
			description: 'A small talk.',
			form: 'published'
		});
	});

	it('is the annotations’ where they give it, with the recording', () => {
		const annotations = TINY_ANNOTATIONS.replace(
			'  language: en\n',
			'  language: en\n  title: Our Title\n  author: Our Author\n  editor: Our Editor\n  recording: /recordings/tiny.mp3\n'
		);
		const result = compileAs('tiny', annotations, source);
		expect(result.graph?.document).toStrictEqual({
			id: 'tiny',
			title: 'Our Title',
			source: 'graph-data/tiny/transcript.txt',
			author: 'Our Author',
			editor: 'Our Editor',
			date: '25 March 2020',
			language: 'en',
			description: 'A small talk.',
			form: 'published',
			recording: '/recordings/tiny.mp3'
		});
	});
});

describe('claims', () => {
	it('cite their quotes in the order written, and their edges in reading order', () => {
		const yaml = `${TINY_ENTITIES}claims:
  - id: bob-claim
    speaker: bob
    label: Bob claims
    statement: Bob claims it.
    kind: prediction
    quotes: ['It is so.', 'Because.', 'No.']
    about: [rail, port]
  - id: cy-relays
    speaker: cy
    label: it is spring
    statement: Others say it is spring.
    quotes: ['Yes.']
    relayed:
      holder: the neighbours
      source: ann
  - id: cy-relays-too
    speaker: cy
    label: it is warm
    statement: Others say it is warm.
    quotes: ['Yes.']
    relayed:
      holder: some
`;
		const result = compileAs('tiny', `${TINY_ANNOTATIONS}${yaml}`, TINY_SOURCE);
		expect(result.diagnostics).toEqual([]);
		const graph = result.graph!;
		expect(graph.nodes.filter((n) => n.type === 'claim')).toStrictEqual([
			{
				id: 'bob-claim',
				type: 'claim',
				label: 'Bob claims',
				speaker: 'bob',
				statement: 'Bob claims it.',
				kind: 'prediction',
				quotes: [
					{ text: 'It is so.', start: 31, end: 40, sentences: ['t2-s2'] },
					{ text: 'Because.', start: 22, end: 30, sentences: ['t2-s1'] },
					{ text: 'No.', start: 82, end: 85, sentences: ['t5-s1'] }
				],
				citations: ['t2-s2', 't2-s1', 't5-s1'],
				relayed: null
			},
			{
				id: 'cy-relays',
				type: 'claim',
				label: 'Relayed by Cy: the neighbours say it is spring',
				speaker: 'cy',
				statement: 'Others say it is spring.',
				kind: null,
				quotes: [{ text: 'Yes.', start: 92, end: 96, sentences: ['t6-s1'] }],
				citations: ['t6-s1'],
				relayed: { holder: 'the neighbours', source: 'ann', view: 'it is spring' }
			},
			{
				id: 'cy-relays-too',
				type: 'claim',
				label: 'Relayed by Cy: some say it is warm',
				speaker: 'cy',
				statement: 'Others say it is warm.',
				kind: null,
				quotes: [{ text: 'Yes.', start: 92, end: 96, sentences: ['t6-s1'] }],
				citations: ['t6-s1'],
				relayed: { holder: 'some', source: null, view: 'it is warm' }
			}
		]);
		const all = ['t2-s1', 't2-s2', 't5-s1'];
		expect(
			graph.edges
				.filter((e) => e.source.startsWith('bob-claim') || e.source.startsWith('cy-'))
				.map((e) => [e.id, e.citations])
		).toEqual([
			['bob-claim--said-by--bob', all],
			['bob-claim--made-in--q1-bob', ['t2-s1', 't2-s2']],
			['bob-claim--made-in--q2-bob', ['t5-s1']],
			['bob-claim--about--rail', all],
			['bob-claim--about--port', all],
			['cy-relays--relayed-by--cy', ['t6-s1']],
			['cy-relays--made-in--q2-cy', ['t6-s1']],
			['cy-relays-too--relayed-by--cy', ['t6-s1']],
			['cy-relays-too--made-in--q2-cy', ['t6-s1']]
		]);
	});

	it('report a quote from another speaker, a relayed view held by a sector, and nothing more for a claim without quotes', () => {
		const yaml = `${TINY_ENTITIES}claims:
  - id: bob-claim
    speaker: bob
    label: Bob claims
    statement: Bob claims it.
    quotes: ['Yes.']
  - id: cy-relays
    speaker: cy
    label: it is spring
    statement: Others say it is spring.
    quotes: ['Yes.']
    relayed:
      holder: the rail
      source: rail
  - id: lost-claim
    speaker: cy
    label: Lost
    statement: Lost.
    quotes: ['Not said.']
    about: [nowhere]
`;
		const problems = tinyProblems(yaml);
		expect(problems.slice(0, 1)).toEqual([
			{
				line: 44,
				column: 14,
				message:
					'claim "bob-claim" is attributed to Bob, but this quote is from Cy\'s turn at line 21 of graph-data/tiny/transcript.txt',
				hint: 'Attribute the claim to the person who said it, or quote their words.'
			}
		]);
		// The quote not found (line 57) is reported by the anchor; the relayed view's source is
		// checked once every node is known, so it comes last.
		expect(problems.slice(1).map((d) => [d.line, d.column])).toEqual([
			[57, 14],
			[52, 15]
		]);
		expect(problems[1]!.message).toMatch(/^quote not found in transcript\.txt; /);
		expect(problems[2]).toEqual({
			line: 52,
			column: 15,
			message:
				'the relayed view "cy-relays" is held by "rail", which is a sector; expected organization or speaker',
			hint: undefined
		});
	});

	it('by the article’s author quote the narration, and only the narration', () => {
		// A line of narration first: every label moves down two lines (Bob's first turn to line 7).
		const source = `Ann and Bob talk.\n\n${TINY_SOURCE}`;
		const annotations = TINY_ANNOTATIONS.replace(
			'organizations:\n',
			`  - id: wen
    name: Wen
    role: author
    introduced: 'Ann and Bob talk.'
organizations:
`
		);
		// The annotations are now 33 lines: the claims start at line 34.
		const yaml = `claims:
  - id: wen-claim
    speaker: wen
    label: They talk
    statement: They talk.
    quotes: ['Ann and Bob talk.']
  - id: wen-quotes-bob
    speaker: wen
    label: Because
    statement: Because.
    quotes: ['Because.']
  - id: bob-quotes-wen
    speaker: bob
    label: They talk
    statement: They talk.
    quotes: ['Ann and Bob talk.']
`;
		const result = compileAs('tiny', `${annotations}${yaml}`, source);
		expect(
			result.diagnostics.map(({ line, column, message, hint }) => ({ line, column, message, hint }))
		).toEqual([
			{
				line: 44,
				column: 14,
				message:
					'claim "wen-quotes-bob" is attributed to Wen, but this quote is from Bob\'s turn at line 7 of graph-data/tiny/transcript.txt',
				hint: 'Attribute the claim to the person who said it, or quote their words.'
			},
			{
				line: 49,
				column: 14,
				message:
					'claim "bob-quotes-wen" is attributed to Bob, but this quote is from the narrator\'s turn at line 1 of graph-data/tiny/transcript.txt',
				hint: "The narration is the article author's voice: attribute the claim to a speaker with role: author."
			}
		]);
	});

	it('report a quote that runs from the narration into a turn, naming the narrator', () => {
		const source = `Ann and Bob talk.\n\n${TINY_SOURCE}`;
		const yaml = `claims:
  - id: ann-claim
    speaker: ann
    label: Talk
    statement: They talk.
    quotes: ["Ann and Bob talk.\\n\\nAnn:\\n\\nWhy now?"]
`;
		const result = compileAs('tiny', `${TINY_ANNOTATIONS}${yaml}`, source);
		expect(
			result.diagnostics.map(({ line, column, message, hint }) => ({ line, column, message, hint }))
		).toEqual([
			{
				line: 35,
				column: 14,
				message:
					"quote crosses a turn boundary in transcript.txt: it runs across the narrator's turn at line 1 into Ann's turn at line 3",
				hint: 'Split it into one quote per turn.'
			}
		]);
	});
});

describe('an organisation or a speaker whose quote is not in the transcript', () => {
	it('is one error at the quote, not a crash, and the speaker gets no affiliation', () => {
		const yaml = SPEAKERS_YAML.replace(
			"introduced: 'Gong Haihan, the founder of Zinc Link'",
			"introduced: 'Gong Haihan, who is not introduced so'"
		).replace("quote: 'the founder of Zinc Link'", "quote: 'the owner of Zinc Link'");
		const result = compileWith(yaml);
		expect(result.ok).toBe(false);
		// Line 9 holds Gong Haihan's `introduced`, line 23 the organisation's quote.
		expect(result.diagnostics.map((d) => [d.line, d.column])).toEqual([
			[23, 12],
			[9, 17]
		]);
		for (const d of result.diagnostics) expect(d.message).toMatch(/^quote not found in /);
	});

	it('a second organisation with the same id is reported at its own id', () => {
		const result = compileWith(`${SPEAKERS_YAML}  - id: zinc-link
    name: Zinc Link again
    quote: 'the founder of Zinc Link'
`);
		expect(result.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
			[24, 9, 'duplicate id "zinc-link" (first used at line 21)']
		]);
	});

	it('a speaker without aliases is told how to write them', () => {
		const result = compileWith(SPEAKERS_YAML.replace('aliases: [Wang Qing]', 'aliases: []'));
		// Wang Qing's turns are reported too, as labels no speaker has; the alias is on line 17.
		const aliases = result.diagnostics.filter((d) => d.message.includes('alias "Wang Qing"'));
		expect(aliases.length).toBeGreaterThan(0);
		const own = result.diagnostics.filter((d) => !aliases.includes(d));
		expect(own.map((d) => [d.line, d.column, d.message, d.hint])).toEqual([
			[
				17,
				14,
				'speaker "wang-qing" needs at least one alias',
				'List the label the transcript uses for them, e.g. aliases: [Wang Qing].'
			]
		]);
	});
});

describe('a turn’s time', () => {
	const TIMED_ANNOTATIONS = `document:
  language: en
speakers:
  - id: ann
    name: Ann
    aliases: [Ann]
    role: host
    introduced: 'Why now?'
  - id: bob
    name: Bob
    aliases: [Bob]
    role: guest
    introduced: 'Because.'
`;
	const turnTimes = (result: CompileResult) =>
		result.graph!.turns.map((t) => [t.id, t.node, t.time]);
	const sentenceTimes = (result: CompileResult) =>
		result.graph!.sentences.map((s) => [s.id, s.text, s.time]);

	it('runs from its first cue’s start to its last cue’s end in captions, which time only cues', () => {
		// Bob's turn is two cues, 0:05–0:08 and 0:09–0:12.5; the second's 3.5 s are shared by its
		// sentences' lengths, 9 and 6 characters: 2.1 s and 1.4 s.
		const source =
			'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>Why now?\n\n' +
			'00:00:05.000 --> 00:00:08.000\n<v Bob>Because.\n\n' +
			'00:00:09.000 --> 00:00:12.500\n<v Bob>It is so. Truly.\n';
		const result = compileAs('timed', TIMED_ANNOTATIONS, source);
		expect(result.diagnostics).toEqual([]);
		expect(turnTimes(result)).toStrictEqual([
			['t0', null, undefined],
			['t1', 'q1', { start: 1, end: 4 }],
			['t2', 'q1-bob', { start: 5, end: 12.5 }]
		]);
		expect(sentenceTimes(result)).toStrictEqual([
			['t1-s1', 'Why now?', { start: 1, end: 4 }],
			['t2-s1', 'Because.', { start: 5, end: 8 }],
			['t2-s2', 'It is so.', { start: 9, end: 11.1 }],
			['t2-s3', 'Truly.', { start: 11.1, end: 12.5 }]
		]);
	});

	it('is its cues’ for the narration, whose untimed block has timed cues', () => {
		// The first cue has no voice: it is the narration, 0:00–0:01, before Ann's question.
		const source =
			'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nMusic plays.\n\n' +
			'00:00:01.000 --> 00:00:04.000\n<v Ann>Why now?\n\n' +
			'00:00:05.000 --> 00:00:08.000\n<v Bob>Because.\n';
		const result = compileAs('timed', TIMED_ANNOTATIONS, source);
		expect(result.diagnostics).toEqual([]);
		expect(turnTimes(result)).toStrictEqual([
			['t0', null, { start: 0, end: 1 }],
			['t1', 'q1', { start: 1, end: 4 }],
			['t2', 'q1-bob', { start: 5, end: 8 }]
		]);
		expect(sentenceTimes(result)[0]).toStrictEqual(['t0-s1', 'Music plays.', { start: 0, end: 1 }]);
	});

	it('is the speaker line’s in a service export, to the next turn, and the last has no end', () => {
		// Bob speaks from 0:05 until Ann's next line at 0:10: 5 s shared by 8 and 9 characters.
		const source =
			'Ann  00:00:01\nWhy now?\n\nBob  00:00:05\nBecause. It is so.\n\nAnn  00:00:10\nAnd you?\n';
		const result = compileAs('timed', TIMED_ANNOTATIONS, source);
		expect(result.diagnostics).toEqual([]);
		expect(turnTimes(result)).toStrictEqual([
			['t0', null, undefined],
			['t1', 'q1', { start: 1, end: 5 }],
			['t2', 'q1-bob', { start: 5, end: 10 }],
			['t3', 'q2', { start: 10 }]
		]);
		expect(sentenceTimes(result)).toStrictEqual([
			['t1-s1', 'Why now?', { start: 1, end: 5 }],
			['t2-s1', 'Because.', { start: 5, end: 7.353 }],
			['t2-s2', 'It is so.', { start: 7.353, end: 10 }],
			['t3-s1', 'And you?', { start: 10 }]
		]);
	});

	it('does not hide a timed turn with no text, which is reported at its line', () => {
		// Bob's line at 0:05 is followed by Ann's at 0:09: a turn of four seconds and no words.
		const source = 'Ann  00:00:01\nWhy now?\n\nBob  00:00:05\n\nAnn  00:00:09\nAnd?\n';
		const result = compileAs('timed', TIMED_ANNOTATIONS, source);
		// Bob's introduction ("Because.") is not in this transcript either: line 13 of the annotations.
		expect(result.diagnostics.map((d) => [d.file, d.line, d.message])).toEqual([
			[
				'graph-data/timed/annotations.yaml',
				13,
				'quote not found in transcript.txt; nearest text (line 2): "Why now?"'
			],
			['graph-data/timed/transcript.txt', 4, 'the turn at line 4 has no text']
		]);
	});
});
