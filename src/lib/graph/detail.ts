/**
 * What the detail panel shows about a node or an edge, worked out from the graph alone: the
 * passages of the interview that cited words come from (with those words marked), and the
 * claims around a node grouped the way a reader wants them (by question, by speaker, by
 * relation). Pure functions over a {@link GraphIndex}; no DOM, no Svelte.
 */
import type { GraphIndex } from './query';
import type { GraphEdge, NodeOfType, Sentence, Turn } from './schema';
import type { NodeType, Relation } from './vocabulary';

type Claim = NodeOfType<'claim'>;

// ---------------------------------------------------------------------------------------------
// Passages: sentences of a turn with the cited words marked
// ---------------------------------------------------------------------------------------------

/** A stretch of the source text, as offsets into it (`start` inclusive, `end` exclusive). */
export interface Span {
	start: number;
	end: number;
}

/** A stretch to mark, optionally with a note (a claim id, say) to show where it ends. */
export interface Mark extends Span {
	note?: string;
	/**
	 * In a corpus, where offsets are per document: the mark's document, or the sentences it lies
	 * in (a quote's), which say it. Without either a mark can fall in any document's turn.
	 */
	document?: string;
	sentences?: readonly string[];
}

/** The document a mark lies in, when the graph is a corpus (see {@link Mark}). */
function markDocument(index: GraphIndex, mark: Mark): string | undefined {
	if (mark.document !== undefined) return mark.document;
	const first = mark.sentences?.[0];
	return first === undefined ? undefined : index.sentences.get(first)?.document;
}

/** A piece of a sentence's text, inside or outside the marked (quoted) spans. */
export interface TextPart {
	text: string;
	marked: boolean;
	/** Notes of the marks that end with this part, in the order the marks were given. */
	notes: string[];
}

/**
 * Splits a sentence's text into the parts that `marks` cover and the parts they do not, in
 * order. Marks may overlap, touch, reach beyond the sentence or miss it altogether. A mark's
 * note goes on the part where the mark ends, if it ends inside this sentence. Neighbouring parts
 * are merged unless a note falls between them, so without notes parts alternate between marked
 * and unmarked.
 *
 * @example
 * markedParts({ text: 'So I think 5G will break out first.', start: 100, end: 135 }, [
 * 	{ start: 111, end: 135, note: 'wang-5g-breaks-out-first' }
 * ]);
 * // [{ text: 'So I think ', marked: false, notes: [] },
 * //  { text: '5G will break out first.', marked: true, notes: ['wang-5g-breaks-out-first'] }]
 */
export function markedParts(
	sentence: Pick<Sentence, 'text' | 'start' | 'end'>,
	marks: readonly Mark[]
): TextPart[] {
	const inside = marks.filter((m) => m.end > sentence.start && m.start < sentence.end);
	const cuts = new Set([sentence.start, sentence.end]);
	for (const mark of inside) {
		cuts.add(Math.max(mark.start, sentence.start));
		cuts.add(Math.min(mark.end, sentence.end));
	}
	const bounds = [...cuts].sort((a, b) => a - b);
	const parts: TextPart[] = [];
	for (let i = 0; i + 1 < bounds.length; i++) {
		const [from, to] = [bounds[i]!, bounds[i + 1]!];
		const text = sentence.text.slice(from - sentence.start, to - sentence.start);
		const marked = inside.some((m) => m.start <= from && m.end >= to);
		const notes = inside.flatMap((m) => (m.end === to && m.note !== undefined ? [m.note] : []));
		const last = parts.at(-1);
		if (last && last.marked === marked && last.notes.length === 0) {
			last.text += text;
			last.notes = notes;
		} else parts.push({ text, marked, notes });
	}
	return parts;
}

/** A sentence of a passage, split around the marks. */
export interface PassageSentence {
	sentence: Sentence;
	parts: TextPart[];
	/** Whether any of its words are marked. */
	marked: boolean;
	/** The source text between the previous sentence of its paragraph and this one. */
	before: string;
}

/** One paragraph of a passage: one line of the source file. */
export interface Paragraph {
	line: number;
	sentences: PassageSentence[];
}

/** The sentences of one turn of the interview, by paragraph, with some of their words marked. */
export interface Passage {
	turn: Turn;
	/** The question or answer node the turn stands for, or null for narration. */
	node: string | null;
	/** Who speaks the turn, or null for narration. */
	speaker: string | null;
	paragraphs: Paragraph[];
}

/**
 * The whole of one turn, paragraph by paragraph, with the words inside `marks` marked. The
 * space between sentences is taken from the turn's node text where there is one, so the
 * passage reads exactly as the source does.
 *
 * @example
 * const answer = passage(index, 't3', claim.quotes); // Wang Qing's answer to Q1, quote marked
 */
export function passage(index: GraphIndex, turnId: string, marks: readonly Mark[] = []): Passage {
	const turn = index.turns.get(turnId);
	if (!turn) throw new Error(`no turn ${turnId} in the graph`);
	const sentences = index.graph.sentences
		.filter((s) => s.turn === turnId)
		.sort((a, b) => a.start - b.start);
	const node = turn.node === null ? undefined : index.nodes.get(turn.node);
	// A question's or answer's text runs from its first sentence to its last, verbatim.
	const text = node?.type === 'question' || node?.type === 'answer' ? node.text : null;
	const base = sentences[0]?.start ?? 0;

	const paragraphs: Paragraph[] = [];
	let previous: Sentence | undefined;
	for (const sentence of sentences) {
		const sameParagraph = previous !== undefined && previous.line === sentence.line;
		const before = !sameParagraph
			? ''
			: text !== null
				? text.slice(previous!.end - base, sentence.start - base)
				: ' ';
		const parts = markedParts(sentence, marks);
		const entry = { sentence, parts, marked: parts.some((p) => p.marked), before };
		if (sameParagraph) paragraphs.at(-1)!.sentences.push(entry);
		else paragraphs.push({ line: sentence.line, sentences: [entry] });
		previous = sentence;
	}
	return { turn, node: turn.node, speaker: turn.speaker, paragraphs };
}

/**
 * The turns that `marks` fall in, each as a {@link passage} with them marked, in reading order.
 * Marks outside every turn are ignored.
 */
export function passagesOf(index: GraphIndex, marks: readonly Mark[]): Passage[] {
	const documents = marks.map((mark) => markDocument(index, mark));
	const inTurn = (turn: Turn) => (mark: Mark, i: number) =>
		mark.start >= turn.start &&
		mark.start < turn.end &&
		(turn.document === undefined || documents[i] === turn.document);
	// Reading order: a corpus's turns are listed document by document.
	const order = new Map(index.graph.turns.map((turn, i) => [turn.id, i]));
	const turns = index.graph.turns
		.filter((turn) => marks.some(inTurn(turn)))
		.sort((a, b) =>
			a.document === b.document ? a.start - b.start : order.get(a.id)! - order.get(b.id)!
		);
	return turns.map((turn) => passage(index, turn.id, marks.filter(inTurn(turn))));
}

/** How much of a passage to show. */
export type ExcerptMode =
	/** every paragraph */
	| 'full'
	/** the paragraphs with marked words */
	| 'paragraphs'
	/** only the sentences with marked words */
	| 'sentences'
	/** the first paragraph */
	| 'opening';

/** A piece of a shown paragraph: a sentence, or an ellipsis where sentences are left out. */
export type ExcerptPiece = ({ kind: 'sentence' } & PassageSentence) | { kind: 'ellipsis' };

/** What an excerpt shows: paragraphs, and how many paragraphs were left out between them. */
export type ExcerptBlock =
	| { kind: 'paragraph'; line: number; pieces: ExcerptPiece[] }
	| { kind: 'omitted'; paragraphs: number };

/**
 * The part of a passage to show. Left-out paragraphs are counted where they were (except in
 * `sentences` mode, which shows the marked sentences alone, with an ellipsis between two that
 * are not consecutive).
 */
export function excerpt(passage: Passage, mode: ExcerptMode): ExcerptBlock[] {
	const blocks: ExcerptBlock[] = [];
	if (mode === 'sentences') {
		let skipped = false;
		let shownAny = false;
		for (const paragraph of passage.paragraphs) {
			const pieces: ExcerptPiece[] = [];
			for (const sentence of paragraph.sentences) {
				if (!sentence.marked) {
					skipped = true;
					continue;
				}
				if (skipped && shownAny) pieces.push({ kind: 'ellipsis' });
				// The first sentence shown in a paragraph needs no space before it.
				pieces.push({
					kind: 'sentence',
					...sentence,
					before: pieces.length ? sentence.before : ''
				});
				skipped = false;
				shownAny = true;
			}
			if (pieces.some((piece) => piece.kind === 'sentence')) {
				blocks.push({ kind: 'paragraph', line: paragraph.line, pieces });
			}
			// A new paragraph is a break of its own, not an omission.
		}
		return blocks;
	}

	let omitted = 0;
	for (const [i, paragraph] of passage.paragraphs.entries()) {
		const shown =
			mode === 'full' || (mode === 'opening' ? i === 0 : paragraph.sentences.some((s) => s.marked));
		if (!shown) {
			omitted++;
			continue;
		}
		if (omitted > 0) blocks.push({ kind: 'omitted', paragraphs: omitted });
		omitted = 0;
		blocks.push({
			kind: 'paragraph',
			line: paragraph.line,
			pieces: paragraph.sentences.map((s) => ({ kind: 'sentence', ...s }))
		});
	}
	if (omitted > 0) blocks.push({ kind: 'omitted', paragraphs: omitted });
	return blocks;
}

/**
 * The marks for the words a set of claims quote, each noting its claim, e.g. to show an answer
 * with every claim made in it marked.
 */
export function claimMarks(claims: readonly Claim[]): Mark[] {
	return claims.flatMap((claim) =>
		claim.quotes.map((quote) => ({
			start: quote.start,
			end: quote.end,
			note: claim.id,
			sentences: quote.sentences
		}))
	);
}

/** The source lines of a passage's paragraphs that hold marked words (all of them if none do). */
export function markedLines(passage: Passage): number[] {
	const marked = passage.paragraphs.filter((p) => p.sentences.some((s) => s.marked));
	return (marked.length > 0 ? marked : passage.paragraphs).map((p) => p.line);
}

/**
 * Source lines in words: "line 37", "lines 37 and 39", "lines 19–31" when `range` is set and
 * there are several.
 */
export function linesInWords(lines: readonly number[], range = false): string {
	if (lines.length === 0) return '';
	if (lines.length === 1) return `line ${lines[0]}`;
	if (range) return `lines ${Math.min(...lines)}–${Math.max(...lines)}`;
	const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
	return `lines ${list.format(lines.map(String))}`;
}

// ---------------------------------------------------------------------------------------------
// Neighbours and claims, grouped
// ---------------------------------------------------------------------------------------------

/**
 * The nodes joined to `id` by `relation`, following edges out of it ("id relation X") or into
 * it ("X relation id"), optionally only those of the given types; in the graph's edge order.
 *
 * @example
 * linked(index, 'wang-qing', 'affiliated-with', 'out'); // ['hubei-post-…-institute']
 */
export function linked(
	index: GraphIndex,
	id: string,
	relation: Relation,
	direction: 'out' | 'in',
	types?: readonly NodeType[]
): string[] {
	return index
		.edgesOf(id)
		.filter(
			(edge) =>
				edge.relation === relation && (direction === 'out' ? edge.source : edge.target) === id
		)
		.map((edge) => (direction === 'out' ? edge.target : edge.source))
		.filter((other) => {
			const type = index.nodes.get(other)?.type;
			return type !== undefined && (!types || types.includes(type));
		});
}

/** Where a claim is first quoted in the source: the key that puts claims in reading order. */
export function readingPosition(claim: Claim): number {
	return Math.min(...claim.quotes.map((quote) => quote.start));
}

function inReadingOrder(claims: Claim[]): Claim[] {
	return claims.sort((a, b) => readingPosition(a) - readingPosition(b));
}

function claimsAmong(index: GraphIndex, ids: readonly string[]): Claim[] {
	return ids.flatMap((id) => {
		const node = index.nodes.get(id);
		return node?.type === 'claim' ? [node] : [];
	});
}

/** A speaker's own claims, in reading order; views they only relay are not among them. */
export function claimsBy(index: GraphIndex, speaker: string): Claim[] {
	return inReadingOrder(
		index.graph.nodes.filter(
			(n): n is Claim => n.type === 'claim' && n.speaker === speaker && n.relayed === null
		)
	);
}

/** The views a speaker passes on without holding them (see `relayed` on claims), in reading order. */
export function relayedBy(index: GraphIndex, speaker: string): Claim[] {
	return inReadingOrder(
		index.graph.nodes.filter(
			(n): n is Claim => n.type === 'claim' && n.speaker === speaker && n.relayed !== null
		)
	);
}

/**
 * Who a claim belongs to, in words: the speaker's name for their own claim, "<holder>, relayed by
 * <speaker>" for a relayed view.
 *
 * @example
 * claimVoice(index, index.nodes.get('relayed-blockchain-only-basic-technology'));
 * // 'commentators, relayed by Gong Haihan'
 */
export function claimVoice(index: GraphIndex, claim: Claim): string {
	const speaker = index.nodes.get(claim.speaker)?.label ?? claim.speaker;
	return claim.relayed ? `${claim.relayed.holder}, relayed by ${speaker}` : speaker;
}

/** The claims made in an answer (or in a question's own turn), in reading order. */
export function claimsIn(index: GraphIndex, id: string): Claim[] {
	return inReadingOrder(claimsAmong(index, linked(index, id, 'made-in', 'in', ['claim'])));
}

/** The question a claim was made in answer to (or in asking), or null if it has none. */
export function questionOf(index: GraphIndex, claim: string): string | null {
	for (const target of linked(index, claim, 'made-in', 'out')) {
		const node = index.nodes.get(target);
		if (node?.type === 'question') return node.id;
		if (node?.type === 'answer') return node.question;
	}
	return null;
}

/** Claims that share a question. */
export interface ClaimsByQuestion {
	/** The question's node id, or null for claims made outside any question. */
	question: string | null;
	claims: Claim[];
}

/**
 * A speaker's claims grouped by the question they were made under, questions in the order they
 * were asked (claims under no question last), claims in reading order.
 */
export function claimsByQuestion(index: GraphIndex, speaker: string): ClaimsByQuestion[] {
	const groups = new Map<string | null, Claim[]>();
	for (const claim of claimsBy(index, speaker)) {
		const question = questionOf(index, claim.id);
		groups.set(question, [...(groups.get(question) ?? []), claim]);
	}
	const number = (id: string | null) => {
		const node = id === null ? undefined : index.nodes.get(id);
		return node?.type === 'question' ? node.number : Infinity;
	};
	return [...groups]
		.map(([question, claims]) => ({ question, claims }))
		.sort((a, b) => number(a.question) - number(b.question));
}

/** Claims by one speaker, or the views one speaker relays. */
export interface ClaimsBySpeaker {
	speaker: string;
	/** True for a group of views the speaker relays without holding them. */
	relayed: boolean;
	claims: Claim[];
}

/**
 * The claims about a sector, scenario or concept, grouped by speaker: speakers in the order the
 * graph lists them, claims in reading order; then the relayed views about it, by who relays them.
 */
export function claimsAbout(index: GraphIndex, topic: string): ClaimsBySpeaker[] {
	const claims = claimsAmong(index, linked(index, topic, 'about', 'in', ['claim']));
	const speakers = index.graph.nodes.filter((n) => n.type === 'speaker').map((n) => n.id);
	return [false, true].flatMap((relayed) =>
		speakers
			.map((speaker) => ({
				speaker,
				relayed,
				claims: inReadingOrder(
					claims.filter(
						(claim) => claim.speaker === speaker && (claim.relayed !== null) === relayed
					)
				)
			}))
			.filter((group) => group.claims.length > 0)
	);
}

/** The questions a speaker asked and the questions they answered, in the order asked. */
export function questionsOf(
	index: GraphIndex,
	speaker: string
): { asked: string[]; answered: string[] } {
	const questions = index.graph.nodes
		.filter((n): n is NodeOfType<'question'> => n.type === 'question')
		.sort((a, b) => a.number - b.number);
	const answered = new Set(
		index.graph.nodes.flatMap((n) =>
			n.type === 'answer' && n.speaker === speaker ? [n.question] : []
		)
	);
	return {
		asked: questions.filter((q) => q.speaker === speaker).map((q) => q.id),
		answered: questions.filter((q) => answered.has(q.id)).map((q) => q.id)
	};
}

/** The relations between claims, as the detail panel reads them from either end. */
const CLAIM_RELATIONS: readonly { relation: Relation; out: string; in: string }[] = [
	{ relation: 'agrees-with', out: 'Agrees with', in: 'Agrees with' },
	{ relation: 'disagrees-with', out: 'Disagrees with', in: 'Disagrees with' },
	{ relation: 'supports', out: 'Supports', in: 'Supported by' },
	{ relation: 'refines', out: 'Refines', in: 'Refined by' }
];

/** A claim related to another, and the edge that says how. */
export interface RelatedClaim {
	claim: Claim;
	edge: GraphEdge;
}

/** Claims related to one claim in the same way, under the words that say how. */
export interface RelatedClaims {
	/** "Agrees with", "Supported by"…: what the selected claim is to these claims. */
	words: string;
	relation: Relation;
	claims: RelatedClaim[];
}

/**
 * The claims related to a claim, grouped by how: agreeing, disagreeing, supporting, supported
 * by, refining, refined by. Agreement and disagreement read the same from either end, so both
 * directions share a group. Claims in reading order; empty groups are left out.
 *
 * @example
 * relatedClaims(index, 'wang-5g-breaks-out-first').map((g) => g.words);
 * // ['Disagrees with', 'Supported by', 'Refines']
 */
export function relatedClaims(index: GraphIndex, claim: string): RelatedClaims[] {
	const groups = new Map<string, RelatedClaims>();
	for (const { relation, out, in: into } of CLAIM_RELATIONS) {
		for (const [direction, words] of [
			['out', out],
			['in', into]
		] as const) {
			const group = groups.get(words) ?? { words, relation, claims: [] };
			for (const edge of index.edgesOf(claim)) {
				if (edge.relation !== relation) continue;
				if ((direction === 'out' ? edge.source : edge.target) !== claim) continue;
				const other = index.nodes.get(index.other(edge, claim));
				if (other?.type === 'claim' && !group.claims.some((c) => c.edge.id === edge.id)) {
					group.claims.push({ claim: other, edge });
				}
			}
			groups.set(words, group);
		}
	}
	return [...groups.values()]
		.filter((group) => group.claims.length > 0)
		.map((group) => ({
			...group,
			claims: group.claims.sort((a, b) => readingPosition(a.claim) - readingPosition(b.claim))
		}));
}

/** One disagreement a speaker is part of: their claim, the other speaker's, and the edge. */
export interface Disagreement {
	/** The speaker's own claim. */
	own: Claim;
	/** The claim it is at odds with, by someone else. */
	other: Claim;
	/** The `disagrees-with` edge between them. */
	edge: GraphEdge;
	/** Whether the speaker's claim is the edge's source (it disagrees with the other). */
	outgoing: boolean;
}

/**
 * Where a speaker disagrees with someone else: every `disagrees-with` edge between one of
 * their claims and another speaker's claim, either way round, in reading order of their claim.
 *
 * @example
 * disagreementsOf(index, 'wang-qing').map((d) => d.other.speaker); // ['xiang-lipeng', …]
 */
export function disagreementsOf(index: GraphIndex, speaker: string): Disagreement[] {
	const found: Disagreement[] = [];
	for (const own of claimsBy(index, speaker)) {
		for (const edge of index.edgesOf(own.id)) {
			if (edge.relation !== 'disagrees-with') continue;
			const other = index.nodes.get(index.other(edge, own.id));
			if (other?.type !== 'claim' || other.speaker === speaker) continue;
			found.push({ own, other, edge, outgoing: edge.source === own.id });
		}
	}
	return found.sort(
		(a, b) =>
			readingPosition(a.own) - readingPosition(b.own) ||
			readingPosition(a.other) - readingPosition(b.other)
	);
}
