/**
 * Compiling every document folder under `graph-data/` and writing the graphs, all or nothing:
 * a build that finds any problem writes nothing, and a build that fails while writing (a full
 * disk, a folder it may not write) leaves every previous graph as it was.
 *
 * The steps are separate so that more can be added between them: `compileDocuments` reads and
 * compiles, `writeGraphs` writes the set.
 */
import {
	closeSync,
	fsyncSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	statSync,
	unlinkSync,
	writeSync
} from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import {
	bytePosition,
	compileDocument,
	firstInvalidUtf8,
	formatBytes,
	type Diagnostic,
	type Graph,
	GraphSchema,
	MAX_ANNOTATIONS_BYTES,
	MAX_TRANSCRIPT_BYTES
} from '../graph';

export const TRANSCRIPT_FILE = 'transcript.txt';
export const ANNOTATIONS_FILE = 'annotations.yaml';
const GRAPH_SUFFIX = '.graph.json';
/** Temporary files of a write in progress: `<id>.graph.json.<pid>.tmp`. */
const TEMP_FILE = /\.graph\.json\.\d+\.tmp$/;

/** The file operations the write step uses; tests replace them to simulate failures. */
export interface WriteIo {
	writeFile(path: string, content: string): void;
	rename(from: string, to: string): void;
}

export interface BuildOptions {
	/** The repository root; file names in messages and in the graph are relative to it. */
	root: string;
	/** The folder holding one folder per document. */
	dataDir: string;
	/** Where `<id>.graph.json` files go. */
	outDir: string;
	/** Compile only these documents (default: all, and graphs of deleted documents are removed). */
	only?: string[];
	io?: Partial<WriteIo>;
	/**
	 * More folders of documents, compiled beside those of `dataDir` (the test documents in
	 * tests/fixtures/documents). An id in two folders is an error.
	 */
	extraDataDirs?: string[];
	/**
	 * Computes a compiled graph's layout, shipped in its `layout` field (the CLI passes the
	 * headless layout of `src/lib/cytoscape/layout.ts`); without it the graph has no positions.
	 */
	layout?: (graph: Graph) => Graph['layout'];
}

export interface BuildResult {
	graphs: Graph[];
	written: string[];
	/** Graphs of documents whose folder is gone, removed from `outDir`. */
	removed: string[];
	diagnostics: Diagnostic[];
}

/** A file-system failure, told as a sentence that names the path and says what to do. */
export class FileSystemError extends Error {
	constructor(
		message: string,
		readonly path: string,
		readonly code: string | undefined
	) {
		super(message);
		this.name = 'FileSystemError';
	}
}

/**
 * Turns a Node file-system error into a sentence: what failed, on which path, what to do.
 *
 * @example
 * describeFsError(err, 'graph-data/build/x.graph.json', 'write');
 * // 'cannot write graph-data/build/x.graph.json: the disk is full. Free some space and run it again.'
 */
export function describeFsError(error: unknown, path: string, doing: string): FileSystemError {
	const code = (error as NodeJS.ErrnoException)?.code;
	const why: Record<string, string> = {
		ENOSPC: 'the disk is full. Free some space and run it again.',
		EDQUOT: 'the disk quota is used up. Free some space and run it again.',
		EACCES: 'permission denied. Make it writable for you (chmod/chown), or choose another folder.',
		EPERM: 'the operation is not permitted. Check its owner and permissions.',
		EROFS: 'the file system is read-only. Choose a folder on a writable disk.',
		ENOTDIR:
			'a part of this path is a file, not a folder. Remove or rename that file, or choose another folder.',
		EISDIR: 'it is a folder, where a file belongs. Remove or rename the folder.',
		ENOENT: 'it does not exist. Check the path.',
		EMFILE: 'too many files are open. Close some programs and run it again.',
		EBUSY: 'it is in use by another program. Close it and run it again.'
	};
	if (code === 'ENOENT' && /^(write|replace|create)/.test(doing)) {
		why.ENOENT = 'the folder it goes in does not exist. Create it, or choose another path.';
	}
	const reason =
		(code && why[code]) ?? `${(error as Error)?.message ?? String(error)}.`.replace(/\.\.$/, '.');
	return new FileSystemError(`cannot ${doing} ${path}: ${reason}`, path, code);
}

/**
 * The document folders under `dataDir`: every folder that holds a transcript or annotations
 * (a folder with only one of them is reported by the build).
 */
export function findDocuments(dataDir: string): string[] {
	return readdirSync(dataDir, { withFileTypes: true })
		.filter((e) => e.isDirectory())
		.filter((e) => {
			const has = (name: string) => readdirSync(join(dataDir, e.name)).includes(name);
			return has(TRANSCRIPT_FILE) || has(ANNOTATIONS_FILE);
		})
		.map((e) => e.name)
		.sort();
}

/** The path of a document's compiled graph. */
export function graphFile(outDir: string, id: string): string {
	return join(outDir, `${id}${GRAPH_SUFFIX}`);
}

/**
 * Compiles the documents and, when every one compiles, writes them all.
 * Throws {@link FileSystemError} when the graphs cannot be written; nothing is changed then.
 */
export function buildGraphs(options: BuildOptions): BuildResult {
	const { graphs, diagnostics } = compileDocuments(options);
	if (diagnostics.length > 0) return { graphs: [], written: [], removed: [], diagnostics };
	const { written, removed } = writeGraphs(options.outDir, graphs, {
		prune: !options.only,
		root: options.root,
		io: options.io
	});
	return { graphs, written, removed, diagnostics };
}

/** Reads and compiles every document (or `options.only`); writes nothing. */
export function compileDocuments(options: Omit<BuildOptions, 'io'>): {
	graphs: Graph[];
	diagnostics: Diagnostic[];
} {
	const { root, dataDir } = options;
	const folders = new Map<string, string>();
	const diagnostics: Diagnostic[] = [];
	for (const dir of [dataDir, ...(options.extraDataDirs ?? [])]) {
		for (const id of findDocuments(dir)) {
			const earlier = folders.get(id);
			if (earlier !== undefined) {
				diagnostics.push({
					file: relative(root, join(dir, id)),
					line: 1,
					column: 1,
					message: `document "${id}" is also in ${relative(root, earlier)}: ids must be unique`
				});
				continue;
			}
			folders.set(id, join(dir, id));
		}
	}
	const ids = [...folders.keys()].sort().filter((id) => !options.only || options.only.includes(id));
	const graphs: Graph[] = [];
	for (const id of options.only ?? []) {
		if (!ids.includes(id)) {
			diagnostics.push({
				file: relative(root, dataDir) || '.',
				line: 1,
				column: 1,
				message: `no document "${id}": expected a folder ${id}/ holding ${TRANSCRIPT_FILE}`
			});
		}
	}
	for (const id of ids) {
		const folder = folders.get(id)!;
		const transcript = readSource(root, join(folder, TRANSCRIPT_FILE), MAX_TRANSCRIPT_BYTES);
		const annotations = readSource(root, join(folder, ANNOTATIONS_FILE), MAX_ANNOTATIONS_BYTES);
		for (const [file, other] of [
			[transcript, ANNOTATIONS_FILE],
			[annotations, TRANSCRIPT_FILE]
		] as const) {
			if (file.missing) {
				diagnostics.push({
					file: relative(root, folder),
					line: 1,
					column: 1,
					message: `missing ${file.name} beside ${other}`,
					hint: 'Every document folder needs both files; see "Adding a document" in README.md.'
				});
			}
		}
		diagnostics.push(...transcript.diagnostics, ...annotations.diagnostics);
		if (transcript.text === null || annotations.text === null) continue;
		const result = compileDocument({
			id,
			transcriptFile: transcript.file,
			transcript: transcript.text,
			annotationsFile: annotations.file,
			annotations: annotations.text
		});
		diagnostics.push(...result.diagnostics);
		if (result.ok) {
			if (options.layout) result.graph.layout = options.layout(result.graph);
			// The compiler builds the graph to the schema; checking here keeps the published JSON
			// Schema honest about what is written.
			const check = v.safeParse(GraphSchema, result.graph);
			if (!check.success) {
				throw new Error(
					`compiled graph of ${id} breaks its own schema: ${v.summarize(check.issues)}`
				);
			}
			graphs.push(result.graph);
		}
	}
	return { graphs, diagnostics };
}

interface SourceFile {
	/** Repo-relative path. */
	file: string;
	name: string;
	/** The text, or null when it could not be read (see `missing` and `diagnostics`). */
	text: string | null;
	missing: boolean;
	diagnostics: Diagnostic[];
}

/** Reads a source file as UTF-8 text, refusing a file that is too large or not UTF-8. */
function readSource(root: string, path: string, maxBytes: number): SourceFile {
	const file = relative(root, path);
	const name = path.split(/[\\/]/).pop()!;
	const problem = (message: string, hint: string, at = { line: 1, column: 1 }): SourceFile => ({
		file,
		name,
		text: null,
		missing: false,
		diagnostics: [{ file, ...at, message, hint }]
	});
	let bytes: Buffer;
	try {
		const size = statSync(path).size;
		if (size > maxBytes) {
			return problem(
				`${name} is ${size.toLocaleString('en-US')} bytes; the largest ${name} Citegraph compiles is ${maxBytes.toLocaleString('en-US')} bytes (${formatBytes(maxBytes)})`,
				'Split the interview into several documents (one folder each).'
			);
		}
		bytes = readFileSync(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return { file, name, text: null, missing: true, diagnostics: [] };
		}
		return problem(describeFsError(error, file, 'read').message, 'Fix the file and run it again.');
	}
	const bad = firstInvalidUtf8(bytes);
	if (bad !== -1) {
		const at = bytePosition(bytes, bad);
		return problem(
			`this file is not UTF-8: byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} at line ${at.line}, byte ${at.column} does not begin a valid UTF-8 sequence`,
			`Save it as UTF-8 (for a Latin-1 file: iconv -f latin1 -t utf-8 ${name} > ${name}.utf8 && mv ${name}.utf8 ${name}).`,
			at
		);
	}
	// A byte order mark is kept: in the transcript it is whitespace before the title (offsets
	// stay true to the file), and the YAML parser skips it in the annotations.
	return { file, name, text: bytes.toString('utf8'), missing: false, diagnostics: [] };
}

/** Writes `content` to `path` and waits until it is on the disk. */
function writeDurably(path: string, content: string | Uint8Array) {
	const fd = openSync(path, 'w');
	try {
		writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

const defaultIo: WriteIo = { writeFile: writeDurably, rename: renameSync };

/**
 * Writes the graphs all or nothing: each to a temporary file beside its target, and only when
 * every one is complete are they renamed into place. Leftover temporary files of an earlier,
 * killed run are removed first; with `prune`, graphs of documents not in `graphs` are removed
 * after. On failure every temporary file is removed, the previous graphs are untouched, and a
 * {@link FileSystemError} says what happened.
 */
export function writeGraphs(
	outDir: string,
	graphs: Graph[],
	options: { prune: boolean; root?: string; io?: Partial<WriteIo> }
): { written: string[]; removed: string[] } {
	const io = { ...defaultIo, ...options.io };
	const shown = (path: string) => (options.root ? relative(options.root, path) : path);
	try {
		mkdirSync(outDir, { recursive: true });
	} catch (error) {
		throw describeFsError(error, shown(outDir), 'create the folder');
	}
	let existing: string[];
	try {
		existing = readdirSync(outDir);
	} catch (error) {
		throw describeFsError(error, shown(outDir), 'read the folder');
	}
	for (const name of existing.filter((n) => TEMP_FILE.test(n))) {
		removeQuietly(join(outDir, name));
	}

	const targets = graphs.map((graph) => graphFile(outDir, graph.document.id));
	const temps: string[] = [];
	try {
		graphs.forEach((graph, i) => {
			const temp = `${targets[i]}.${process.pid}.tmp`;
			temps.push(temp);
			try {
				io.writeFile(temp, `${JSON.stringify(graph, null, '\t')}\n`);
			} catch (error) {
				throw describeFsError(error, shown(targets[i]!), 'write');
			}
		});
		temps.forEach((temp, i) => {
			try {
				io.rename(temp, targets[i]!);
			} catch (error) {
				throw describeFsError(error, shown(targets[i]!), 'replace');
			}
		});
	} finally {
		for (const temp of temps) removeQuietly(temp);
	}

	const removed: string[] = [];
	if (options.prune) {
		const keep = new Set(targets);
		for (const name of existing.filter((n) => n.endsWith(GRAPH_SUFFIX))) {
			const path = join(outDir, name);
			if (keep.has(path)) continue;
			try {
				unlinkSync(path);
				removed.push(path);
			} catch (error) {
				throw describeFsError(error, shown(path), 'remove the stale graph');
			}
		}
	}
	return { written: targets, removed };
}

function removeQuietly(path: string) {
	try {
		unlinkSync(path);
	} catch {
		// Already gone (renamed into place, or never created).
	}
}

/** Writes to a temporary file beside `file`, then renames it over `file`. */
export function writeAtomically(file: string, content: string | Uint8Array): void {
	const temp = `${file}.${process.pid}.tmp`;
	try {
		writeDurably(temp, content);
		renameSync(temp, file);
	} catch (error) {
		removeQuietly(temp);
		throw describeFsError(error, file, 'write');
	}
}
