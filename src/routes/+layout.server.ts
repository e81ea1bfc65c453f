import { listDocuments } from './documents.server';

export async function load() {
	return { documents: await listDocuments() };
}
