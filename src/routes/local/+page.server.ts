import { listDocuments } from '../documents.server';

/** The bundled documents, for the document switcher beside the imported one. */
export async function load() {
	return { documents: await listDocuments() };
}
