import { documentIds, explorerShell } from '../../documents.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => documentIds.map((document) => ({ document }));

export const load: PageServerLoad = async ({ params }) => explorerShell(params.document);
