import { firstDocumentId, loadGraph } from './documents.server';

export async function load() {
	return { graph: await loadGraph(firstDocumentId()) };
}
