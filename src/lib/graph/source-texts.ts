/**
 * The transcripts a graph's positions index, for the formats that point into them (Web
 * Annotation, REFI-QDA). A document's sentences and quotes count characters from the start of its
 * one transcript; in a corpus every sentence says which document it comes from (a claim's id
 * does too), and its positions index that document's transcript. Pure: no DOM.
 */
import { splitCorpusId } from './corpus-id';
import type { Graph, Sentence } from './schema';

/** The transcripts given to an export: one document's, or a corpus's by document id. */
export interface TranscriptTexts {
	/** The document's transcript exactly as the compiler read it. */
	transcript?: string;
	/** A corpus: each document's transcript by document id. */
	transcripts?: Readonly<Record<string, string>>;
}

/** One transcript the graph cites. */
export interface SourceText {
	/** The document's id (the graph's own id for a single document). */
	document: string;
	title: string;
	text: string;
	/** Converts a JavaScript string index of `text` into a Unicode code point index. */
	codePoint: (index: number) => number;
}

/**
 * The string index (UTF-16 code unit) where each surrogate pair of `text` starts, in order: the
 * characters outside the Basic Multilingual Plane, which take two units but one code point. A
 * lone surrogate is a code point of its own.
 */
export function surrogatePairs(text: string): number[] {
	const starts: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				starts.push(i);
				i++;
			}
		}
	}
	return starts;
}

/**
 * Converts JavaScript string indices (UTF-16 code units) of `text` into Unicode code point
 * indices, the unit of the Web Annotation TextPositionSelector and of REFI-QDA positions. Linear
 * in the text once, then a binary search.
 */
export function codePointIndexer(text: string): (index: number) => number {
	const astral = surrogatePairs(text);
	return (index) => {
		// Code points before `index` = units before it minus one for each pair wholly before it.
		let low = 0;
		let high = astral.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (astral[mid]! + 1 < index) low = mid + 1;
			else high = mid;
		}
		return index - low;
	};
}

/**
 * The transcripts of `graph` (one, or one per document of a corpus, in the corpus's order) and
 * which one a sentence or claim points into.
 *
 * @param what the format, for the error when a transcript is missing ("Web Annotation export")
 * @example
 * const texts = new SourceTexts(corpus, { transcripts: { 'harbour-…': text, … } }, 'REFI-QDA export');
 * texts.ofSentence(sentence).text.slice(sentence.start, sentence.end); // the sentence
 */
export class SourceTexts {
	readonly sources: readonly SourceText[];
	readonly #byDocument: Map<string, SourceText>;
	readonly #corpus: boolean;

	constructor(
		readonly graph: Graph,
		texts: TranscriptTexts,
		what: string
	) {
		this.#corpus = graph.documents !== undefined;
		const documents = graph.documents ?? [{ id: graph.document.id, title: graph.document.title }];
		this.sources = documents.map(({ id, title }) => {
			const text = this.#corpus
				? texts.transcripts?.[id]
				: (texts.transcript ?? texts.transcripts?.[id]);
			if (text === undefined) {
				throw new Error(
					this.#corpus
						? `${what} needs the transcript of "${title}" (${id}), which its positions index`
						: `${what} needs the transcript text its positions index`
				);
			}
			return { document: id, title, text, codePoint: codePointIndexer(text) };
		});
		this.#byDocument = new Map(this.sources.map((s) => [s.document, s]));
	}

	/** Whether the graph is a corpus (several transcripts). */
	get corpus(): boolean {
		return this.#corpus;
	}

	/** The transcript of a document of the graph. */
	of(document: string): SourceText {
		const source = this.#byDocument.get(document);
		if (!source) throw new Error(`no transcript for document "${document}"`);
		return source;
	}

	/** The transcript a sentence's positions index. */
	ofSentence(sentence: Pick<Sentence, 'document'>): SourceText {
		return this.#corpus ? this.of(sentence.document!) : this.sources[0]!;
	}

	/** The transcript a claim's quotes index: a claim belongs to one document (its id says which). */
	ofClaim(claimId: string): SourceText {
		return this.#corpus ? this.of(splitCorpusId(claimId).document!) : this.sources[0]!;
	}
}
