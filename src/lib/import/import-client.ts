/**
 * The page's side of the import worker: one worker per import, terminated when it answers.
 */
import type { ImportOutcome, PickedFile } from '../graph/import-document';
import type { GraphLayout } from '../graph/schema';
import type { ImportRequest, ImportResponse } from './import-protocol';

let jobs = 0;

/**
 * Compiles and lays out the picked files in a Web Worker (keeping the nodes of `keep` where they
 * are, if given). Rejects only if the worker fails.
 */
export function importInWorker(
	files: PickedFile[],
	id?: string,
	keep?: GraphLayout
): Promise<ImportOutcome> {
	const job = ++jobs;
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<ImportOutcome>((resolve, reject) => {
		worker.addEventListener('message', (event: MessageEvent<ImportResponse>) => {
			const message = event.data;
			if (message.job !== job) return;
			worker.terminate();
			if (message.type === 'result') resolve(message.outcome);
			else reject(new Error(`the import failed: ${message.message}`));
		});
		worker.addEventListener('error', (event) => {
			worker.terminate();
			reject(new Error(`the import worker failed: ${event.message}`));
		});
		const request: ImportRequest = { type: 'import', job, files, id, keep };
		worker.postMessage(
			request,
			files.map((f) => f.bytes.buffer as ArrayBuffer)
		);
	});
}
