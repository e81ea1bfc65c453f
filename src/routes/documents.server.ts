import { error } from '@sveltejs/kit';
import { readGraph, type Graph } from '$lib/graph/schema';

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

/** The compiled graph of one document; a 404 if there is none. */
export async function loadGraph(id: string): Promise<Graph> {
	const load = loaders.get(id);
	if (!load) error(404, `No compiled graph for document "${id}"`);
	const file = `graph-data/build/${id}${SUFFIX}`;
	try {
		return readGraph(await load(), file);
	} catch (e) {
		error(500, (e as Error).message);
	}
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
