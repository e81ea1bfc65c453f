import { error } from '@sveltejs/kit';
import { nodePage } from '$lib/graph/permalink';
import { indexOf } from '$lib/components/provenance/document';
import { firstDocumentId, loadGraph } from '../../documents.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Plain HTML: a permalink reads, links and cites without any script.
export const csr = false;

export const entries: EntryGenerator = async () =>
	(await loadGraph(firstDocumentId())).nodes.map((node) => ({ id: node.id }));

export const load: PageServerLoad = async ({ params }) => {
	const id = firstDocumentId();
	const graph = await loadGraph(id);
	const page = nodePage(indexOf(graph), params.id);
	if (!page) error(404, `No node "${params.id}" in “${graph.document.title}”`);
	return { page, document: graph.document, place: { id, isDefault: true } };
};
