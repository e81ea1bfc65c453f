/**
 * What a node's permalink page is made from, at build time. The pages are plain HTML
 * (`csr = false`) and load through a universal `+page.ts` that reaches this module through
 * `virtual:citegraph/permalinks` (vite.config.ts): with a server load in their chain, SvelteKit
 * would write a `__data.json` beside every page, which no browser ever reads (half the build's
 * files at 5,000 nodes, and the time to serialise and copy them).
 */
import { error } from '@sveltejs/kit';
import { indexOf } from '$lib/components/provenance/document';
import type { DocumentPlace } from '$lib/components/provenance/links';
import { nodePage, type NodePage } from '$lib/graph/permalink';
import type { Graph } from '$lib/graph/schema';
import { documentIds, firstDocumentId, loadGraph } from './documents.server';

/** A permalink page's data. */
export interface NodePermalinkData {
	page: NodePage;
	document: Graph['document'];
	place: DocumentPlace;
}

/** Every node of every document: the pages under /d/<document>/node/. */
export async function documentNodeEntries(): Promise<{ document: string; id: string }[]> {
	const graphs = await Promise.all(documentIds.map(loadGraph));
	return graphs.flatMap((graph, i) =>
		graph.nodes.map((node) => ({ document: documentIds[i]!, id: node.id }))
	);
}

/** Every node of the home page's document: the pages under /node/. */
export async function homeNodeEntries(): Promise<{ id: string }[]> {
	return (await loadGraph(firstDocumentId())).nodes.map((node) => ({ id: node.id }));
}

/** The permalink page of node `id` in `document` (the home page's when not given); a 404 if none. */
export async function nodePermalink(
	document: string | undefined,
	id: string
): Promise<NodePermalinkData> {
	const home = firstDocumentId();
	const documentId = document ?? home;
	const graph = await loadGraph(documentId);
	const page = nodePage(indexOf(graph), id);
	if (!page) error(404, `No node "${id}" in “${graph.document.title}”`);
	return {
		page,
		document: graph.document,
		place: { id: documentId, isDefault: documentId === home }
	};
}
