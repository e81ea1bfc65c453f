/**
 * The page's side of the suggestion worker: one worker per call, terminated when it answers.
 */
import type { Graph } from '../graph/schema';
import type { Suggestion } from './suggest';
import type { SuggestRequest, SuggestResponse } from './suggest-protocol';

let jobs = 0;

/**
 * The suggestions for a compiled graph and its transcript, worked out in a Web Worker. `graph` is
 * posted to the worker, so it must be plain data: pass `$state.snapshot(graph)` for reactive
 * state. Rejects only if the worker fails.
 */
export function suggestInWorker(graph: Graph, transcript: string): Promise<Suggestion[]> {
	const job = ++jobs;
	const worker = new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<Suggestion[]>((resolve, reject) => {
		worker.addEventListener('message', (event: MessageEvent<SuggestResponse>) => {
			const message = event.data;
			if (message.job !== job) return;
			worker.terminate();
			if (message.type === 'result') resolve(message.suggestions);
			else reject(new Error(`the suggestions failed: ${message.message}`));
		});
		worker.addEventListener('error', (event) => {
			worker.terminate();
			reject(new Error(`the suggestion worker failed: ${event.message}`));
		});
		const request: SuggestRequest = { type: 'suggest', job, graph, transcript };
		worker.postMessage(request);
	});
}
