import { json } from '@sveltejs/kit';
import { documentIds, loadGraph } from '../../documents.server';
import type { EntryGenerator, RequestHandler } from './$types';

// One static file per document, /graphs/<id>.json: the explorer fetches it once and the browser
// caches it like any other file, instead of every page carrying the graph inline.
export const prerender = true;

export const entries: EntryGenerator = () => documentIds.map((id) => ({ id }));

export const GET: RequestHandler = async ({ params }) => json(await loadGraph(params.id));
