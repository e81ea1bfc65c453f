import { stancePage } from '$lib/graph/permalink';
import { indexOf } from '$lib/components/provenance/document';
import { documentIds, firstDocumentId, loadGraph } from '../../../documents.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Plain HTML: the table and its <details> cells work without any script.
export const csr = false;

export const entries: EntryGenerator = () => documentIds.map((document) => ({ document }));

export const load: PageServerLoad = async ({ params }) => {
	const graph = await loadGraph(params.document);
	return {
		stance: stancePage(indexOf(graph)),
		document: graph.document,
		place: { id: params.document, isDefault: params.document === firstDocumentId() }
	};
};
