/**
 * The one protocol between the import page and the import worker. The page sends `import` (a job
 * number, the picked files and the id asked for); the worker answers with exactly one `result`
 * (the compiler's outcome: a document with its graph laid out, or the problems) or `error` (a
 * fault of the worker itself). The handler is plain code, so the protocol is tested in Node.
 */
import type { ImportOptions, ImportOutcome, PickedFile } from '../graph/import-document';

export type ImportRequest = { type: 'import'; job: number; files: PickedFile[]; id?: string };

export type ImportResponse =
	| { type: 'result'; job: number; outcome: ImportOutcome }
	| { type: 'error'; job: number; message: string };

/** What the worker runs (the real one is `importFiles` with the build's layout). */
export type ImportFunction = (files: PickedFile[], options: ImportOptions) => ImportOutcome;

/** The worker's message handler: one answer per request. */
export function createImportHandler(
	post: (response: ImportResponse) => void,
	run: ImportFunction
): (request: ImportRequest) => void {
	return (request) => {
		try {
			post({ type: 'result', job: request.job, outcome: run(request.files, { id: request.id }) });
		} catch (error) {
			post({
				type: 'error',
				job: request.job,
				message: error instanceof Error ? error.message : String(error)
			});
		}
	};
}
