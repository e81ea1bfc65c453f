/**
 * The document's transcript, verbatim, published beside its pages: the source the Web Annotation
 * and REFI-QDA exports point into (their positions index this text), read by the Export menu.
 */
import { readFileSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import { documentIds, loadGraph } from '../../../documents.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => documentIds.map((document) => ({ document }));

export const GET: RequestHandler = async ({ params }) => {
	const graph = await loadGraph(params.document);
	let text: string;
	try {
		text = readFileSync(graph.document.source, 'utf8');
	} catch {
		error(500, `${graph.document.source} could not be read: run npm run graph:build again`);
	}
	return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
