/**
 * Source passages (passage and passagesOf in src/lib/graph/detail.ts) on a transcript written
 * here, whose offsets are worked out by hand, and the views a speaker relays. Written for the
 * survivors of a mutation run; each test compiles inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../src/lib/graph';
import { claimsBy, passage, passagesOf, relayedBy, type Passage } from '../../src/lib/graph/detail';
import { compileAs, compiledInterview } from './helpers';

// Offsets: line 1 "A talk.  About ports." 0–21; "Ann:" 23–27; "Why ports?" 29–39; "Bob:" 41–45;
// line 9 "Ports matter." 47–60, two spaces, "Ships need them." 62–78; line 10 "Rail too." 79–88.
// Turns run from their label to the next: Ann's 23–41, Bob's 41 to the end.
const TRANSCRIPT =
	'A talk.  About ports.\n\nAnn:\n\nWhy ports?\n\nBob:\n\nPorts matter.  Ships need them.\nRail too.\n';
const ANNOTATIONS = `document:
  language: en
speakers:
  - id: ann
    name: Ann
    aliases: [Ann]
    role: host
    introduced: 'A talk.'
  - id: bob
    name: Bob
    aliases: [Bob]
    role: guest
    introduced: 'About ports.'
`;

function index(): GraphIndex {
	const result = compileAs('passages', ANNOTATIONS, TRANSCRIPT);
	expect(result.diagnostics).toEqual([]);
	return new GraphIndex(result.graph!);
}

/** A passage as [line, [sentence, text before it, marked, parts as [text, marked, notes]]]. */
const shape = (p: Passage) => ({
	turn: p.turn.id,
	node: p.node,
	speaker: p.speaker,
	paragraphs: p.paragraphs.map((paragraph) => [
		paragraph.line,
		paragraph.sentences.map((s) => [
			s.sentence.id,
			s.before,
			s.marked,
			s.parts.map((part) => [part.text, part.marked, part.notes])
		])
	])
});

describe('passage', () => {
	it('gives an answer by paragraph, the space between sentences verbatim, the marked words apart', () => {
		// "matter." is 53–60.
		expect(shape(passage(index(), 't2', [{ start: 53, end: 60, note: 'm' }]))).toEqual({
			turn: 't2',
			node: 'q1-bob',
			speaker: 'bob',
			paragraphs: [
				[
					9,
					[
						[
							't2-s1',
							'',
							true,
							[
								['Ports ', false, []],
								['matter.', true, ['m']]
							]
						],
						['t2-s2', '  ', false, [['Ships need them.', false, []]]]
					]
				],
				[10, [['t2-s3', '', false, [['Rail too.', false, []]]]]]
			]
		});
	});

	it('gives the narration, which has no node text, one space between its sentences', () => {
		expect(shape(passage(index(), 't0'))).toEqual({
			turn: 't0',
			node: null,
			speaker: null,
			paragraphs: [
				[
					1,
					[
						['t0-s1', '', false, [['A talk.', false, []]]],
						['t0-s2', ' ', false, [['About ports.', false, []]]]
					]
				]
			]
		});
	});
});

describe('passagesOf', () => {
	it('gives the turns the marks fall in, in reading order, each with its own marks', () => {
		// "Rail too." (79) comes first, then "Why ports?" (29); 200 is past the text.
		const passages = passagesOf(index(), [
			{ start: 79, end: 88 },
			{ start: 29, end: 39 },
			{ start: 200, end: 210 }
		]);
		expect(passages.map((p) => p.turn.id)).toEqual(['t1', 't2']);
		expect(passages[0]!.paragraphs[0]!.sentences.map((s) => s.marked)).toEqual([true]);
		expect(passages[1]!.paragraphs.map((p) => p.sentences.map((s) => s.marked))).toEqual([
			[false, false],
			[true]
		]);
	});

	it('puts a mark in the turn it starts in: a turn’s start is in it, its end is the next one’s', () => {
		expect(passagesOf(index(), [{ start: 23, end: 27 }]).map((p) => p.turn.id)).toEqual(['t1']);
		expect(passagesOf(index(), [{ start: 41, end: 45 }]).map((p) => p.turn.id)).toEqual(['t2']);
	});
});

describe('claimsBy and relayedBy', () => {
	it('tell a speaker’s own claims from the views they relay', () => {
		const interview = new GraphIndex(compiledInterview());
		expect(relayedBy(interview, 'gong-haihan').map((c) => c.id)).toEqual([
			'relayed-blockchain-only-basic-technology'
		]);
		expect(claimsBy(interview, 'gong-haihan')).toEqual([]);
		expect(relayedBy(interview, 'wang-qing')).toEqual([]);
	});
});
