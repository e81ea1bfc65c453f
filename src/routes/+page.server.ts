import { explorerShell, firstDocumentId } from './documents.server';

export async function load() {
	return explorerShell(firstDocumentId());
}
