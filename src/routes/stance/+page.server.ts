import { stancePage } from '$lib/graph/permalink';
import { indexOf } from '$lib/components/provenance/document';
import { firstDocumentId, loadGraph } from '../documents.server';
import type { PageServerLoad } from './$types';

// Plain HTML: the table and its <details> cells work without any script.
export const csr = false;

export const load: PageServerLoad = async () => {
	const id = firstDocumentId();
	const graph = await loadGraph(id);
	return {
		stance: stancePage(indexOf(graph)),
		document: graph.document,
		place: { id, isDefault: true }
	};
};
