/**
 * Full-text search over a graph's nodes: by label, and by the words of what they say and the
 * sentences they cite. Built on MiniSearch (prefix and fuzzy matching, field boosts).
 */
import MiniSearch from 'minisearch';
import { nodeText } from './query';
import type { Graph, GraphNode, NodeType } from './schema';

export interface SearchHit {
	id: string;
	label: string;
	type: NodeType;
	/** Where the words matched: the label, or the text (statement, answer, cited sentences). */
	field: 'label' | 'text';
	/** A stretch of the matched text around the first match, for showing under the label. */
	snippet: string;
	score: number;
}

interface SearchDocument {
	id: string;
	label: string;
	text: string;
	type: NodeType;
}

const SNIPPET_RADIUS = 60;

/** The words a node says, or stands for, besides its label: its own text and cited sentences. */
function searchableText(node: GraphNode, sentences: Map<string, string>): string {
	const aliases = node.type === 'speaker' ? node.aliases : [];
	const cited = node.citations.map((s) => sentences.get(s) ?? '');
	return [nodeText(node), ...aliases, ...cited].join('\n');
}

/**
 * A search index over one graph.
 *
 * @example
 * const search = new GraphSearch(graph);
 * search.query('5G break out', 8); // claims and answers about 5G breaking out first
 */
export class GraphSearch {
	private readonly index: MiniSearch<SearchDocument>;
	private readonly documents: Map<string, SearchDocument>;

	constructor(graph: Graph) {
		const sentences = new Map(graph.sentences.map((s) => [s.id, s.text]));
		const docs = graph.nodes.map((node) => ({
			id: node.id,
			label: node.label,
			text: searchableText(node, sentences),
			type: node.type
		}));
		this.documents = new Map(docs.map((d) => [d.id, d]));
		this.index = new MiniSearch<SearchDocument>({
			fields: ['label', 'text'],
			storeFields: ['label', 'type'],
			searchOptions: { boost: { label: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' }
		});
		this.index.addAll(docs);
	}

	/** The best `limit` nodes for `query`, best first; empty for a blank query. */
	query(query: string, limit = 10): SearchHit[] {
		const trimmed = query.trim();
		if (!trimmed) return [];
		return this.index
			.search(trimmed)
			.slice(0, limit)
			.map((result) => {
				const doc = this.documents.get(String(result.id))!;
				const inLabel = result.terms.some((t) => doc.label.toLowerCase().includes(t));
				return {
					id: doc.id,
					label: doc.label,
					type: doc.type,
					field: inLabel ? 'label' : 'text',
					snippet: inLabel ? '' : snippet(doc.text, result.terms),
					score: result.score
				};
			});
	}
}

/** The text around the first of `terms`, on word boundaries, with ellipses where cut. */
export function snippet(text: string, terms: string[]): string {
	const lower = text.toLowerCase();
	const at = Math.min(
		...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0),
		Number.MAX_SAFE_INTEGER
	);
	const hit = at === Number.MAX_SAFE_INTEGER ? 0 : at;
	let start = Math.max(0, hit - SNIPPET_RADIUS);
	let end = Math.min(text.length, hit + SNIPPET_RADIUS * 2);
	if (start > 0) start = text.indexOf(' ', start) + 1 || start;
	if (end < text.length) end = text.lastIndexOf(' ', end) > hit ? text.lastIndexOf(' ', end) : end;
	const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
	return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
