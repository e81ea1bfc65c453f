/**
 * The page's side of the layout worker: start a layout, hear its progress, cancel it. Each task
 * has its own worker, terminated when the task ends, so a cancelled layout stops computing at once.
 */
import type { LayoutInput } from './layout-input';
import type { LayoutAlgorithm, LayoutProgress, LayoutResult } from './layout';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

export interface LayoutTask {
	/** The positions, or null if the layout was cancelled. */
	result: Promise<LayoutResult | null>;
	cancel(): void;
}

let jobs = 0;

/** Lays `input` out in a Web Worker. */
export function layoutInWorker(
	input: LayoutInput,
	options: {
		seed?: number;
		algorithm?: LayoutAlgorithm;
		onprogress?: (progress: LayoutProgress) => void;
	} = {}
): LayoutTask {
	const job = ++jobs;
	const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
	let settle: (result: LayoutResult | null) => void = () => {};
	let fail: (error: Error) => void = () => {};
	const result = new Promise<LayoutResult | null>((resolve, reject) => {
		settle = resolve;
		fail = reject;
	});
	const finish = () => worker.terminate();
	worker.addEventListener('message', (event: MessageEvent<LayoutResponse>) => {
		const message = event.data;
		if (message.job !== job) return;
		if (message.type === 'progress') options.onprogress?.(message.progress);
		else if (message.type === 'result') {
			finish();
			settle(message.result);
		} else if (message.type === 'cancelled') {
			finish();
			settle(null);
		} else {
			finish();
			fail(new Error(`layout failed: ${message.message}`));
		}
	});
	worker.addEventListener('error', (event) => {
		finish();
		fail(new Error(`layout worker failed: ${event.message}`));
	});
	const start: LayoutRequest = {
		type: 'start',
		job,
		input,
		seed: options.seed,
		algorithm: options.algorithm
	};
	worker.postMessage(start);
	return {
		result,
		cancel() {
			const cancel: LayoutRequest = { type: 'cancel', job };
			worker.postMessage(cancel);
			// A phase that is still computing cannot read the message: stop the worker outright.
			finish();
			settle(null);
		}
	};
}
