import { listDocuments } from '../documents.server';

/** The bundled documents: listed on the page, and their ids are not an import's to take. */
export async function load() {
	return { documents: await listDocuments() };
}
