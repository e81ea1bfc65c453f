/**
 * The one protocol between the import page and the import worker. The page sends `import` (a job
 * number, the picked files and the id asked for); the worker answers with exactly one `result`
 * (the compiler's outcome: a document with its graph laid out, or the problems) or `error` (a
 * fault of the worker itself). The handler is plain code, so the protocol is tested in Node.
 */
import type { ImportOptions, ImportOutcome, PickedFile } from '../graph/import-document';
import type { GraphLayout } from '../graph/schema';

/**
 * `keep`: the layout of the document before a change made in the annotation panel; the nodes
 * it places stay where they are, and only new nodes are placed (without it, the document is laid
 * out afresh, as `graph:build` lays it out).
 */
export type ImportRequest = {
	type: 'import';
	job: number;
	files: PickedFile[];
	id?: string;
	keep?: GraphLayout;
};

export type ImportResponse =
	| { type: 'result'; job: number; outcome: ImportOutcome }
	| { type: 'error'; job: number; message: string };

/** What the worker runs (the real one is `importFiles` with the build's layout, or `keepLayout`). */
export type ImportFunction = (
	files: PickedFile[],
	options: ImportOptions,
	keep?: GraphLayout
) => ImportOutcome;

/** The worker's message handler: one answer per request. */
export function createImportHandler(
	post: (response: ImportResponse) => void,
	run: ImportFunction
): (request: ImportRequest) => void {
	return (request) => {
		try {
			post({
				type: 'result',
				job: request.job,
				outcome: run(request.files, { id: request.id }, request.keep)
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
