import { json } from '@sveltejs/kit';
import { loadCorpus } from '../../documents.server';
import type { RequestHandler } from './$types';

// The corpus's graph file, /corpus/graph.json: every document merged and laid out at build time.
export const prerender = true;

export const GET: RequestHandler = async () => json((await loadCorpus()).graph);
