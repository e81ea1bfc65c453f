/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) in JSON-LD: every citation of the
 * graph (each quote of a claim, each sentence an edge cites) as an annotation whose target is a
 * span of the transcript, selected by a TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector (start, end, counted in Unicode code points as the model requires), and
 * whose body names the claim or edge. Hypothesis and other annotation tools read these. Pure: no
 * DOM, no side effects at import.
 */
import type { Subgraph } from './query';
import { GraphIndex, subgraphElements } from './query';
import type { Graph, GraphNode } from './schema';

/** The Web Annotation JSON-LD context, as the model publishes it. */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How many characters of text before and after the quote the TextQuoteSelector records. */
export const QUOTE_CONTEXT_LENGTH = 32;

export interface WebAnnotationOptions {
	/** Only these elements (the current view); default: the whole graph. */
	subgraph?: Subgraph;
	/** The transcript's text exactly as the compiler read it (its offsets index this string). */
	transcript?: string;
	/**
	 * The site's address (`https://example.org/citegraph`), for the transcript's IRI and the
	 * permalinks. Without it the transcript is named by a `urn:citegraph:` IRI and no permalink
	 * is given.
	 */
	siteUrl?: string;
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

/**
 * Converts JavaScript string indices (UTF-16 code units) of `text` into Unicode code point
 * indices, the unit of the TextPositionSelector. Linear in the text once, then a binary search.
 */
export function codePointIndexer(text: string): (index: number) => number {
	const astral: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				astral.push(i);
				i++;
			}
		}
	}
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

/** The IRI by which the annotations name the document's transcript. */
export function transcriptIri(graph: Graph, siteUrl?: string): string {
	const id = encodeURIComponent(graph.document.id);
	return siteUrl
		? `${siteUrl.replace(/\/$/, '')}/d/${id}/transcript.txt`
		: `urn:citegraph:${id}:transcript`;
}

/**
 * Every citation of `graph` as a W3C Web Annotation, gathered in one AnnotationCollection:
 * one annotation for each quote of a claim (body: the claim's label and statement, its id as a
 * tag, its permalink) and one for each sentence an edge cites (body: the edge in words, its
 * relation and id as tags, the explorer link that selects it, the permalinks of its two ends).
 * The target's `creator` is the speaker who said the quoted words. Needs the transcript's text.
 *
 * @example
 * toWebAnnotations(graph, { transcript, siteUrl: 'https://example.org' }).first.items[0].target;
 */
export function toWebAnnotations(
	graph: Graph,
	options: WebAnnotationOptions = {}
): WebAnnotationCollection {
	const { transcript } = options;
	if (transcript === undefined) {
		throw new Error('Web Annotation export needs the transcript text its positions index');
	}
	const index = new GraphIndex(graph);
	const { nodes, edges } = subgraphElements(graph, options.subgraph);
	const site = options.siteUrl?.replace(/\/$/, '');
	const documentId = encodeURIComponent(graph.document.id);
	const source = transcriptIri(graph, site);
	const created = (options.date ?? new Date()).toISOString();
	const language = graph.document.language;
	const codePoint = codePointIndexer(transcript);
	const permalink = (id: string) =>
		site ? `${site}/d/${documentId}/node/${encodeURIComponent(id)}` : undefined;
	const generator = { type: 'Software' as const, name: 'Citegraph' };
	const speakerAgent = (id: string | null) => {
		const node = id === null ? undefined : index.node(id);
		if (node?.type !== 'speaker') return undefined;
		return {
			id: permalink(node.id) ?? `urn:citegraph:${documentId}:speaker:${node.id}`,
			type: 'Person' as const,
			name: node.name
		};
	};
	const target = (start: number, end: number, speaker: string | null): WebAnnotationTarget => {
		const creator = speakerAgent(speaker);
		return {
			type: 'SpecificResource',
			source,
			...(creator ? { creator } : {}),
			selector: [
				{
					type: 'TextQuoteSelector',
					exact: transcript.slice(start, end),
					prefix: before(transcript, start, QUOTE_CONTEXT_LENGTH),
					suffix: after(transcript, end, QUOTE_CONTEXT_LENGTH)
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
				target(quote.start, quote.end, node.speaker)
			);
		});
	}
	for (const edge of edges) {
		const from = index.node(edge.source);
		const to = index.node(edge.target);
		const words = `${name(from, edge.source)} ${edge.relation.replaceAll('-', ' ')} ${name(to, edge.target)}`;
		const explorer = site
			? [
					{
						id: `${site}/d/${documentId}?select=${encodeURIComponent(edge.id)}`,
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
				target(sentence.start, sentence.end, sentence.speaker)
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
