/**
 * Suggestions for the annotation mode (issue #16), each for a person to accept (then edit) or
 * dismiss; nothing here changes the graph.
 *
 * - **topics**: noun phrases that recur in the questions and answers, those several speakers use
 *   first;
 * - **claims**: substantive answer sentences that no claim cites yet;
 * - **relations**: two claims of different speakers about the same topic whose words overlap,
 *   not yet joined by an agreement, disagreement, support or refinement.
 *
 * The words are read with wink-nlp and its English web model (an npm package: nothing is fetched
 * at run time): its part-of-speech tags find the noun phrases (custom entity patterns), its
 * lemmas count "battery" and "batteries" as one, its stop-word flags leave out the small words.
 * Plain code without the DOM, so it runs in Node (the tests) and in a Web Worker
 * (suggest.worker.ts). The same graph and transcript always give the same suggestions.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Graph, GraphNode, NodeOfType, Sentence } from '../graph/schema';
import { ENTITY_TYPES } from '../graph/schema';
import { SUBSTANTIVE_LENGTH } from '../graph/report';
import { words } from '../graph/faithfulness';

export type Suggestion =
	| {
			kind: 'topic';
			/** `topic:<the phrase's lemmas, lower-cased>` */
			key: string;
			/** The phrase as first written, its first letter capitalised. */
			label: string;
			/**
			 * A verbatim quote that occurs exactly once in the transcript and names the topic: the
			 * first sentence (its exact text) in which the phrase occurs, or the next one that is
			 * unique.
			 */
			quote: string;
			/** How often the phrase occurs in the questions and answers. */
			occurrences: number;
			/** Speaker node ids who use it, in order of first use. */
			speakers: string[];
	  }
	| {
			kind: 'claim';
			/** `claim:<sentence id>` */
			key: string;
			/** The sentence's id. */
			sentence: string;
			/** The sentence's exact text. */
			quote: string;
			/** Speaker node id. */
			speaker: string;
			line: number;
	  }
	| {
			kind: 'relation';
			/** `relation:<a>|<b>`, the two claim ids sorted. */
			key: string;
			/** The later claim (by its first quote), of a different speaker than the target. */
			source: string;
			/** The earlier claim. */
			target: string;
			/** The shared topic node id. */
			topic: string;
			/** The shared content-word lemmas, sorted. */
			shared: string[];
			/** A quote for the relation: the source claim's first quote text. */
			quote: string;
	  };

export type TopicSuggestion = Extract<Suggestion, { kind: 'topic' }>;
export type ClaimSuggestion = Extract<Suggestion, { kind: 'claim' }>;
export type RelationSuggestion = Extract<Suggestion, { kind: 'relation' }>;

/** How many suggestions of each kind are offered unless the caller says otherwise. */
export const DEFAULT_LIMIT = 20;
/** The fewest times a phrase must occur to be offered as a topic. */
export const MIN_TOPIC_OCCURRENCES = 2;
/** The fewest content-word lemmas two claims must share to be offered as a relation. */
export const MIN_SHARED_LEMMAS = 2;

/** Relations that already say how two claims stand to each other. */
const JOINING = new Set(['agrees-with', 'disagrees-with', 'supports', 'refines']);

// ---------------------------------------------------------------------------------------------
// wink-nlp, loaded once
// ---------------------------------------------------------------------------------------------

/**
 * The noun phrases, as wink-nlp custom entities over its part-of-speech tags: a noun or proper
 * noun with up to two adjective or noun modifiers ("new infrastructure construction"), and a
 * noun with a prepositional phrase ("batteries at the quay"). The second pattern catches a noun
 * modifier the light model tags as a verb ("into shore power": "shore" is also a verb); it only
 * applies after a preposition, a determiner, punctuation or an adjective, where a finite verb
 * cannot stand, and marks the last two tokens.
 */
const NOUN_PHRASES = [
	{
		name: 'noun-phrase',
		patterns: [
			'[ADJ|NOUN|PROPN] [ADJ|NOUN|PROPN] [NOUN|PROPN]',
			'[ADJ|NOUN|PROPN] [NOUN|PROPN]',
			'[NOUN|PROPN] [ADP] [DET] [NOUN|PROPN]',
			'[NOUN|PROPN]'
		]
	},
	{ name: 'verb-tagged-modifier', patterns: ['[ADP|DET|PUNCT|ADJ] [VERB] [NOUN]'], mark: [1, 2] }
];

type Nlp = ReturnType<typeof winkNLP>;
let loaded: Nlp | undefined;

/** The wink-nlp instance with the English web model and the noun-phrase patterns. */
function nlp(): Nlp {
	if (!loaded) {
		const instance = winkNLP(model, ['sbd', 'pos', 'cer']);
		instance.learnCustomEntities(NOUN_PHRASES);
		loaded = instance;
	}
	return loaded;
}

/** A text read by wink-nlp: one entry per token. */
interface Reading {
	values: string[];
	pos: string[];
	lemmas: string[];
	stop: boolean[];
	/** Whether the token is a word (not punctuation, a number, an emoji…). */
	word: boolean[];
	/** Each token's start and end in the text. */
	starts: number[];
	ends: number[];
	/** The noun phrases found, as [first, last] token indices. */
	phrases: [number, number][];
}

function read(text: string): Reading {
	const { its } = nlp();
	const doc = nlp().readDoc(text);
	const tokens = doc.tokens();
	const values = tokens.out(its.value) as string[];
	const spaces = tokens.out(its.precedingSpaces) as string[];
	const starts: number[] = [];
	const ends: number[] = [];
	let at = 0;
	for (let i = 0; i < values.length; i++) {
		// wink-nlp keeps every character: the spaces before a token, then the token.
		const start = text.startsWith(values[i]!, at + spaces[i]!.length)
			? at + spaces[i]!.length
			: Math.max(at, text.indexOf(values[i]!, at));
		starts.push(start);
		at = start + values[i]!.length;
		ends.push(at);
	}
	// wink-nlp's types give `its.lemma` a third parameter that `out` does not declare.
	const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
	return {
		values,
		pos: tokens.out(its.pos) as string[],
		lemmas: lemmas.map((l) => l.toLowerCase()),
		stop: tokens.out(its.stopWordFlag) as boolean[],
		word: (tokens.out(its.type) as string[]).map((t) => t === 'word'),
		starts,
		ends,
		phrases: doc.customEntities().out(its.span) as unknown as [number, number][]
	};
}

const NOUNISH = new Set(['NOUN', 'PROPN']);
/** A letter or a digit. */
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * The key form of each token: its lemma, lower-cased. The light model tags a capitalised noun at
 * a sentence's start as a proper noun and leaves it unlemmatised ("Batteries"); such a token
 * takes the lemma the same word has where it is tagged a noun (`nounLemmas`).
 */
function normalise(reading: Reading, nounLemmas: ReadonlyMap<string, string>): string[] {
	return reading.lemmas.map((lemma, i) =>
		reading.pos[i] === 'PROPN' ? (nounLemmas.get(reading.values[i]!.toLowerCase()) ?? lemma) : lemma
	);
}

function collectNounLemmas(readings: Iterable<Reading>, into: Map<string, string>): void {
	for (const r of readings) {
		r.pos.forEach((p, i) => {
			const surface = r.values[i]!.toLowerCase();
			if (p === 'NOUN' && !into.has(surface)) into.set(surface, r.lemmas[i]!);
		});
	}
}

// ---------------------------------------------------------------------------------------------
// The suggestions
// ---------------------------------------------------------------------------------------------

/**
 * Suggestions for a compiled graph: topics, then relations, then claims, each kind at most
 * `limit` (default {@link DEFAULT_LIMIT}). `transcript` is the source text the graph was compiled
 * from (the sentences' start and end index into it). Every quote returned occurs exactly once in
 * it.
 *
 * @example
 * const suggestions = suggest(graph, transcript, { limit: 10 });
 */
export function suggest(
	graph: Graph,
	transcript: string,
	options: { limit?: number } = {}
): Suggestion[] {
	const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
	const unique = (text: string) => {
		const first = transcript.indexOf(text);
		return text.length > 0 && first >= 0 && transcript.indexOf(text, first + 1) < 0;
	};
	const spoken = new Set(
		graph.turns.filter((t) => t.kind === 'question' || t.kind === 'answer').map((t) => t.id)
	);
	const sentences = graph.sentences
		.filter((s) => spoken.has(s.turn))
		.sort((a, b) => a.start - b.start || compare(a.id, b.id));
	const readings = new Map(sentences.map((s) => [s.id, read(s.text)]));
	const nounLemmas = new Map<string, string>();
	collectNounLemmas(readings.values(), nounLemmas);

	const topics = topicSuggestions(graph, sentences, readings, nounLemmas, unique);
	const relations = relationSuggestions(graph, nounLemmas);
	const claims = claimSuggestions(graph, unique);
	return [...topics.slice(0, limit), ...relations.slice(0, limit), ...claims.slice(0, limit)];
}

interface Occurrence {
	sentence: Sentence;
	/** Where the phrase lies in the sentence's text. */
	start: number;
	end: number;
}

function topicSuggestions(
	graph: Graph,
	sentences: Sentence[],
	readings: ReadonlyMap<string, Reading>,
	nounLemmas: ReadonlyMap<string, string>,
	unique: (text: string) => boolean
): TopicSuggestion[] {
	// The phrases wink-nlp finds, each by its normalised lemmas, less leading and trailing stop
	// words ("several ships" is "ship").
	const vocabulary = new Set<string>();
	let longest = 0;
	const keys = new Map<string, string[]>();
	for (const s of sentences) {
		const r = readings.get(s.id)!;
		const lemmas = normalise(r, nounLemmas);
		keys.set(s.id, lemmas);
		for (const [first, last] of r.phrases) {
			let a = first;
			let b = last;
			while (a <= b && r.stop[a]) a++;
			while (b >= a && r.stop[b]) b--;
			if (a > b || !NOUNISH.has(r.pos[b]!) || !r.word.slice(a, b + 1).every(Boolean)) continue;
			vocabulary.add(lemmas.slice(a, b + 1).join(' '));
			longest = Math.max(longest, b - a + 1);
		}
	}

	// Each phrase counted wherever its lemmas occur, the longest first ("shore power" is not also
	// "power"), so a phrase the tagger misses in one sentence still counts there. A single word
	// counts only where it is tagged a noun ("ships" the noun, not the verb).
	const found = new Map<string, Occurrence[]>();
	for (const s of sentences) {
		const r = readings.get(s.id)!;
		const lemmas = keys.get(s.id)!;
		for (let i = 0; i < lemmas.length;) {
			let matched = 0;
			for (let n = Math.min(longest, lemmas.length - i); n >= 1; n--) {
				const key = lemmas.slice(i, i + n).join(' ');
				if (!vocabulary.has(key)) continue;
				if (n === 1 && !NOUNISH.has(r.pos[i]!)) continue;
				// Whole words only: not the "G" of "5G".
				if (ALNUM.test(s.text.charAt(r.starts[i]! - 1))) continue;
				if (ALNUM.test(s.text.charAt(r.ends[i + n - 1]!))) continue;
				const list = found.get(key) ?? [];
				list.push({ sentence: s, start: r.starts[i]!, end: r.ends[i + n - 1]! });
				found.set(key, list);
				matched = n;
				break;
			}
			i += Math.max(1, matched);
		}
	}

	const names = graph.nodes
		.filter((n) => n.type === 'speaker' || n.type === 'organization')
		.flatMap((n) => [n.label, n.name, ...(n.type === 'speaker' ? n.aliases : [])])
		.map((name) => words(name))
		.filter((w) => w.length > 0);
	const labels = new Set<string>();
	for (const node of graph.nodes) {
		if (!(ENTITY_TYPES as readonly string[]).includes(node.type)) continue;
		labels.add(node.label.toLowerCase().trim());
		labels.add(normalise(read(node.label), nounLemmas).join(' '));
	}

	const topics: { topic: TopicSuggestion; first: number }[] = [];
	for (const [key, occurrences] of found) {
		if (occurrences.length < MIN_TOPIC_OCCURRENCES) continue;
		const first = occurrences[0]!;
		const written = first.sentence.text.slice(first.start, first.end);
		const texts = occurrences.map((o) => o.sentence.text.slice(o.start, o.end));
		if (labels.has(key) || labels.has(written.toLowerCase())) continue;
		if (isName(words(written), names, texts)) continue;
		const quote = occurrences.map((o) => o.sentence.text).find(unique);
		if (quote === undefined) continue;
		const speakers: string[] = [];
		for (const o of occurrences) {
			const who = o.sentence.speaker;
			if (who !== null && !speakers.includes(who)) speakers.push(who);
		}
		topics.push({
			topic: {
				kind: 'topic',
				key: `topic:${key}`,
				label: written.charAt(0).toUpperCase() + written.slice(1),
				quote,
				occurrences: occurrences.length,
				speakers
			},
			first: first.sentence.start + first.start
		});
	}
	return topics
		.sort(
			(a, b) =>
				b.topic.speakers.length - a.topic.speakers.length ||
				b.topic.occurrences - a.topic.occurrences ||
				a.first - b.first ||
				compare(a.topic.key, b.topic.key)
		)
		.map((t) => t.topic);
}

/**
 * Whether a phrase is a speaker's or an organisation's name, or only part of one written as a
 * name ("Becker", "Grid Institute"); a part written in lower case somewhere is a word of its own
 * ("grid").
 */
function isName(phrase: string[], names: string[][], written: string[]): boolean {
	if (phrase.length === 0) return false;
	const joined = ` ${phrase.join(' ')} `;
	return names.some((name) => {
		const whole = ` ${name.join(' ')} `;
		if (whole === joined) return true;
		return whole.includes(joined) && written.every((w) => w !== w.toLowerCase());
	});
}

function claimSuggestions(graph: Graph, unique: (text: string) => boolean): ClaimSuggestion[] {
	const cited = new Set(graph.nodes.filter((n) => n.type === 'claim').flatMap((n) => n.citations));
	const leftOnPurpose = new Set(graph.uncited.map((u) => u.sentence));
	const answers = new Set(graph.turns.filter((t) => t.kind === 'answer').map((t) => t.id));
	return graph.sentences
		.filter(
			(s) =>
				answers.has(s.turn) &&
				s.speaker !== null &&
				// The report's measure of a substantive sentence (reportGraph's coverage).
				s.text.length > SUBSTANTIVE_LENGTH &&
				!cited.has(s.id) &&
				!leftOnPurpose.has(s.id) &&
				unique(s.text)
		)
		.sort((a, b) => a.start - b.start || compare(a.id, b.id))
		.map((s) => ({
			kind: 'claim',
			key: `claim:${s.id}`,
			sentence: s.id,
			quote: s.text,
			speaker: s.speaker!,
			line: s.line
		}));
}

function relationSuggestions(graph: Graph, nounLemmas: Map<string, string>): RelationSuggestion[] {
	const nodes = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
	const claimOf = (id: string) => {
		const node = nodes.get(id);
		return node?.type === 'claim' ? node : undefined;
	};
	const joined = new Set<string>();
	const about = new Map<string, string[]>();
	for (const edge of graph.edges) {
		if (JOINING.has(edge.relation)) joined.add(pairKey(edge.source, edge.target));
		const topic = nodes.get(edge.target);
		if (
			edge.relation === 'about' &&
			claimOf(edge.source) &&
			topic &&
			(ENTITY_TYPES as readonly string[]).includes(topic.type)
		) {
			const list = about.get(topic.id) ?? [];
			if (!list.includes(edge.source)) list.push(edge.source);
			about.set(topic.id, list);
		}
	}

	const contentCache = new Map<string, string[]>();
	const content = (text: string): string[] => {
		let lemmas = contentCache.get(text);
		if (!lemmas) {
			const r = read(text);
			const normal = normalise(r, nounLemmas);
			// Words that are not stop words; not a clitic ("'s").
			lemmas = normal.filter((l, i) => r.word[i] && !r.stop[i] && ALNUM.test(l.charAt(0)));
			contentCache.set(text, lemmas);
		}
		return lemmas;
	};
	const claimWords = (claim: NodeOfType<'claim'>) =>
		new Set([claim.label, ...claim.quotes.map((q) => q.text)].flatMap(content));
	const firstStart = (claim: NodeOfType<'claim'>) => claim.quotes[0]?.start ?? 0;

	const best = new Map<string, { relation: RelationSuggestion; order: number }>();
	// Topics in the graph's order, so that of two topics sharing as many words the first wins.
	for (const topic of graph.nodes) {
		const claims = about.get(topic.id);
		if (!claims || claims.length < 2) continue;
		const own = new Set([...content(topic.label), ...words(topic.label)]);
		for (let i = 0; i < claims.length; i++) {
			for (let j = i + 1; j < claims.length; j++) {
				const a = claimOf(claims[i]!)!;
				const b = claimOf(claims[j]!)!;
				if (a.speaker === b.speaker) continue;
				const key = pairKey(a.id, b.id);
				if (joined.has(key)) continue;
				const inB = claimWords(b);
				const shared = [...claimWords(a)].filter((w) => inB.has(w) && !own.has(w)).sort(compare);
				if (shared.length < MIN_SHARED_LEMMAS) continue;
				if ((best.get(key)?.relation.shared.length ?? 0) >= shared.length) continue;
				const [target, source] =
					firstStart(a) < firstStart(b) ||
					(firstStart(a) === firstStart(b) && compare(a.id, b.id) < 0)
						? [a, b]
						: [b, a];
				best.set(key, {
					relation: {
						kind: 'relation',
						key: `relation:${key}`,
						source: source.id,
						target: target.id,
						topic: topic.id,
						shared,
						quote: source.quotes[0]!.text
					},
					order: firstStart(source)
				});
			}
		}
	}
	return [...best.values()]
		.sort(
			(x, y) =>
				y.relation.shared.length - x.relation.shared.length ||
				x.order - y.order ||
				compare(x.relation.key, y.relation.key)
		)
		.map((r) => r.relation);
}

/** Two ids in sorted order, joined by `|`. */
function pairKey(a: string, b: string): string {
	return compare(a, b) <= 0 ? `${a}|${b}` : `${b}|${a}`;
}

/** Code-unit order: the same in every locale. */
function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
