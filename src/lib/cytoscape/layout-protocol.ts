/**
 * The one protocol between the page and the layout worker. The page sends `start` (a job number
 * and what to lay out) and may send `cancel`; the worker answers with `progress` as it goes, then
 * exactly one of `result`, `cancelled` or `error` for that job. The handler is plain code, so the
 * protocol is tested in Node by calling it directly.
 */
import type { LayoutInput } from './layout-input';
import type { LayoutAlgorithm, LayoutOptions, LayoutProgress, LayoutResult } from './layout';

export type LayoutRequest =
	| { type: 'start'; job: number; input: LayoutInput; seed?: number; algorithm?: LayoutAlgorithm }
	| { type: 'cancel'; job: number };

export type LayoutResponse =
	| { type: 'progress'; job: number; progress: LayoutProgress }
	| { type: 'result'; job: number; result: LayoutResult }
	| { type: 'cancelled'; job: number }
	| { type: 'error'; job: number; message: string };

/** The layout the worker runs (the real one is `computeLayout`). */
export type LayoutFunction = (input: LayoutInput, options: LayoutOptions) => LayoutResult;

/** Lets pending messages (a `cancel`) be handled before the next phase of work. */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The worker's message handler: runs one job at a time; a new `start` supersedes the job under
 * way, and `cancel` stops it at its next phase (the page also terminates the worker, which stops
 * a phase that is still computing).
 */
export function createLayoutHandler(
	post: (response: LayoutResponse) => void,
	layout: LayoutFunction
): (request: LayoutRequest) => Promise<void> {
	const cancelled = new Set<number>();
	let current: number | null = null;
	return async (request) => {
		if (request.type === 'cancel') {
			cancelled.add(request.job);
			return;
		}
		const { job } = request;
		if (current !== null) cancelled.add(current);
		current = job;
		post({ type: 'progress', job, progress: { phase: 'force', done: 0 } });
		await yieldToMessages();
		if (cancelled.has(job)) {
			post({ type: 'cancelled', job });
			return;
		}
		try {
			const result = layout(request.input, {
				seed: request.seed,
				algorithm: request.algorithm,
				onprogress: (progress) => post({ type: 'progress', job, progress })
			});
			await yieldToMessages();
			if (cancelled.has(job)) post({ type: 'cancelled', job });
			else post({ type: 'result', job, result });
		} catch (error) {
			post({ type: 'error', job, message: error instanceof Error ? error.message : String(error) });
		} finally {
			if (current === job) current = null;
		}
	};
}
