/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) in JSON-LD: every citation of the
 * graph (each quote of a claim, each sentence an edge cites) as an annotation whose target is a
 * span of the transcript, selected by a TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector (start, end, counted in Unicode code points as the model requires), and
 * whose body names the claim or edge. In a corpus each annotation targets the transcript of the
 * document its words come from. Hypothesis and other annotation tools read these. Pure: no DOM,
 * no side effects at import.
 */
import { splitCorpusId } from './corpus-id';
import type { Subgraph } from './query';
import { GraphIndex, subgraphElements } from './query';
import type { Graph, GraphNode } from './schema';
import { SourceTexts, type TranscriptTexts } from './source-texts';

/** The Web Annotation JSON-LD context, as the model publishes it. */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How many characters of text before and after the quote the TextQuoteSelector records. */
export const QUOTE_CONTEXT_LENGTH = 32;

export interface WebAnnotationOptions extends TranscriptTexts {
	/** Only these elements (the current view); default: the whole graph. */
	subgraph?: Subgraph;
	/**
	 * The site's address (`https://example.org/citegraph`), for the transcripts' IRIs and the
	 * permalinks. Without it a transcript is named by a `urn:citegraph:` IRI and no permalink
	 * is given.
	 */
	siteUrl?: string;
	/**
	 * A corpus's documents that have no pages on the site (imported in the browser): their
	 * transcripts are named by `urn:citegraph:` IRIs and their nodes get no permalink.
	 */
	unpublished?: readonly string[];
	/** When the annotations were made (`created`); default: now. */
	date?: Date;
}

/** A selector pair and the agent who said the words. */
export interface WebAnnotationTarget {
	type: 'SpecificResource';
	source: string;
	/** The speaker who said the words (the creator of the quoted text). */
	creator?: { id: string; type: 'Person'; name: string };
	selector: [
		{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
		{ type: 'TextPositionSelector'; start: number; end: number }
	];
}

export interface WebAnnotationBody {
	id?: string;
	type: 'TextualBody' | 'Text';
	purpose: 'describing' | 'tagging' | 'identifying' | 'linking';
	value?: string;
	format?: string;
	language?: string;
	label?: string;
}

export interface WebAnnotation {
	id: string;
	type: 'Annotation';
	motivation: 'describing' | 'linking';
	created: string;
	generator: { type: 'Software'; name: string };
	body: WebAnnotationBody[];
	target: WebAnnotationTarget;
}

export interface WebAnnotationCollection {
	'@context': typeof WEB_ANNOTATION_CONTEXT;
	id: string;
	type: 'AnnotationCollection';
	label: string;
	total: number;
	first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** Up to `length` code units of text before `start`, not splitting a surrogate pair. */
function before(text: string, start: number, length: number): string {
	let from = Math.max(0, start - length);
	const unit = text.charCodeAt(from);
	if (from > 0 && unit >= 0xdc00 && unit <= 0xdfff) from++;
	return text.slice(from, start);
}

/** Up to `length` code units of text after `end`, not splitting a surrogate pair. */
function after(text: string, end: number, length: number): string {
	let to = Math.min(text.length, end + length);
	const unit = text.charCodeAt(to - 1);
	if (to < text.length && unit >= 0xd800 && unit <= 0xdbff) to--;
	return text.slice(end, to);
}

/** The IRI by which the annotations name a document's transcript. */
export function transcriptIri(document: string, siteUrl?: string): string {
	const id = encodeURIComponent(document);
	return siteUrl
		? `${siteUrl.replace(/\/$/, '')}/d/${id}/transcript.txt`
		: `urn:citegraph:${id}:transcript`;
}

/**
 * Every citation of `graph` as a W3C Web Annotation, gathered in one AnnotationCollection:
 * one annotation for each quote of a claim (body: the claim's label and statement, its id as a
 * tag, its permalink) and one for each sentence an edge cites (body: the edge in words, its
 * relation and id as tags, the explorer link that selects it, the permalinks of its two ends).
 * The target's `creator` is the speaker who said the quoted words. Needs the transcript's text
 * (a corpus: every document's, as `transcripts`).
 *
 * @example
 * toWebAnnotations(graph, { transcript, siteUrl: 'https://example.org' }).first.items[0].target;
 */
export function toWebAnnotations(
	graph: Graph,
	options: WebAnnotationOptions = {}
): WebAnnotationCollection {
	const texts = new SourceTexts(graph, options, 'Web Annotation export');
	const index = new GraphIndex(graph);
	const { nodes, edges } = subgraphElements(graph, options.subgraph);
	const site = options.siteUrl?.replace(/\/$/, '');
	const unpublished = new Set(options.unpublished ?? []);
	const published = (document: string) => site !== undefined && !unpublished.has(document);
	const documentId = encodeURIComponent(graph.document.id);
	const created = (options.date ?? new Date()).toISOString();
	// A corpus of documents in several languages gives its texts no one language.
	const language = graph.document.language.includes(',') ? undefined : graph.document.language;
	/**
	 * A node's page: in a corpus, in the document the node comes from (a merged node's first),
	 * under its own id there; none for a document without pages.
	 */
	const permalink = (id: string) => {
		if (!texts.corpus) {
			return published(graph.document.id)
				? `${site}/d/${documentId}/node/${encodeURIComponent(id)}`
				: undefined;
		}
		const own = splitCorpusId(id);
		const home = own.document ?? index.node(id)?.documents?.[0];
		return home !== undefined && published(home)
			? `${site}/d/${encodeURIComponent(home)}/node/${encodeURIComponent(own.id)}`
			: undefined;
	};
	// The explorer that selects an edge: the document's, or the corpus's (every document's).
	const explorable = texts.corpus ? site !== undefined : published(graph.document.id);
	const explorerUrl = texts.corpus ? `${site}/corpus` : `${site}/d/${documentId}`;
	const generator = { type: 'Software' as const, name: 'Citegraph' };
	const speakerAgent = (id: string | null) => {
		const node = id === null ? undefined : index.node(id);
		if (node?.type !== 'speaker') return undefined;
		return {
			id:
				permalink(node.id) ?? `urn:citegraph:${documentId}:speaker:${encodeURIComponent(node.id)}`,
			type: 'Person' as const,
			name: node.name
		};
	};
	const target = (
		document: string,
		start: number,
		end: number,
		speaker: string | null
	): WebAnnotationTarget => {
		const { text, codePoint } = texts.of(document);
		const creator = speakerAgent(speaker);
		return {
			type: 'SpecificResource',
			source: transcriptIri(document, published(document) ? site : undefined),
			...(creator ? { creator } : {}),
			selector: [
				{
					type: 'TextQuoteSelector',
					exact: text.slice(start, end),
					prefix: before(text, start, QUOTE_CONTEXT_LENGTH),
					suffix: after(text, end, QUOTE_CONTEXT_LENGTH)
				},
				{ type: 'TextPositionSelector', start: codePoint(start), end: codePoint(end) }
			]
		};
	};
	const link = (id: string, label: string): WebAnnotationBody[] => {
		const url = permalink(id);
		return url ? [{ id: url, type: 'Text', purpose: 'linking', format: 'text/html', label }] : [];
	};
	const describe = (value: string): WebAnnotationBody => ({
		type: 'TextualBody',
		purpose: 'describing',
		value,
		format: 'text/plain',
		language
	});
	const tag = (value: string): WebAnnotationBody => ({
		type: 'TextualBody',
		purpose: 'tagging',
		value
	});
	const name = (node: GraphNode | undefined, id: string) =>
		node?.type === 'speaker' ? node.name : (node?.label ?? id);

	const items: WebAnnotation[] = [];
	const annotation = (
		id: string,
		motivation: WebAnnotation['motivation'],
		body: WebAnnotationBody[],
		on: WebAnnotationTarget
	) =>
		items.push({
			id: `urn:citegraph:${documentId}:citation:${encodeURIComponent(id)}`,
			type: 'Annotation',
			motivation,
			created,
			generator,
			body,
			target: on
		});

	for (const node of nodes) {
		if (node.type !== 'claim') continue;
		node.quotes.forEach((quote, i) => {
			annotation(
				`${node.id}:quote-${i + 1}`,
				'describing',
				[
					describe(`Claim: ${node.label}`),
					describe(node.statement),
					tag(node.id),
					...link(node.id, node.label)
				],
				target(texts.ofClaim(node.id).document, quote.start, quote.end, node.speaker)
			);
		});
	}
	for (const edge of edges) {
		const from = index.node(edge.source);
		const to = index.node(edge.target);
		const words = `${name(from, edge.source)} ${edge.relation.replaceAll('-', ' ')} ${name(to, edge.target)}`;
		const explorer = explorable
			? [
					{
						id: `${explorerUrl}?select=${encodeURIComponent(edge.id)}`,
						type: 'Text' as const,
						purpose: 'identifying' as const,
						format: 'text/html',
						label: words
					}
				]
			: [];
		for (const sentence of index.sentencesOf(edge.id)) {
			annotation(
				`${edge.id}:${sentence.id}`,
				'linking',
				[
					describe(words),
					tag(edge.relation),
					tag(edge.id),
					...explorer,
					...link(edge.source, name(from, edge.source)),
					...link(edge.target, name(to, edge.target))
				],
				target(texts.ofSentence(sentence).document, sentence.start, sentence.end, sentence.speaker)
			);
		}
	}
	const collection = `urn:citegraph:${documentId}:citations`;
	return {
		'@context': WEB_ANNOTATION_CONTEXT,
		id: collection,
		type: 'AnnotationCollection',
		label: `Citations of ${graph.document.title}`,
		total: items.length,
		first: { id: `${collection}:page-1`, type: 'AnnotationPage', startIndex: 0, items }
	};
}
