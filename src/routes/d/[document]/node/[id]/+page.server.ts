import { error } from '@sveltejs/kit';
import { nodePage } from '$lib/graph/permalink';
import { indexOf } from '$lib/components/provenance/document';
import { documentIds, firstDocumentId, loadGraph } from '../../../../documents.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Plain HTML: a permalink reads, links and cites without any script.
export const csr = false;

export const entries: EntryGenerator = async () =>
	(
		await Promise.all(
			documentIds.map(async (document) =>
				(await loadGraph(document)).nodes.map((node) => ({ document, id: node.id }))
			)
		)
	).flat();

export const load: PageServerLoad = async ({ params }) => {
	const graph = await loadGraph(params.document);
	const page = nodePage(indexOf(graph), params.id);
	if (!page) error(404, `No node "${params.id}" in “${graph.document.title}”`);
	return {
		page,
		document: graph.document,
		place: { id: params.document, isDefault: params.document === firstDocumentId() }
	};
};
