/**
 * A corpus: several documents' graphs merged into one, so a collection of interviews can be
 * explored, searched and traced as one graph.
 *
 * - Speakers, organisations, sectors, scenarios and concepts with the same id in several documents
 *   are one node: its citations are all of theirs, and `documents` lists where it appears.
 * - Questions, answers and claims keep their document: their ids become `<document>:<id>`, as do
 *   the ids of turns, sentences and edges, so nothing of one document can be taken for another's.
 *   (Document and node ids are lower-case words joined by single hyphens, so the colon is never
 *   part of either.)
 * - Every turn and sentence says which document it comes from, so every citation can name it.
 * - Structural edges that both documents derive between merged nodes (a speaker's affiliation)
 *   become one edge citing the sentences of both.
 *
 * Merging is pure and keeps the documents' order; positions are not merged (the corpus is laid
 * out as a whole).
 */
import type { Graph, GraphEdge, GraphNode, Sentence, Turn } from './schema';
import { GRAPH_FORMAT, GRAPH_VERSION } from './schema';
import type { NodeType } from './vocabulary';
import { corpusId, CORPUS_ID, splitCorpusId } from './corpus-id';

export { CORPUS_ID, corpusId, splitCorpusId } from './corpus-id';

/** Node types that are the same thing wherever they appear, and merge by id. */
export const SHARED_TYPES: ReadonlySet<NodeType> = new Set([
	'speaker',
	'organization',
	'sector',
	'scenario',
	'concept'
]);

/** Something a merge could not do as asked, said in words (shown beside the corpus). */
export interface CorpusNote {
	document: string;
	message: string;
}

export interface Corpus {
	graph: Graph;
	notes: CorpusNote[];
}

function union(a: readonly string[], b: readonly string[]): string[] {
	const seen = new Set(a);
	return [...a, ...b.filter((x) => !seen.has(x))];
}

/**
 * Merges documents' graphs into one corpus graph (see the module comment).
 *
 * @param title the corpus's title (the page heading)
 * @example
 * const { graph } = mergeGraphs([interview, roundtable]);
 * graph.nodes.find((n) => n.id === 'ines-alvarez')?.documents; // ['harbour-…', 'harbour-wind-…']
 */
export function mergeGraphs(graphs: readonly Graph[], title = 'All documents'): Corpus {
	const seenDocuments = new Set<string>();
	for (const g of graphs) {
		const id = g.document.id;
		if (id === CORPUS_ID) throw new Error(`A document may not be called "${CORPUS_ID}"`);
		if (seenDocuments.has(id)) throw new Error(`Document "${id}" is given twice`);
		seenDocuments.add(id);
	}

	const notes: CorpusNote[] = [];
	const nodes = new Map<string, GraphNode>();
	const edges = new Map<string, GraphEdge>();
	/** Structural edges by source, relation and target, to merge their twins. */
	const edgeByEnds = new Map<string, string>();
	const turns: Turn[] = [];
	const sentences: Sentence[] = [];
	const uncited: Graph['uncited'] = [];

	for (const g of graphs) {
		const doc = g.document.id;
		const local = (id: string) => corpusId(doc, id);
		// Where each of this document's node ids goes in the corpus.
		const nodeId = new Map<string, string>();
		for (const node of g.nodes) {
			if (!SHARED_TYPES.has(node.type)) {
				nodeId.set(node.id, local(node.id));
				continue;
			}
			const existing = nodes.get(node.id);
			if (existing && existing.type !== node.type) {
				notes.push({
					document: doc,
					message: `"${node.id}" is a ${node.type} here but a ${existing.type} in ${existing.documents?.[0]}; kept apart as ${local(node.id)}`
				});
				nodeId.set(node.id, local(node.id));
			} else {
				nodeId.set(node.id, node.id);
			}
		}
		const mapNode = (id: string) => nodeId.get(id) ?? local(id);
		const mapNullable = (id: string | null) => (id === null ? null : mapNode(id));

		for (const turn of g.turns) {
			turns.push({
				...turn,
				id: local(turn.id),
				speaker: mapNullable(turn.speaker),
				question: turn.question === null ? null : local(turn.question),
				node: mapNullable(turn.node),
				document: doc
			});
		}
		for (const sentence of g.sentences) {
			sentences.push({
				...sentence,
				id: local(sentence.id),
				turn: local(sentence.turn),
				speaker: mapNullable(sentence.speaker),
				document: doc
			});
		}
		for (const u of g.uncited) uncited.push({ ...u, sentence: local(u.sentence) });

		for (const node of g.nodes) {
			const id = mapNode(node.id);
			const citations = node.citations.map(local);
			const existing = nodes.get(id);
			if (existing) {
				// A merged node: the first document's words, everyone's citations.
				const merged = {
					...existing,
					citations: union(existing.citations, citations),
					documents: union(existing.documents ?? [], [doc])
				} as GraphNode;
				if (merged.type === 'speaker' && node.type === 'speaker') {
					merged.aliases = union(merged.aliases, node.aliases);
					merged.title ??= node.title;
					merged.organization ??= mapNullable(node.organization);
				}
				if ('description' in merged && 'description' in node) {
					merged.description ??= node.description;
				}
				nodes.set(id, merged);
				continue;
			}
			const base = { ...node, id, citations, documents: [doc] };
			switch (base.type) {
				case 'speaker':
					nodes.set(id, { ...base, organization: mapNullable(base.organization) });
					break;
				case 'question':
					nodes.set(id, { ...base, speaker: mapNode(base.speaker), turn: local(base.turn) });
					break;
				case 'answer':
					nodes.set(id, {
						...base,
						question: mapNode(base.question),
						speaker: mapNode(base.speaker),
						turn: local(base.turn)
					});
					break;
				case 'claim':
					nodes.set(id, {
						...base,
						speaker: mapNode(base.speaker),
						quotes: base.quotes.map((q) => ({ ...q, sentences: q.sentences.map(local) })),
						relayed: base.relayed && {
							...base.relayed,
							source: mapNullable(base.relayed.source)
						}
					});
					break;
				default:
					nodes.set(id, base);
			}
		}

		for (const edge of g.edges) {
			const source = mapNode(edge.source);
			const target = mapNode(edge.target);
			const citations = edge.citations.map(local);
			const ends = `${source}\u0000${edge.relation}\u0000${target}`;
			const twin = edgeByEnds.get(ends);
			if (twin !== undefined) {
				const kept = edges.get(twin)!;
				edges.set(twin, { ...kept, citations: union(kept.citations, citations) });
				continue;
			}
			const id = local(edge.id);
			edgeByEnds.set(ends, id);
			edges.set(id, { ...edge, id, source, target, citations });
		}
	}

	return {
		graph: {
			type: GRAPH_FORMAT,
			version: GRAPH_VERSION,
			document: {
				id: CORPUS_ID,
				title,
				source: graphs.map((g) => g.document.source).join(', '),
				author: null,
				editor: null,
				date: null,
				language: [...new Set(graphs.map((g) => g.document.language))].join(', ') || 'en',
				description: `${graphs.length} documents in one graph: ${graphs.map((g) => g.document.title).join('; ')}.`
			},
			documents: graphs.map((g) => ({ id: g.document.id, title: g.document.title })),
			turns,
			sentences,
			nodes: [...nodes.values()],
			edges: [...edges.values()],
			uncited
		},
		notes
	};
}

/** The document a node, turn or sentence of a corpus comes from (its first, for merged nodes). */
export function homeDocument(
	item: { id: string; document?: string; documents?: string[] },
	fallback: string
): string {
	return item.document ?? item.documents?.[0] ?? splitCorpusId(item.id).document ?? fallback;
}
