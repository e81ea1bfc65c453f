import { explorerShell, firstDocumentId, listDocuments } from './documents.server';

export async function load() {
	return { ...(await explorerShell(firstDocumentId())), documents: await listDocuments() };
}
