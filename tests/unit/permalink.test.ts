import { beforeEach, describe, expect, it } from 'vitest';
import {
	markQuotes,
	nodePage,
	RELATION_PHRASES,
	saysMore,
	statementBeyond,
	stancePage,
	type Passage,
	type TextPiece
} from '../../src/lib/graph/permalink';
import { GraphIndex } from '../../src/lib/graph/query';
import { RELATION_NAMES } from '../../src/lib/graph/vocabulary';
import { compiledInterview } from './helpers';

const graph = compiledInterview();
const index = new GraphIndex(graph);

function claimQuoting(words: string) {
	const claim = graph.nodes.find(
		(n) => n.type === 'claim' && n.quotes.some((q) => q.text.includes(words))
	);
	if (claim?.type !== 'claim') throw new Error(`no claim quotes "${words}"`);
	return claim;
}

const text = (pieces: TextPiece[]) => pieces.map((p) => p.text).join('');
const marked = (pieces: TextPiece[]) =>
	pieces
		.filter((p) => p.marked)
		.map((p) => p.text)
		.join('|');
const passageText = (passage: Passage) =>
	passage.paragraphs.map((p) => p.map((s) => text(s.pieces)).join('')).join('\n\n');

describe('markQuotes', () => {
	const sentence = {
		id: 's',
		turn: 't',
		speaker: null,
		text: 'abcdefghij',
		start: 100,
		end: 110,
		line: 1
	};
	const quote = (start: number, end: number) => ({ text: '', start, end, sentences: ['s'] });

	it.each([
		['no quote', [], [['abcdefghij', false]]],
		['the whole sentence', [quote(100, 110)], [['abcdefghij', true]]],
		[
			'a middle part',
			[quote(102, 105)],
			[
				['ab', false],
				['cde', true],
				['fghij', false]
			]
		],
		[
			'a quote that starts before it',
			[quote(90, 103)],
			[
				['abc', true],
				['defghij', false]
			]
		],
		['a quote in another sentence', [quote(0, 50)], [['abcdefghij', false]]],
		[
			'two quotes, one touching the end',
			[quote(108, 120), quote(101, 102)],
			[
				['a', false],
				['b', true],
				['cdefgh', false],
				['ij', true]
			]
		]
	] as const)('marks %s', (_, quotes, expected) => {
		expect(markQuotes(sentence, quotes).map((p) => [p.text, p.marked])).toEqual(expected);
	});
});

describe('nodePage', () => {
	it('shows the article’s own framing as its quoted sentence of the introduction, marked', () => {
		const page = nodePage(index, 'article-policy-makes-new-infrastructure-main-theme')!;
		expect(page.context).toBeNull();
		expect(page.passages).toHaveLength(1);
		const [passage] = page.passages;
		// Line 7 of the transcript: the introduction's policy sentence, no question or answer.
		expect(passage!.node).toBeNull();
		expect(passage!.line).toBe(7);
		const marks = passage!.paragraphs.flat().filter((s) => s.pieces.some((p) => p.marked));
		expect(marks.map((s) => s.sentence)).toEqual(['t0-s4']);
		expect(marked(marks[0]!.pieces)).toContain(
			'"new infrastructure" has become the main theme of this year\'s development.'
		);
	});

	it('shows a claim’s quote marked inside the full answer it was said in', () => {
		const claim = claimQuoting('So I think 5G will break out first');
		const page = nodePage(index, claim.id)!;
		expect(page.speaker).toMatchObject({ id: 'wang-qing', title: 'chief engineer' });
		expect(page.organization?.id).toBe('hubei-post-telecom-planning-design-institute');
		expect(page.context?.id).toBe('q1-wang-qing');
		expect(page.passages).toHaveLength(1);
		const [passage] = page.passages;
		expect(passage!.node?.id).toBe('q1-wang-qing');
		const answer = index.node('q1-wang-qing')!;
		if (answer.type !== 'answer') throw new Error('expected an answer');
		// The whole answer, word for word, paragraph breaks aside.
		expect(passageText(passage!).replace(/\s+/g, ' ')).toBe(answer.text.replace(/\s+/g, ' '));
		expect(passage!.paragraphs.length).toBe(answer.text.split(/\n\s*\n/).length);
		const marks = passage!.paragraphs.flat().filter((s) => s.pieces.some((p) => p.marked));
		expect(marks.map((s) => marked(s.pieces))).toEqual(['So I think 5G will break out first.']);
		expect(marks[0]!.sentence).toBe(claim.quotes[0]!.sentences[0]);
		expect(page.line).toBe(index.sentences.get(claim.quotes[0]!.sentences[0]!)!.line);
	});

	it('marks only the quoted words when a quote is part of a sentence', () => {
		const claim = claimQuoting('so the Industrial Internet will break out later');
		const [passage] = nodePage(index, claim.id)!.passages;
		const quoted = passage!.paragraphs.flat().filter((s) => s.pieces.some((p) => p.marked));
		expect(quoted).toHaveLength(1);
		expect(marked(quoted[0]!.pieces)).toBe(claim.quotes[0]!.text);
		expect(text(quoted[0]!.pieces).length).toBeGreaterThan(claim.quotes[0]!.text.length);
	});

	it('marks a quote that runs over two sentences in one piece, space between included', () => {
		const claim = graph.nodes.find(
			(n) => n.type === 'claim' && n.quotes.some((q) => q.sentences.length > 1)
		);
		if (claim?.type !== 'claim') throw new Error('no claim quotes across sentences');
		const quote = claim.quotes.find((q) => q.sentences.length > 1)!;
		const [passage] = nodePage(index, claim.id)!.passages;
		// Runs of marked text, paragraph by paragraph.
		const runs = passage!.paragraphs.flatMap((paragraph) => {
			const pieces = paragraph.flatMap((s) => s.pieces);
			const found: string[] = [];
			pieces.forEach((piece, i) => {
				if (!piece.marked) return;
				if (i > 0 && pieces[i - 1]!.marked) found[found.length - 1] += piece.text;
				else found.push(piece.text);
			});
			return found;
		});
		expect(runs).toContain(quote.text);
	});

	it('gives every sentence of an answer an id to link to, in order', () => {
		const page = nodePage(index, 'q2-xiang-lipeng')!;
		const ids = page.passages[0]!.paragraphs.flat().flatMap((s) => s.sentence ?? []);
		expect(ids).toEqual(graph.sentences.filter((s) => s.turn === 't5').map((s) => s.id));
		expect(page.context?.id).toBe('q2');
		expect(marked(page.passages[0]!.paragraphs.flat().flatMap((s) => s.pieces))).toBe('');
	});

	it('lists every edge of a node once, under its relation and direction', () => {
		for (const id of ['wang-qing', '5g', 'q1', claimQuoting('5G will break out first').id]) {
			const page = nodePage(index, id)!;
			const listed = page.groups.flatMap((g) => g.connections.map((c) => c.edge));
			expect(listed.sort()).toEqual(
				index
					.edgesOf(id)
					.map((e) => e.id)
					.sort()
			);
			for (const group of page.groups) {
				for (const connection of group.connections) {
					const edge = index.edges.get(connection.edge)!;
					expect(edge.relation).toBe(group.relation);
					expect(group.direction === 'out' ? edge.source : edge.target).toBe(id);
					expect(connection.other.id).toBe(index.other(edge, id));
					expect(connection.citations.map((c) => c.id)).toEqual(
						index.sentencesOf(edge.id).map((s) => s.id)
					);
				}
			}
		}
	});

	it('puts a disagreement before support on a claim’s page, with both quotes marked', () => {
		const page = nodePage(index, claimQuoting('So I think 5G will break out first').id)!;
		const headings = page.groups.map((g) => g.heading);
		expect(headings.indexOf('Disagrees with')).toBeLessThan(headings.indexOf('Supported by'));
		const [disagreement] = page.groups.find((g) => g.heading === 'Disagrees with')!.connections;
		expect(disagreement!.other.label).toBe(
			"Judged by the industry's importance, the Industrial Internet will emerge first"
		);
		expect(disagreement!.citations.map((c) => marked(c.pieces))).toEqual([
			'From the perspective of the importance of the industry, I expect that the industrial Internet will emerge first.',
			'So I think 5G will break out first.'
		]);
		expect(disagreement!.citations.map((c) => c.turn?.id)).toEqual([
			'q1-xiang-lipeng',
			'q1-wang-qing'
		]);
	});

	it('traces a topic to a speaker, in words read along the chain', () => {
		const page = nodePage(index, '5g')!;
		expect(page.trace).toHaveLength(1);
		// The introduction names 5G first, in the author's voice; the author has no organisation.
		expect(page.trace[0]!.map((s) => s.words)).toEqual(['is discussed in', 'said by']);
		expect(page.trace[0]!.at(-1)!.to.id).toBe('wang-qiao');
		// Where the text names it, in reading order.
		expect(page.mentions.map((m) => m.id)).toEqual(['t0-s8', 't5-s1']);
		expect(new Set(page.mentions.map((m) => m.id))).toEqual(new Set(index.node('5g')!.citations));
	});

	it('says who a speaker is and how the text introduces them', () => {
		const page = nodePage(index, 'gong-haihan')!;
		expect(page.speaker?.id).toBe('gong-haihan');
		expect(page.organization?.label).toBe('Zinc Link');
		expect(page.mentions[0]!.speaker).toBeNull(); // the narrated introduction
		expect(page.summary).toContain('Gong Haihan');
	});

	it('has words for every relation both ways, and null for an unknown node', () => {
		for (const relation of RELATION_NAMES) {
			const phrases = RELATION_PHRASES[relation];
			expect(phrases.out && phrases.in && phrases.forward && phrases.backward).toBeTruthy();
		}
		expect(nodePage(index, 'nope')).toBeNull();
	});
});

describe('stancePage', () => {
	// Made before each test, not while the file loads: the mutation run pins a mutant only on the
	// tests that run its code, and code run at load counts for none of them.
	let page: ReturnType<typeof stancePage>;
	beforeEach(() => {
		page = stancePage(index);
	});

	it('resolves every claim the table and its disputes name', () => {
		const named = [
			...page.rows.flatMap((r) => [
				...r.cells.flatMap((c) => c.claims),
				...r.relations.flatMap((e) => [e.source, e.target])
			]),
			...page.disputes.flatMap((d) => d.sides.flatMap((s) => s.claims))
		];
		for (const id of named) {
			expect(page.claims[id], id).toBeDefined();
			expect(page.claims[id]!.quotes.length).toBeGreaterThan(0);
			for (const quote of page.claims[id]!.quotes) {
				expect(marked(quote.pieces).length).toBeGreaterThan(0);
			}
		}
	});

	it('names the speakers with claims of their own: the guests and the author, not the host', () => {
		expect(page.speakers.map((s) => [s.label, s.role])).toEqual([
			['Xiang Lipeng', 'guest'],
			['Wang Qing', 'guest'],
			['Wang Qiao', 'author']
		]);
	});

	it('shows the relayed view apart, as relayed, with the guests’ answers read from their end', () => {
		expect(page.relayed).toHaveLength(1);
		const [view] = page.relayed;
		expect(view!.by.label).toBe('Gong Haihan');
		expect(view!.holder).toBe('commentators');
		expect(page.claims[view!.claim]!.label).toBe(
			'Relayed by Gong Haihan: commentators say blockchain can only be a basic technology for now, not enough to be infrastructure'
		);
		const agreeing = view!.responses.find(
			(r) => r.claim === 'wang-agrees-blockchain-not-yet-infrastructure'
		)!;
		expect(agreeing.words).toBe('agrees with');
		expect(page.claims[agreeing.claim]!.speaker).toBe('wang-qing');
		expect(view!.responses[0]).toMatchObject({
			relation: 'disagrees-with',
			claim: 'xiang-blockchain-not-just-basic-technology',
			words: 'disagrees with'
		});
	});
});

describe('saysMore: whether a claim’s statement adds to its label and quotes', () => {
	const wang = { label: 'Wang Qing' };
	const xiang = { label: 'Xiang Lipeng' };
	it.each<[string, string[], boolean]>([
		// A restatement in the third person adds nothing.
		['So Wang thinks 5G will break out first.', ['So I think 5G will break out first.'], false],
		// The label and the quote together may cover it.
		[
			'Wang thinks 5G will break out first.',
			['5G will break out first', 'So I think 5G will break out first.'],
			false
		],
		// A summary that names the reasons says more than the bare quote.
		[
			'Given experience, consensus and supply, 5G will break out first.',
			['So I think 5G will break out first.'],
			true
		],
		// A possessive is not a new word; the reordered quote is covered, the added fields are not.
		[
			"From the perspective of the industry's importance, Xiang expects the Industrial Internet to emerge first among the fields of new infrastructure.",
			[
				'From the perspective of the importance of the industry, I expect that the industrial Internet will emerge first.'
			],
			true
		],
		[
			"From the perspective of the industry's importance, Xiang expects the Industrial Internet to emerge first.",
			[
				'From the perspective of the importance of the industry, I expect that the industrial Internet will emerge first.'
			],
			false
		],
		// Words the quote does not use count, even a single one.
		['5G will break out first, before UHV.', ['So I think 5G will break out first.'], true]
	])('%s', (statement, said, expected) => {
		expect(saysMore(statement, said, statement.includes('Xiang') ? xiang : wang)).toBe(expected);
	});
});

describe('statementBeyond: what of a claim’s statement its page prints', () => {
	const xiang = { label: 'Xiang Lipeng' };
	// Xiang's "confused period" claim, as the interview's annotations write it.
	const quotes = [
		'Secondly, affected by the global new crown pneumonia, the changes in the international geopolitical pattern have intensified, and the growth centers of developed countries have declined, dragging down global economic development.',
		'There is a high probability that the global economy will have a "confused period" of ten years or more.'
	];
	const label =
		'With "new crown pneumonia", the world economy will likely see a 10+-year "confused period"';

	it('leaves out a sentence the quotes say word for word, and keeps one that says it otherwise', () => {
		const statement =
			'Affected by the global "new crown pneumonia", geopolitical changes have intensified and the growth centres of developed countries have declined, dragging down the global economy. There is a high probability that the global economy will have a "confused period" of ten years or more.';
		expect(statementBeyond(statement, [label, ...quotes], xiang)).toBe(
			'Affected by the global "new crown pneumonia", geopolitical changes have intensified and the growth centres of developed countries have declined, dragging down the global economy.'
		);
	});

	it('prints nothing when every sentence restates the quotes', () => {
		expect(
			statementBeyond(
				'So Wang thinks 5G will break out first. Wang thinks 5G will break out first.',
				['So I think 5G will break out first.'],
				{ label: 'Wang Qing' }
			)
		).toBe('');
	});

	it('keeps a statement that adds to the quotes whole', () => {
		expect(
			statementBeyond(
				'Given experience, consensus and supply, 5G will break out first.',
				['So I think 5G will break out first.'],
				{ label: 'Wang Qing' }
			)
		).toBe('Given experience, consensus and supply, 5G will break out first.');
	});
});
