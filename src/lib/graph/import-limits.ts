/**
 * What the browser imports and keeps, and the message for a file past its limit. Kept apart from
 * the importer so that the page can check a file's size before reading it, without loading the
 * compiler (which runs in the import worker).
 */
import type { Diagnostic } from './diagnostics';
import { formatBytes, MAX_ANNOTATIONS_BYTES } from './input-checks';

/**
 * The largest transcript the browser compiles (the command line takes 20 MB): compiling and
 * laying out 5 MB takes seconds in the import worker, and the text is kept in the browser's
 * storage with its graph.
 */
export const MAX_BROWSER_TRANSCRIPT_BYTES = 5_000_000;
/** The largest `.qdpx` project the browser opens (a zip; the transcript inside is checked too). */
export const MAX_BROWSER_QDPX_BYTES = 20_000_000;
/** How many imported documents the browser keeps. */
export const MAX_STORED_DOCUMENTS = 50;

/** What a picked file is, by its name: a project, annotations, or else a transcript. */
export function kindOfFile(name: string): 'project' | 'annotations' | 'transcript' {
	const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
	if (extension === 'qdpx') return 'project';
	if (extension === 'yaml' || extension === 'yml') return 'annotations';
	return 'transcript';
}

const LIMITS = {
	transcript: {
		bytes: MAX_BROWSER_TRANSCRIPT_BYTES,
		what: 'transcript the browser imports',
		hint: 'Split it into several documents, or build it with npm run graph:build, which takes up to 20 MB.'
	},
	annotations: {
		bytes: MAX_ANNOTATIONS_BYTES,
		what: 'annotations file Citegraph compiles',
		hint: 'Split the interview into several documents.'
	},
	project: {
		bytes: MAX_BROWSER_QDPX_BYTES,
		what: 'project the browser imports',
		hint: 'Import it with npm run graph:import instead.'
	}
} as const;

/**
 * The problem with a file that is too large to import, or null.
 *
 * @example
 * sizeProblem({ name: 'talk.txt', size: 6_000_000 })?.message;
 * // 'talk.txt is 6,000,000 bytes; the largest transcript the browser imports is 5,000,000 bytes (5 MB)'
 */
export function sizeProblem(file: { name: string; size: number }): Diagnostic | null {
	const limit = LIMITS[kindOfFile(file.name)];
	if (file.size <= limit.bytes) return null;
	const n = (bytes: number) => bytes.toLocaleString('en-US');
	return {
		file: file.name,
		line: 1,
		column: 1,
		message: `${file.name} is ${n(file.size)} bytes; the largest ${limit.what} is ${n(limit.bytes)} bytes (${formatBytes(limit.bytes)})`,
		hint: limit.hint
	};
}
