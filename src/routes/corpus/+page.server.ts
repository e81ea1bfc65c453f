import { NODE_TYPES } from '$lib/graph/vocabulary';
import { corpusHomes, listDocuments, loadCorpus } from '../documents.server';
import type { PageServerLoad } from './$types';

/**
 * The corpus explorer's page: every document in one graph. Like a document's page it carries only
 * the title and, for readers without JavaScript, the pages to start from (each in its own
 * document); the graph is fetched from /corpus/graph.json.
 */
export const load: PageServerLoad = async () => {
	const { graph, notes } = await loadCorpus();
	const homes = corpusHomes(graph);
	const pages = NODE_TYPES.filter((type) => type !== 'claim' && type !== 'answer')
		.map((type) => ({
			type,
			nodes: graph.nodes
				.filter((node) => node.type === type)
				.map((node) => ({ id: node.id, label: node.label, home: homes[node.id] }))
		}))
		.filter((group) => group.nodes.length > 0);
	return { document: graph.document, pages, notes, documents: await listDocuments() };
};
