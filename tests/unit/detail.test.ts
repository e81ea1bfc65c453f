import { beforeEach, describe, expect, it } from 'vitest';
import { GraphIndex, type NodeOfType } from '../../src/lib/graph';
import {
	claimMarks,
	claimsAbout,
	claimsBy,
	claimsByQuestion,
	claimsIn,
	disagreementsOf,
	excerpt,
	linesInWords,
	linked,
	markedLines,
	markedParts,
	passage,
	passagesOf,
	questionOf,
	questionsOf,
	readingPosition,
	relatedClaims,
	type ExcerptBlock,
	type Passage
} from '../../src/lib/graph/detail';
import { compiledInterview, transcript } from './helpers';

const graph = compiledInterview();
const index = new GraphIndex(graph);

/** The claim that quotes `words`: tests find claims by what was said, not by their ids. */
function claimQuoting(words: string): NodeOfType<'claim'> {
	const claim = graph.nodes.find(
		(n): n is NodeOfType<'claim'> =>
			n.type === 'claim' && n.quotes.some((q) => q.text.includes(words))
	);
	if (!claim) throw new Error(`no claim quotes "${words}"`);
	return claim;
}

/** A passage's text as a reader sees it: paragraphs on lines, marked words in [brackets]. */
function read(blocks: ExcerptBlock[]): string {
	return blocks
		.map((block) =>
			block.kind === 'omitted'
				? `[${block.paragraphs} omitted]`
				: block.pieces
						.map((piece) =>
							piece.kind === 'ellipsis'
								? ' …'
								: piece.before +
									piece.parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('')
						)
						.join('')
		)
		.join('\n');
}

const plain = (p: Passage) =>
	p.paragraphs.map((para) => para.sentences.map((s) => s.before + s.sentence.text).join(''));

describe('markedParts: a sentence split into quoted and unquoted parts', () => {
	const sentence = { text: 'So I think 5G will break out first.', start: 100, end: 135 };
	const read = (marks: { start: number; end: number }[]) =>
		markedParts(sentence, marks).map((p) => (p.marked ? `[${p.text}]` : p.text));

	it.each([
		['no marks', [], ['So I think 5G will break out first.']],
		['the whole sentence', [{ start: 100, end: 135 }], ['[So I think 5G will break out first.]']],
		['its end', [{ start: 111, end: 135 }], ['So I think ', '[5G will break out first.]']],
		['its start', [{ start: 100, end: 110 }], ['[So I think]', ' 5G will break out first.']],
		['its middle', [{ start: 111, end: 113 }], ['So I think ', '[5G]', ' will break out first.']],
		[
			'a span beyond both ends',
			[{ start: 50, end: 500 }],
			['[So I think 5G will break out first.]']
		],
		['a span elsewhere', [{ start: 0, end: 100 }], ['So I think 5G will break out first.']],
		[
			'overlapping spans, merged',
			[
				{ start: 111, end: 120 },
				{ start: 104, end: 113 }
			],
			['So I', '[ think 5G will b]', 'reak out first.']
		],
		[
			'touching spans, merged',
			[
				{ start: 100, end: 110 },
				{ start: 110, end: 113 }
			],
			['[So I think 5G]', ' will break out first.']
		],
		[
			'two separate spans',
			[
				{ start: 119, end: 124 },
				{ start: 111, end: 113 }
			],
			['So I think ', '[5G]', ' will ', '[break]', ' out first.']
		]
	])('marks %s', (_, marks, expected) => {
		expect(read(marks)).toEqual(expected);
		for (const part of markedParts(sentence, marks)) expect(part.notes).toEqual([]);
	});

	it('notes where each mark ends, and keeps parts apart at a note', () => {
		const parts = markedParts(sentence, [
			{ start: 100, end: 135, note: 'whole' },
			{ start: 111, end: 113, note: 'five-g' },
			{ start: 130, end: 200, note: 'beyond' }
		]);
		expect(parts).toEqual([
			{ text: 'So I think 5G', marked: true, notes: ['five-g'] },
			{ text: ' will break out first.', marked: true, notes: ['whole'] }
		]);
	});

	it('loses and adds no text', () => {
		const parts = markedParts(sentence, [{ start: 103, end: 117 }]);
		expect(parts.map((p) => p.text).join('')).toBe(sentence.text);
	});
});

describe('passage: a turn, paragraph by paragraph', () => {
	it.each(graph.turns.filter((t) => t.node !== null).map((t) => [t.node!, t.id]))(
		'reads %s exactly as its node text',
		(node, turn) => {
			const text = (index.nodes.get(node) as NodeOfType<'answer' | 'question'>).text;
			expect(plain(passage(index, turn)).join('\n\n')).toBe(text.replace(/\n\s*\n/g, '\n\n'));
		}
	);

	it('puts each paragraph on its own source line', () => {
		for (const turn of graph.turns) {
			for (const paragraph of passage(index, turn.id).paragraphs) {
				const lineStart = transcript
					.split('\n')
					.slice(0, paragraph.line - 1)
					.join('\n').length;
				expect(paragraph.sentences[0]!.sentence.start).toBeGreaterThanOrEqual(lineStart);
				for (const s of paragraph.sentences) expect(s.sentence.line).toBe(paragraph.line);
			}
		}
	});

	it('joins narration sentences with a space, as it has no node text', () => {
		const narration = graph.turns.find((t) => t.kind === 'narration')!;
		const p = passage(index, narration.id);
		expect(p.node).toBeNull();
		expect(p.speaker).toBeNull();
		for (const para of p.paragraphs) {
			para.sentences.forEach((s, i) => expect(s.before).toBe(i === 0 ? '' : ' '));
		}
	});

	it('marks the words a claim quotes, and only those', () => {
		const claim = claimQuoting('So I think 5G will break out first');
		const turn = index.sentences.get(claim.quotes[0]!.sentences[0]!)!.turn;
		const p = passage(index, turn, claim.quotes);
		const marked = p.paragraphs
			.flatMap((para) => para.sentences)
			.flatMap((s) => s.parts.filter((part) => part.marked).map((part) => part.text));
		expect(marked.join(' ')).toBe(claim.quotes.map((q) => q.text).join(' '));
	});

	it('throws on an unknown turn', () => {
		expect(() => passage(index, 'no-such-turn')).toThrow(/no turn/);
	});
});

describe('passagesOf', () => {
	it('finds the answer each quote comes from, in reading order', () => {
		const claim = claimQuoting('on the other hand, the blockchain-based support technology');
		const passages = passagesOf(index, claim.quotes);
		expect(passages.map((p) => p.node)).toEqual(linked(index, claim.id, 'made-in', 'out'));
		expect(passages[0]!.speaker).toBe(claim.speaker);
	});

	it('marks whole cited sentences of an edge', () => {
		const edge = graph.edges.find((e) => e.relation === 'disagrees-with')!;
		const passages = passagesOf(index, index.sentencesOf(edge.id));
		const marked = passages.flatMap((p) =>
			p.paragraphs.flatMap((para) => para.sentences.filter((s) => s.marked))
		);
		expect(marked.map((s) => s.sentence.id).sort()).toEqual([...edge.citations].sort());
		for (const s of marked) {
			expect(s.parts).toEqual([{ text: s.sentence.text, marked: true, notes: [] }]);
		}
	});

	it('ignores spans outside every turn', () => {
		expect(
			passagesOf(index, [{ start: transcript.length + 10, end: transcript.length + 20 }])
		).toEqual([]);
	});
});

describe('excerpt', () => {
	const claim = claimQuoting('So I think 5G will break out first');
	const [answer] = passagesOf(index, claim.quotes);
	const paragraphs = answer!.paragraphs.length;
	const markedAt = answer!.paragraphs.findIndex((p) => p.sentences.some((s) => s.marked));

	it('shows everything in full', () => {
		const blocks = excerpt(answer!, 'full');
		expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
		expect(blocks).toHaveLength(paragraphs);
	});

	it('shows the marked paragraphs and counts the others where they were', () => {
		const blocks = excerpt(answer!, 'paragraphs');
		const shown = blocks.filter((b) => b.kind === 'paragraph');
		const omitted = blocks.flatMap((b) => (b.kind === 'omitted' ? [b.paragraphs] : []));
		expect(shown).toHaveLength(1);
		expect(omitted.reduce((a, b) => a + b, 0)).toBe(paragraphs - 1);
		expect(blocks[0]!.kind).toBe(markedAt === 0 ? 'paragraph' : 'omitted');
	});

	it('shows only the marked sentences, with ellipses where others were left out', () => {
		const quote = claimQuoting('on the other hand, the blockchain-based support technology');
		const [p] = passagesOf(index, quote.quotes);
		const blocks = excerpt(p!, 'sentences');
		const marked = blocks.flatMap((b) =>
			b.kind === 'paragraph'
				? b.pieces.flatMap((piece) =>
						piece.kind === 'sentence' ? piece.parts.filter((x) => x.marked).map((x) => x.text) : []
					)
				: []
		);
		expect(marked.join(' ')).toBe(quote.quotes.map((q) => q.text).join(' '));
		// Its two quotes are consecutive sentences: nothing is left out between them.
		expect(read(blocks)).not.toContain('…');
		expect(blocks.some((b) => b.kind === 'omitted')).toBe(false);

		const first = answer!.paragraphs.reduce((a, b) =>
			b.sentences.length > a.sentences.length ? b : a
		).sentences;
		expect(first.length).toBeGreaterThanOrEqual(4);
		const gapped = passage(index, answer!.turn.id, [first[1]!.sentence, first[3]!.sentence]);
		expect(read(excerpt(gapped, 'sentences'))).toBe(
			`[${first[1]!.sentence.text}] … [${first[3]!.sentence.text}]`
		);
		expect(read(excerpt(answer!, 'sentences'))).toBe('[So I think 5G will break out first.]');
	});

	it('opens with the first paragraph and counts the rest', () => {
		const blocks = excerpt(answer!, 'opening');
		expect(blocks[0]).toMatchObject({ kind: 'paragraph', line: answer!.paragraphs[0]!.line });
		expect(blocks.slice(1)).toEqual(
			paragraphs > 1 ? [{ kind: 'omitted', paragraphs: paragraphs - 1 }] : []
		);
	});
});

describe('claimMarks', () => {
	it('marks every quote of every claim in an answer, noting the claim', () => {
		const claims = claimsIn(index, 'q1-wang-qing');
		const marks = claimMarks(claims);
		expect(marks).toHaveLength(claims.reduce((n, c) => n + c.quotes.length, 0));
		const answer = index.nodes.get('q1-wang-qing') as NodeOfType<'answer'>;
		const p = passage(index, answer.turn, marks);
		const notes = p.paragraphs.flatMap((para) =>
			para.sentences.flatMap((s) => s.parts.flatMap((part) => part.notes))
		);
		expect(new Set(notes)).toEqual(new Set(claims.map((c) => c.id)));
	});
});

describe('lines', () => {
	it.each([
		[[], false, ''],
		[[37], false, 'line 37'],
		[[37, 39], false, 'lines 37 and 39'],
		[[37, 39, 41], false, 'lines 37, 39, and 41'],
		[[19, 21, 31], true, 'lines 19–31']
	])('%j (range %s) reads "%s"', (lines, range, words) => {
		expect(linesInWords(lines, range)).toBe(words);
	});

	it('names the lines of the marked paragraphs, or all when none is marked', () => {
		const claim = claimQuoting('So I think 5G will break out first');
		const [p] = passagesOf(index, claim.quotes);
		expect(markedLines(p!)).toEqual([index.sentences.get(claim.quotes[0]!.sentences[0]!)!.line]);
		const bare = passage(index, p!.turn.id);
		expect(markedLines(bare)).toEqual(bare.paragraphs.map((para) => para.line));
	});
});

describe('claims, grouped', () => {
	it('links nodes by relation and direction, optionally by type', () => {
		expect(linked(index, 'wang-qing', 'affiliated-with', 'out')).toEqual([
			'hubei-post-telecom-planning-design-institute'
		]);
		expect(linked(index, 'q1', 'answers', 'in')).toEqual(index.answersOf('q1'));
		expect(linked(index, 'wang-qing', 'said-by', 'in', ['answer'])).toEqual(
			index.answersOf('wang-qing')
		);
	});

	it('lists a speaker’s claims in reading order', () => {
		const claims = claimsBy(index, 'wang-qing');
		expect(claims.length).toBeGreaterThan(0);
		for (const claim of claims) expect(claim.speaker).toBe('wang-qing');
		const positions = claims.map(readingPosition);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});

	it('groups a speaker’s claims by question, in the order asked', () => {
		const groups = claimsByQuestion(index, 'wang-qing');
		expect(groups.map((g) => g.question)).toEqual(['q1', 'q2', 'q4', 'q5']);
		expect(groups.flatMap((g) => g.claims).length).toBe(claimsBy(index, 'wang-qing').length);
		for (const group of groups) {
			for (const claim of group.claims) expect(questionOf(index, claim.id)).toBe(group.question);
		}
		expect(groups.find((g) => g.question === 'q1')!.claims.map((c) => c.id)).toContain(
			claimQuoting('So I think 5G will break out first').id
		);
	});

	it('groups the host’s relayed claim under the question it was asked in', () => {
		const host = claimsByQuestion(index, 'gong-haihan');
		for (const group of host) expect(group.question).not.toBeNull();
		for (const claim of claimsBy(index, 'gong-haihan')) {
			expect(linked(index, claim.id, 'made-in', 'out')).toEqual([questionOf(index, claim.id)]);
		}
	});

	it('lists the claims made in an answer, and they are its speaker’s', () => {
		const claims = claimsIn(index, 'q1-wang-qing');
		expect(claims.map((c) => c.id)).toContain(
			claimQuoting('So I think 5G will break out first').id
		);
		for (const claim of claims) expect(claim.speaker).toBe('wang-qing');
	});

	it('groups the claims about a topic by speaker, each about it', () => {
		const groups = claimsAbout(index, 'blockchain');
		// The guests' own claims, the article's framing (its author), then the commentators' view
		// that the host relays in Q4.
		expect(groups.map((g) => [g.speaker, g.relayed])).toEqual([
			['xiang-lipeng', false],
			['wang-qing', false],
			['wang-qiao', false],
			['gong-haihan', true]
		]);
		expect(groups[3]!.claims.map((c) => c.id)).toEqual([
			'relayed-blockchain-only-basic-technology'
		]);
		const total = graph.edges.filter(
			(e) =>
				e.relation === 'about' &&
				e.target === 'blockchain' &&
				index.node(e.source)?.type === 'claim'
		).length;
		expect(groups.flatMap((g) => g.claims)).toHaveLength(total);
		for (const group of groups) for (const c of group.claims) expect(c.speaker).toBe(group.speaker);
	});

	it('knows the questions a speaker asked and answered', () => {
		expect(questionsOf(index, 'gong-haihan')).toEqual({
			asked: ['q1', 'q2', 'q3', 'q4', 'q5'],
			answered: []
		});
		expect(questionsOf(index, 'wang-qing')).toEqual({
			asked: [],
			answered: ['q1', 'q2', 'q4', 'q5']
		});
	});
});

describe('relatedClaims: related claims by relation', () => {
	const claim = claimQuoting('So I think 5G will break out first');
	// Made before each test, not while the file loads: the mutation run pins a mutant only on the
	// tests that run its code, and code run at load counts for none of them.
	let groups: ReturnType<typeof relatedClaims>;
	beforeEach(() => {
		groups = relatedClaims(index, claim.id);
	});

	it('reads each relation from the selected claim’s end', () => {
		// "5G will break out first" makes the first step of Wang's time order precise (refines) and
		// is supported by the Hubei example and by experience, consensus and supply.
		expect(groups.map((g) => g.words)).toEqual(['Disagrees with', 'Supported by', 'Refines']);
		const words = (edgeId: string) =>
			groups.find((g) => g.claims.some((c) => c.edge.id === edgeId))?.words;
		for (const edge of index.edgesOf(claim.id)) {
			if (edge.relation !== 'supports') continue;
			expect(words(edge.id)).toBe(edge.source === claim.id ? 'Supports' : 'Supported by');
		}
	});

	it('names the claim at the other end of each edge', () => {
		for (const group of groups) {
			for (const { claim: other, edge } of group.claims) {
				expect(edge.relation).toBe(group.relation);
				expect(index.other(edge, claim.id)).toBe(other.id);
			}
		}
	});

	it('reads agreement the same from either end', () => {
		const edge = graph.edges.find((e) => e.relation === 'agrees-with')!;
		const fromSource = relatedClaims(index, edge.source).find((g) => g.words === 'Agrees with')!;
		const fromTarget = relatedClaims(index, edge.target).find((g) => g.words === 'Agrees with')!;
		expect(fromSource.claims.map((c) => c.claim.id)).toContain(edge.target);
		expect(fromTarget.claims.map((c) => c.claim.id)).toContain(edge.source);
	});

	it('is empty for a claim with no related claims', () => {
		const lonely = graph.nodes.find(
			(n) =>
				n.type === 'claim' &&
				!index
					.edgesOf(n.id)
					.some((e) =>
						['agrees-with', 'disagrees-with', 'supports', 'refines'].includes(e.relation)
					)
		);
		expect(lonely).toBeDefined();
		expect(relatedClaims(index, lonely!.id)).toEqual([]);
	});
});

describe('disagreementsOf: where a speaker disagrees with someone', () => {
	const xiangFirst = claimQuoting('I expect that the industrial Internet will emerge first');
	const xiangOpportunities = claimQuoting(
		'The key point of blockchain technology for new infrastructure'
	);

	it('lists each of Wang Qing’s claims at odds with Xiang Lipeng’s, from Wang’s side', () => {
		const found = disagreementsOf(index, 'wang-qing');
		// In reading order: lines 43, 45 and later in Wang's answer to Q1, then Q3, then Q5 twice.
		expect(found.map((d) => [d.own.id, d.other.id])).toEqual([
			[claimQuoting('In chronological order, I think it is 5G, UHV').id, xiangFirst.id],
			[claimQuoting('So I think 5G will break out first').id, xiangFirst.id],
			[claimQuoting('so the Industrial Internet will break out later').id, xiangFirst.id],
			[
				claimQuoting('Blockchain is still a basic technology').id,
				claimQuoting('It is not just a basic technology').id
			],
			[claimQuoting('On the one hand, the construction content').id, xiangOpportunities.id],
			[claimQuoting('So I think the effect is an expanded market').id, xiangOpportunities.id]
		]);
		expect(found.every((d) => d.outgoing)).toBe(true);
	});

	it('lists the same edges from the other speaker’s side, and a disagreement with a relayed view', () => {
		const found = disagreementsOf(index, 'xiang-lipeng');
		expect(found).toHaveLength(7);
		const incoming = found.filter((d) => !d.outgoing);
		expect(incoming).toHaveLength(6);
		expect(new Set(incoming.map((d) => d.other.speaker))).toEqual(new Set(['wang-qing']));
		const outgoing = found.filter((d) => d.outgoing);
		expect(outgoing.map((d) => [d.own.id, d.other.relayed?.holder])).toEqual([
			[claimQuoting('It is not just a basic technology').id, 'commentators']
		]);
	});

	it('is empty for a speaker who disagrees with no one', () => {
		expect(disagreementsOf(index, 'gong-haihan')).toEqual([]);
	});
});
