/**
 * The one protocol between the annotation mode and the suggestion worker. The page sends
 * `suggest` (a job number, the compiled graph and its transcript); the worker answers with exactly
 * one `result` (the suggestions) or `error` (a fault of the worker itself). The handler is plain
 * code, so the protocol is tested in Node.
 */
import type { Graph } from '../graph/schema';
import type { Suggestion } from './suggest';

export type SuggestRequest = { type: 'suggest'; job: number; graph: Graph; transcript: string };

export type SuggestResponse =
	| { type: 'result'; job: number; suggestions: Suggestion[] }
	| { type: 'error'; job: number; message: string };

/** What the worker runs (the real one is `suggest`). */
export type SuggestFunction = (graph: Graph, transcript: string) => Suggestion[];

/** The worker's message handler: one answer per request. */
export function createSuggestHandler(
	post: (response: SuggestResponse) => void,
	run: SuggestFunction
): (request: SuggestRequest) => void {
	return (request) => {
		try {
			post({
				type: 'result',
				job: request.job,
				suggestions: run(request.graph, request.transcript)
			});
		} catch (error) {
			post({
				type: 'error',
				job: request.job,
				message: error instanceof Error ? error.message : String(error)
			});
		}
	};
}
