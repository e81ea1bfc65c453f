import { stancePage } from '$lib/graph/permalink';
import { indexOf } from '$lib/components/provenance/document';
import { CORPUS_ID } from '$lib/graph/corpus-id';
import { corpusHomes, loadCorpus } from '../../documents.server';
import type { PageServerLoad } from './$types';

// Plain HTML, like every stance view: every document's speakers compared topic by topic.
export const csr = false;

export const load: PageServerLoad = async () => {
	const { graph } = await loadCorpus();
	return {
		stance: stancePage(indexOf(graph)),
		document: graph.document,
		place: { id: CORPUS_ID, isDefault: false, homes: corpusHomes(graph) }
	};
};
