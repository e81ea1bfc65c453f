import { error } from '@sveltejs/kit';
import { indexOf } from '$lib/components/provenance/document';
import { layoutDocument } from '$lib/cytoscape/layout';
import { hasPreview } from '$lib/cytoscape/preview';
import { mergeGraphs, type CorpusNote } from '$lib/graph/corpus';
import type { GraphIndex } from '$lib/graph/query';
import { readGraph, type Graph } from '$lib/graph/schema';
import { NODE_TYPES, type NodeType } from '$lib/graph/vocabulary';

/** A compiled graph as the document switcher lists it. */
export interface DocumentSummary {
	id: string;
	title: string;
}

const SUFFIX = '.graph.json';

// Every compiled graph, loaded on demand. The compiler has validated them; the app trusts the types.
const graphFiles = import.meta.glob<Graph>('/graph-data/build/*.graph.json', { import: 'default' });

const loaders = new Map(
	Object.entries(graphFiles).map(([path, load]) => [
		path.slice(path.lastIndexOf('/') + 1, -SUFFIX.length),
		load
	])
);

/** Ids of the compiled documents, sorted. */
export const documentIds: string[] = [...loaders.keys()].sort();

// Each graph is read once per build, however many pages are prerendered from it.
const loaded = new Map<string, Promise<Graph>>();

/** The compiled graph of one document; a 404 if there is none. */
export async function loadGraph(id: string): Promise<Graph> {
	const load = loaders.get(id);
	if (!load) error(404, `No compiled graph for document "${id}"`);
	let graph = loaded.get(id);
	if (!graph) {
		const file = `graph-data/build/${id}${SUFFIX}`;
		graph = load().then((data) => readGraph(data, file));
		loaded.set(id, graph);
	}
	try {
		return await graph;
	} catch (e) {
		error(500, (e as Error).message);
	}
}

/** The graph of one document with its index (shared by every page prerendered from it). */
export async function loadIndex(id: string): Promise<GraphIndex> {
	return indexOf(await loadGraph(id));
}

/** The document the home page shows: the first by id. */
export function firstDocumentId(): string {
	const [first] = documentIds;
	if (first === undefined) {
		error(500, 'No compiled graphs in graph-data/build: run `npm run graph:build` first');
	}
	return first;
}

/** Id and title of every compiled document, for the switcher. */
export async function listDocuments(): Promise<DocumentSummary[]> {
	return Promise.all(
		documentIds.map(async (id) => ({ id, title: (await loadGraph(id)).document.title }))
	);
}

/** The nodes of one type whose pages a reader without JavaScript can start from. */
export interface PageGroup {
	type: NodeType;
	nodes: { id: string; label: string }[];
}

/**
 * What the explorer's page carries: the document's title and byline, the documents the switcher
 * lists, and for readers without JavaScript the pages of its speakers, questions and topics
 * (claims and answers are reached from them), and whether the page shows a still picture of the
 * graph while it loads (put in by hooks.server.ts). The graph itself is fetched by the page from
 * /graphs/<id>.json.
 */
export async function explorerShell(id: string): Promise<{
	document: Graph['document'];
	documents: DocumentSummary[];
	pages: PageGroup[];
	preview: boolean;
}> {
	const graph = await loadGraph(id);
	const pages = NODE_TYPES.filter((type) => type !== 'claim' && type !== 'answer')
		.map((type) => ({
			type,
			nodes: graph.nodes
				.filter((node) => node.type === type)
				.map((node) => ({ id: node.id, label: node.label }))
		}))
		.filter((group) => group.nodes.length > 0);
	return {
		document: graph.document,
		documents: await listDocuments(),
		pages,
		preview: hasPreview(graph)
	};
}

let corpus: Promise<{ graph: Graph; notes: CorpusNote[] }> | undefined;

/**
 * Every compiled document in one graph (see corpus.ts), laid out here once like a document's
 * graph at build time, so /corpus draws without layout work.
 */
export async function loadCorpus(): Promise<{ graph: Graph; notes: CorpusNote[] }> {
	corpus ??= Promise.all(documentIds.map(loadGraph)).then((graphs) => {
		const merged = mergeGraphs(graphs, 'All documents');
		// Said when the app is built: what the corpus could not merge as the ids ask.
		for (const note of merged.notes) console.warn(`corpus: ${note.document}: ${note.message}`);
		return {
			graph: { ...merged.graph, layout: layoutDocument(merged.graph) },
			notes: merged.notes
		};
	});
	try {
		return await corpus;
	} catch (e) {
		error(500, (e as Error).message);
	}
}

/** Which document's page stands for each node of the corpus: the first it appears in. */
export function corpusHomes(graph: Graph): Record<string, string> {
	return Object.fromEntries(
		graph.nodes.flatMap((node) => (node.documents?.[0] ? [[node.id, node.documents[0]]] : []))
	);
}
