/**
 * What a node's permalink page and the stance page show, computed from the graph ahead of
 * rendering: every quoted sentence with the quoted words marked, every connection with the
 * sentences that cite it, the evidence chain to the speaker. Plain data, so the pages are
 * prerendered HTML that needs no script and no graph in the browser.
 */
import { markedParts } from './detail';
import { GraphIndex, type PathStep } from './query';
import type { GraphEdge, GraphNode, QuoteSpan, Sentence } from './schema';
import { stanceTable, type StanceVerdict } from './stance';
import { traceToSpeaker } from './trace';
import type { NodeType, Relation, SpeakerRole } from './vocabulary';
import { sentenceSpans } from './transcript';

/** A node as a link to it shows it. */
export interface NodeRef {
	id: string;
	type: NodeType;
	label: string;
}

/** A run of a sentence's text, marked when a quote covers it. */
export interface TextPiece {
	text: string;
	marked: boolean;
}

/** A sentence of the source as evidence: who said it, where, and which words are quoted. */
export interface CitedSentence {
	id: string;
	/** 1-based line of the transcript. */
	line: number;
	/** Who spoke it; null for narration. */
	speaker: NodeRef | null;
	/** The question or answer it belongs to (its permalink holds the sentence); null for narration. */
	turn: NodeRef | null;
	/** The sentence's text, in pieces; quoted words are marked. */
	pieces: TextPiece[];
	/** In a corpus: the title of the document the sentence comes from. */
	document?: string;
}

/** A stretch of a passage: a sentence (with its id, to link to) or the text between sentences. */
export interface PassageSegment {
	/** The sentence's id, or null for the text between sentences. */
	sentence: string | null;
	pieces: TextPiece[];
}

/** A whole question or answer, paragraph by paragraph, with the quoted words marked. */
export interface Passage {
	/** The question or answer; null for the narration (the article's own words). */
	node: NodeRef | null;
	speaker: NodeRef | null;
	/** 1-based line on which the turn starts. */
	line: number;
	paragraphs: PassageSegment[][];
}

/** One edge seen from one of its ends. */
export interface Connection {
	edge: string;
	/** The node at the other end. */
	other: NodeRef;
	/** The sentences that establish the edge, in reading order. */
	citations: CitedSentence[];
}

/** The connections of one relation in one direction, headed in words ("Supported by"). */
export interface ConnectionGroup {
	relation: Relation;
	/** `out` when the page's node is the edge's source. */
	direction: 'out' | 'in';
	heading: string;
	connections: Connection[];
}

/** One step of an evidence chain, in the direction it is walked. */
export interface TraceStep {
	from: NodeRef;
	to: NodeRef;
	relation: Relation;
	/** The relation read in the walking direction: "said by", or "is discussed in" when reversed. */
	words: string;
	citations: CitedSentence[];
}

/** Everything a node's permalink page shows. */
export interface NodePage {
	node: GraphNode;
	/** Who said it: a claim's, answer's or question's speaker; a speaker is their own. */
	speaker: (NodeRef & { title: string | null; role: SpeakerRole }) | null;
	organization: NodeRef | null;
	/** Where it was said: a claim's answer (or question), an answer's question; else null. */
	context: NodeRef | null;
	/**
	 * For a claim: each question or answer it quotes, in full, the quoted words marked. For a
	 * question or an answer: its own text.
	 */
	passages: Passage[];
	/** Where the interview names the node (speakers, organisations, sectors, scenarios, concepts). */
	mentions: CitedSentence[];
	/** Every edge of the node, grouped by relation and direction. */
	groups: ConnectionGroup[];
	/** The evidence chains from the node to its speaker (see `traceToSpeaker`). */
	trace: TraceStep[][];
	/** The source line to cite: where the node is first quoted or starts; null if it is not in the text. */
	line: number | null;
	/** One or two sentences saying what the page is about, for the page's meta description. */
	summary: string;
}

/** Each relation's headings for a node's connections, and its words along an evidence chain. */
export const RELATION_PHRASES: Record<
	Relation,
	{ out: string; in: string; forward: string; backward: string }
> = {
	'affiliated-with': {
		out: 'Affiliated with',
		in: 'People affiliated with it',
		forward: 'affiliated with',
		backward: 'is the organisation of'
	},
	'asked-by': { out: 'Asked by', in: 'Questions asked', forward: 'asked by', backward: 'asked' },
	answers: {
		out: 'Answers',
		in: 'Answered by',
		forward: 'answers',
		backward: 'is answered by'
	},
	'said-by': { out: 'Said by', in: 'What they said', forward: 'said by', backward: 'said' },
	'relayed-by': {
		out: 'Relayed by',
		in: 'Views they relayed',
		forward: 'relayed by',
		backward: 'relayed'
	},
	'made-in': {
		out: 'Made in',
		in: 'Claims made in it',
		forward: 'made in',
		backward: 'contains the claim'
	},
	about: {
		out: 'About',
		in: 'What is said about it',
		forward: 'about',
		backward: 'is discussed in'
	},
	'applies-to': {
		out: 'Applies to',
		in: 'Scenarios that apply to it',
		forward: 'applies to',
		backward: 'has the scenario'
	},
	'part-of': { out: 'Part of', in: 'Includes', forward: 'part of', backward: 'includes' },
	'agrees-with': {
		out: 'Agrees with',
		in: 'Agreed with by',
		forward: 'agrees with',
		backward: 'is agreed with by'
	},
	'disagrees-with': {
		out: 'Disagrees with',
		in: 'Disagreed with by',
		forward: 'disagrees with',
		backward: 'is disagreed with by'
	},
	refines: { out: 'Refines', in: 'Refined by', forward: 'refines', backward: 'is refined by' },
	supports: {
		out: 'Supports',
		in: 'Supported by',
		forward: 'supports',
		backward: 'is supported by'
	}
};

/**
 * The order of connection groups on a page: who said it and where first, then the debate
 * (disagreement, agreement, refinement, support), then what hangs off the node.
 */
const GROUP_ORDER: [Relation, 'out' | 'in'][] = [
	['said-by', 'out'],
	['relayed-by', 'out'],
	['asked-by', 'out'],
	['affiliated-with', 'out'],
	['made-in', 'out'],
	['answers', 'out'],
	['about', 'out'],
	['applies-to', 'out'],
	['part-of', 'out'],
	['disagrees-with', 'out'],
	['disagrees-with', 'in'],
	['agrees-with', 'out'],
	['agrees-with', 'in'],
	['refines', 'out'],
	['refines', 'in'],
	['supports', 'out'],
	['supports', 'in'],
	['answers', 'in'],
	['made-in', 'in'],
	['about', 'in'],
	['applies-to', 'in'],
	['part-of', 'in'],
	['said-by', 'in'],
	['relayed-by', 'in'],
	['asked-by', 'in'],
	['affiliated-with', 'in']
];

/** A node as a link shows it. */
export function nodeRef(node: GraphNode): NodeRef {
	return { id: node.id, type: node.type, label: node.label };
}

/** Turns the quotes' spans into marked and unmarked pieces of one sentence. */
export function markQuotes(sentence: Sentence, quotes: readonly QuoteSpan[]): TextPiece[] {
	return markedParts(sentence, quotes).map(({ text, marked }) => ({ text, marked }));
}

/** Builds the pages' pieces from one graph's index. */
class PageBuilder {
	constructor(readonly index: GraphIndex) {}

	/** A node the graph refers to; the compiler has checked that every reference resolves. */
	ref(id: string): NodeRef {
		return nodeRef(this.index.node(id)!);
	}

	/** The quotes of the claims at either end of an element: the words to mark in its sentences. */
	quotesOf(ids: readonly string[]): QuoteSpan[] {
		return ids.flatMap((id) => {
			const node = this.index.node(id);
			return node?.type === 'claim' ? node.quotes : [];
		});
	}

	cited(sentence: Sentence, quotes: readonly QuoteSpan[]): CitedSentence {
		const turn = this.index.turns.get(sentence.turn);
		return {
			id: sentence.id,
			line: sentence.line,
			speaker: sentence.speaker ? this.ref(sentence.speaker) : null,
			turn: turn?.node ? this.ref(turn.node) : null,
			pieces: markQuotes(sentence, quotes),
			...(sentence.document && {
				document:
					this.index.graph.documents?.find((d) => d.id === sentence.document)?.title ??
					sentence.document
			})
		};
	}

	/** The sentences an element cites, in reading order, with the quotes of `quoting` marked. */
	citations(id: string, quoting: readonly string[]): CitedSentence[] {
		const quotes = this.quotesOf(quoting);
		return this.index.sentencesOf(id).map((s) => this.cited(s, quotes));
	}

	/** A question's or answer's text with its sentences picked out and the quotes marked. */
	passage(node: Extract<GraphNode, { type: 'question' | 'answer' }>, quotes: QuoteSpan[]): Passage {
		const turn = this.index.turns.get(node.turn);
		const sentences = this.index.graph.sentences.filter((s) => s.turn === node.turn);
		const paragraphs: PassageSegment[][] = [[]];
		const addText = (text: string, marked: boolean) => {
			// A line break between sentences ends a paragraph; other text stays in it.
			const parts = text.split(/\s*\n\s*/);
			parts.forEach((part, i) => {
				if (i > 0 && paragraphs.at(-1)!.length > 0) paragraphs.push([]);
				if (part) {
					paragraphs.at(-1)!.push({
						sentence: null,
						pieces: [{ text: part, marked: marked && parts.length === 1 }]
					});
				}
			});
		};
		// Text between two sentences is marked when one quote runs across both.
		const quotedBetween = (before: Sentence | undefined, after: Sentence | undefined) =>
			before !== undefined &&
			after !== undefined &&
			quotes.some((q) => q.start < before.end && q.end > after.start);
		let at = 0;
		let previous: Sentence | undefined;
		for (const sentence of sentences) {
			const found = node.text.indexOf(sentence.text, at);
			if (found < 0) continue; // the compiler guarantees it is there; skip rather than garble
			addText(node.text.slice(at, found), quotedBetween(previous, sentence));
			paragraphs.at(-1)!.push({ sentence: sentence.id, pieces: markQuotes(sentence, quotes) });
			at = found + sentence.text.length;
			previous = sentence;
		}
		addText(node.text.slice(at), false);
		return {
			node: nodeRef(node),
			speaker: this.ref(node.speaker),
			line: turn?.line ?? sentences[0]?.line ?? 1,
			paragraphs: paragraphs.filter((p) => p.length > 0)
		};
	}

	/** The questions and answers a claim quotes, each whole, with the claim's quotes marked. */
	claimPassages(claim: Extract<GraphNode, { type: 'claim' }>): Passage[] {
		const turns: string[] = [];
		for (const quote of claim.quotes) {
			for (const id of quote.sentences) {
				const turn = this.index.sentences.get(id)?.turn;
				if (turn && !turns.includes(turn)) turns.push(turn);
			}
		}
		return turns.flatMap((turnId) => {
			const node = this.index.node(this.index.turns.get(turnId)?.node ?? '');
			return node && (node.type === 'question' || node.type === 'answer')
				? [this.passage(node, claim.quotes)]
				: [this.narrationPassage(turnId, claim.quotes)];
		});
	}

	/**
	 * The quoted sentences of a narration turn (the article's own framing), each its own
	 * paragraph: the introduction is not a speaker's turn, so there is no whole answer to show.
	 */
	narrationPassage(turnId: string, quotes: readonly QuoteSpan[]): Passage {
		const quoted = new Set(quotes.flatMap((q) => q.sentences));
		const sentences = this.index.graph.sentences.filter(
			(s) => s.turn === turnId && quoted.has(s.id)
		);
		return {
			node: null,
			speaker: null,
			line: sentences[0]?.line ?? this.index.turns.get(turnId)?.line ?? 1,
			paragraphs: sentences.map((sentence) => [
				{ sentence: sentence.id, pieces: markQuotes(sentence, quotes) }
			])
		};
	}

	connection(edge: GraphEdge, from: string): Connection {
		return {
			edge: edge.id,
			other: this.ref(this.index.other(edge, from)),
			citations: this.citations(edge.id, [edge.source, edge.target])
		};
	}

	groups(id: string): ConnectionGroup[] {
		const readingOrder = (c: Connection) => c.citations[0]?.id ?? '';
		const position = (c: Connection) =>
			this.index.sentences.get(readingOrder(c))?.start ?? Number.POSITIVE_INFINITY;
		const groups: ConnectionGroup[] = [];
		for (const [relation, direction] of GROUP_ORDER) {
			const connections = this.index
				.edgesOf(id)
				.filter(
					(e) =>
						e.relation === relation && (direction === 'out' ? e.source === id : e.target === id)
				)
				.map((e) => this.connection(e, id))
				.sort((a, b) => position(a) - position(b));
			if (connections.length === 0) continue;
			const phrases = RELATION_PHRASES[relation];
			groups.push({
				relation,
				direction,
				heading: direction === 'out' ? phrases.out : phrases.in,
				connections
			});
		}
		return groups;
	}

	step(step: PathStep): TraceStep {
		const phrases = RELATION_PHRASES[step.edge.relation];
		return {
			from: this.ref(step.from),
			to: this.ref(step.to),
			relation: step.edge.relation,
			words: step.edge.source === step.from ? phrases.forward : phrases.backward,
			citations: this.citations(step.edge.id, [step.edge.source, step.edge.target])
		};
	}
}

/**
 * What the permalink page of one node shows; null for an unknown id.
 *
 * @example
 * const page = nodePage(new GraphIndex(graph), 'wang-5g-breaks-out-first')!;
 * page.passages[0].node.label; // "Wang Qing's answer to Q1", the quote marked in it
 */
export function nodePage(index: GraphIndex, id: string): NodePage | null {
	const node = index.node(id);
	if (!node) return null;
	const build = new PageBuilder(index);

	const speakerId = index.speakerOf(id);
	const speakerNode = speakerId ? index.node(speakerId) : undefined;
	const speaker =
		speakerNode?.type === 'speaker'
			? { ...nodeRef(speakerNode), title: speakerNode.title, role: speakerNode.role }
			: null;
	const organisationId =
		node.type === 'organization'
			? null
			: speakerNode?.type === 'speaker'
				? speakerNode.organization
				: null;
	const organization = organisationId ? build.ref(organisationId) : null;

	let passages: Passage[] = [];
	let mentions: CitedSentence[] = [];
	if (node.type === 'claim') passages = build.claimPassages(node);
	else if (node.type === 'question' || node.type === 'answer') passages = [build.passage(node, [])];
	else mentions = build.citations(id, []);

	const contextId =
		node.type === 'answer'
			? node.question
			: node.type === 'claim'
				? (index.edgesOf(id).find((e) => e.relation === 'made-in' && e.source === id)?.target ??
					null)
				: null;

	const trace = traceToSpeaker(index, id).chains.map((chain) => chain.map((s) => build.step(s)));
	const first = index.sentencesOf(id)[0];
	return {
		node,
		speaker,
		organization,
		context: contextId ? build.ref(contextId) : null,
		passages,
		mentions,
		groups: build.groups(id),
		trace,
		line: first?.line ?? null,
		summary: summarise(index, node, speaker?.label ?? null)
	};
}

function isAuthor(index: GraphIndex, claim: GraphNode): boolean {
	const speaker = claim.type === 'claim' ? index.node(claim.speaker) : undefined;
	return speaker?.type === 'speaker' && speaker.role === 'author';
}

function summarise(index: GraphIndex, node: GraphNode, speaker: string | null): string {
	const title = index.graph.document.title;
	switch (node.type) {
		case 'claim':
			if (index.node(node.speaker)?.type === 'speaker' && speaker && isAuthor(index, node)) {
				return `${speaker}, author of “${title}”, in its introduction: ${node.statement}`;
			}
			if (node.relayed) {
				return `A view of ${node.relayed.holder}, relayed by ${speaker ?? 'a speaker'} in “${title}”: ${node.statement}`;
			}
			return `${speaker ?? 'A speaker'} in “${title}”: ${node.statement}`;
		case 'question':
			return `Question ${node.number}, asked by ${speaker ?? 'the host'} in “${title}”: ${node.text}`;
		case 'answer':
			return `${node.label}, in “${title}”.`;
		case 'speaker': {
			const claims = index
				.edgesOf(node.id)
				.filter((e) => e.relation === 'said-by' && index.node(e.source)?.type === 'claim').length;
			return `${node.name}${node.title ? `, ${node.title}` : ''}: ${claims} cited claims in “${title}”.`;
		}
		case 'organization':
			return `${node.name}, as cited in “${title}”.`;
		default: {
			const claims = index
				.edgesOf(node.id)
				.filter((e) => e.relation === 'about' && index.node(e.source)?.type === 'claim').length;
			const described = node.description ? `${node.description} ` : '';
			return `${described}The ${node.type} “${node.label}” in “${title}”: ${claims} cited claims about it.`;
		}
	}
}

/** A claim as the stance page shows it: what was said, and the sentences it quotes. */
export interface StanceClaim {
	id: string;
	speaker: string;
	label: string;
	statement: string;
	quotes: CitedSentence[];
}

/** A row of the stance page, with the nodes and edges it names resolved. */
export interface StancePageRow {
	topic: NodeRef;
	verdict: StanceVerdict;
	claimCount: number;
	/** One per column, in the table's speaker order; each lists claim ids. */
	cells: { speaker: string; claims: string[] }[];
	/** The agreements and disagreements behind the verdict. */
	relations: { edge: string; relation: Relation; source: string; target: string }[];
}

/** A dispute (see `Dispute`) with its topics resolved. */
export interface StancePageDispute {
	topics: NodeRef[];
	/** One side per speaker, each listing claim ids in reading order. */
	sides: { speaker: string; claims: string[] }[];
}

/** Everything the stance page shows. */
export interface StancePage {
	speakers: (NodeRef & { role: SpeakerRole })[];
	rows: StancePageRow[];
	disputes: StancePageDispute[];
	/** Every claim the table names, by id. */
	claims: Record<string, StanceClaim>;
	/**
	 * Views a speaker relayed without holding them, each with the claims that answer it; their
	 * own claims are in `claims`.
	 */
	relayed: StancePageRelayed[];
}

/** A relayed view on the stance page (see `RelayedView`). */
export interface StancePageRelayed {
	/** The relayed view's claim id, in `claims`. */
	claim: string;
	by: NodeRef;
	holder: string;
	topics: NodeRef[];
	/** How the speakers' claims answer it: "agrees with", "disagrees with"… */
	responses: { edge: string; relation: Relation; claim: string; words: string }[];
}

/**
 * The stance table of a graph (see `stanceTable`) with its claims' labels and quotes, ready to
 * render.
 *
 * @example
 * const page = stancePage(new GraphIndex(graph));
 * page.rows[0].topic.label; // "Industrial Internet"
 */
export function stancePage(index: GraphIndex): StancePage {
	const build = new PageBuilder(index);
	const table = stanceTable(index);
	const claims: Record<string, StanceClaim> = {};
	const addClaim = (id: string) => {
		const claim = index.node(id);
		if (claim?.type !== 'claim' || claims[id]) return;
		claims[id] = {
			id,
			speaker: claim.speaker,
			label: claim.label,
			statement: claim.statement,
			quotes: build.citations(id, [id])
		};
	};
	for (const row of table.rows) {
		for (const cell of row.cells) cell.claims.forEach(addClaim);
		for (const id of row.relations) {
			const edge = index.edges.get(id)!;
			addClaim(edge.source);
			addClaim(edge.target);
		}
	}
	const relayed = table.relayed.map((view) => {
		addClaim(view.claim);
		return {
			claim: view.claim,
			by: build.ref(view.by),
			holder: view.holder,
			topics: view.topics.map((id) => build.ref(id)),
			responses: view.responses.map((id) => {
				const edge = index.edges.get(id)!;
				const other = edge.source === view.claim ? edge.target : edge.source;
				addClaim(other);
				const phrases = RELATION_PHRASES[edge.relation];
				// Read from the answering claim's end: "agrees with", "is refined by"…
				const words = edge.source === other ? phrases.forward : phrases.backward;
				return { edge: id, relation: edge.relation, claim: other, words };
			})
		};
	});
	return {
		relayed,
		speakers: table.speakers.flatMap((id) => {
			const node = index.node(id);
			return node?.type === 'speaker' ? [{ ...nodeRef(node), role: node.role }] : [];
		}),
		rows: table.rows.map((row) => ({
			topic: build.ref(row.topic),
			verdict: row.verdict,
			claimCount: row.claimCount,
			cells: row.cells,
			relations: row.relations.map((id) => {
				const edge = index.edges.get(id)!;
				return { edge: id, relation: edge.relation, source: edge.source, target: edge.target };
			})
		})),
		disputes: table.disputes.map((dispute) => ({
			topics: dispute.topics.map((id) => build.ref(id)),
			sides: dispute.sides
		})),
		claims
	};
}

/** Words that carry no content of their own in a claim's statement. */
const FILLER = new Set(
	(
		'a an the and or but so as of in on at to for by with from that this these those it its is ' +
		'are was were be been will would can could should may might i we you he she they his her ' +
		'their our my me us them thinks think believes believe says say said argues argue feels ' +
		'feel expects expect also then than there here what which who whom not'
	).split(' ')
);

/** The content words of a text: lower case, letters and digits, filler and names dropped. */
function contentWords(text: string, names: ReadonlySet<string>): string[] {
	// Single letters are left out too: the "s" of "industry's" is no word of its own.
	return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
		(word) => !FILLER.has(word) && !names.has(word) && (word.length > 1 || /\d/.test(word))
	);
}

/**
 * Whether a claim's statement says something its label and quotes do not: whether it has a
 * content word (not filler, not the speaker's name) missing from all of them. A statement that
 * only restates the quote in the third person ("So Wang thinks 5G will break out first." for
 * "So I think 5G will break out first.") adds nothing, and the page leaves it out.
 *
 * @example
 * saysMore('So Wang thinks 5G will break out first.', ['So I think 5G will break out first.'],
 *   { label: 'Wang Qing' }); // false
 */
export function saysMore(
	statement: string,
	said: readonly string[],
	speaker: { label: string } | null
): boolean {
	const names = new Set(contentWords(speaker?.label ?? '', new Set()));
	const known = new Set(said.flatMap((text) => contentWords(text, names)));
	return contentWords(statement, names).some((word) => !known.has(word));
}

/**
 * What of a claim's statement its page prints: the statement's sentences that say something its
 * label and quotes (`said`) do not ({@link saysMore}), in order; '' when none does. A sentence
 * the quotes already say, word for word or in the third person, is left out, so that the page
 * quotes no sentence twice.
 *
 * @example
 * statementBeyond(
 * 	'Wang says 5G leads, before UHV. So Wang thinks 5G will break out first.',
 * 	['So I think 5G will break out first.'],
 * 	{ label: 'Wang Qing' }
 * ); // 'Wang says 5G leads, before UHV.'
 */
export function statementBeyond(
	statement: string,
	said: readonly string[],
	speaker: { label: string } | null,
	locale = 'en'
): string {
	return sentenceSpans(statement, { start: 0, end: statement.length }, locale)
		.map((span) => statement.slice(span.start, span.end))
		.filter((sentence) => saysMore(sentence, said, speaker))
		.join(' ');
}
