import { documentIds, explorerShell, listDocuments } from '../../documents.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => documentIds.map((document) => ({ document }));

export const load: PageServerLoad = async ({ params }) => ({
	...(await explorerShell(params.document)),
	documents: await listDocuments()
});
