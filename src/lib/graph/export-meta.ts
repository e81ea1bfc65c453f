/**
 * The words that go with an export: its file name, and the caption an image carries for the
 * selected element or evidence path. Pure and light, so the app loads it up front; the
 * serialisers in ./export load on demand.
 */
import type { GraphIndex, PathStep } from './query';
import type { Sentence } from './schema';

/** "agrees-with" → "agrees with". */
const words = (relation: string) => relation.replaceAll('-', ' ');

/**
 * A file name that says what the file is: document, view and date (the local calendar date).
 *
 * @example
 * exportFileName('five-questions', 'whole graph 2x', new Date(2026, 10, 24), 'png');
 * // 'five-questions_whole-graph-2x_2026-11-24.png'
 */
export function exportFileName(
	document: string,
	view: string,
	date: Date,
	extension: string
): string {
	const slug = (text: string) =>
		text
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');
	return `${slug(document) || 'graph'}_${slug(view) || 'graph'}_${localDay(date)}.${extension}`;
}

/** The local calendar date as YYYY-MM-DD. */
export function localDay(date: Date): string {
	return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
		.map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'))
		.join('-');
}

/** A sentence as a caption quotes it: its words, who said them, and where. */
export interface CaptionSentence {
	id: string;
	text: string;
	/** The speaker's name, or "Narration". */
	speaker: string;
	line: number;
}

/** What an image says under the graph about the selected element or evidence path. */
export interface ImageCaption {
	/** What is captioned, in words: "Claim: 5G will break out first (Wang Qing)". */
	title: string;
	sentences: CaptionSentence[];
}

function captionSentence(index: GraphIndex, sentence: Sentence): CaptionSentence {
	const speaker = sentence.speaker === null ? undefined : index.node(sentence.speaker);
	return {
		id: sentence.id,
		text: sentence.text,
		speaker:
			speaker?.type === 'speaker'
				? speaker.name
				: sentence.speaker === null
					? 'Narration'
					: (speaker?.label ?? sentence.speaker),
		line: sentence.line
	};
}

function speakerName(index: GraphIndex, id: string | null): string | undefined {
	const node = id === null ? undefined : index.node(id);
	return node?.type === 'speaker' ? node.name : node?.label;
}

/**
 * The caption for a selected node or edge: what it is and the sentences it cites (a claim's
 * quoted sentences, an edge's cited ones), in reading order. Null when nothing is selected or the
 * id is unknown.
 *
 * @example
 * captionFor(index, 'wang-5g-breaks-out-first');
 * // { title: 'Claim: 5G will break out first (Wang Qing)', sentences: [{ text: '…', … }] }
 */
export function captionFor(index: GraphIndex, id: string | null): ImageCaption | null {
	if (id === null) return null;
	const node = index.node(id);
	if (node) {
		const by = 'speaker' in node ? speakerName(index, node.speaker) : undefined;
		const kind = node.type.charAt(0).toUpperCase() + node.type.slice(1);
		return {
			title: `${kind}: ${node.label}${by && node.type !== 'answer' ? ` (${by})` : ''}`,
			sentences: index.sentencesOf(node.id).map((s) => captionSentence(index, s))
		};
	}
	const edge = index.edges.get(id);
	if (!edge) return null;
	const label = (end: string) => index.node(end)?.label ?? end;
	return {
		title: `${label(edge.source)} ${words(edge.relation)} ${label(edge.target)}`,
		sentences: index.sentencesOf(edge.id).map((s) => captionSentence(index, s))
	};
}

/**
 * The caption for an evidence path (a trace): the chain of nodes, and every sentence its edges
 * cite, in the path's order, each once.
 *
 * @example
 * traceCaption(index, shortestPath(index, 'wang-5g-breaks-out-first', 'zinc-link')!);
 * // { title: 'Evidence path: 5G will break out first → Wang Qing → …', sentences: [...] }
 */
export function traceCaption(index: GraphIndex, steps: readonly PathStep[]): ImageCaption | null {
	const [first] = steps;
	if (!first) return null;
	const label = (id: string) => index.node(id)?.label ?? id;
	const seen = new Set<string>();
	const sentences = steps.flatMap((step) =>
		index.sentencesOf(step.edge.id).filter((s) => !seen.has(s.id) && seen.add(s.id))
	);
	return {
		title: `Evidence path: ${[first.from, ...steps.map((s) => s.to)].map(label).join(' → ')}`,
		sentences: sentences.map((s) => captionSentence(index, s))
	};
}
