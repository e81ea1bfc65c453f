/**
 * Compiling every document folder under `graph-data/` and writing the graphs, atomically: a
 * build that finds any problem writes nothing, so the previous output stays as it was.
 */
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	writeFileSync
} from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { compileDocument, type Diagnostic, type Graph, GraphSchema } from '../graph';

export const TRANSCRIPT_FILE = 'transcript.txt';
export const ANNOTATIONS_FILE = 'annotations.yaml';

export interface BuildOptions {
	/** The repository root; file names in messages and in the graph are relative to it. */
	root: string;
	/** The folder holding one folder per document. */
	dataDir: string;
	/** Where `<id>.graph.json` files go. */
	outDir: string;
	/** Compile only these documents (default: all). */
	only?: string[];
	/**
	 * Computes a compiled graph's layout, shipped in its `layout` field (the CLI passes the
	 * headless layout of `src/lib/cytoscape/layout.ts`); without it the graph has no positions.
	 */
	layout?: (graph: Graph) => Graph['layout'];
}

export interface BuildResult {
	graphs: Graph[];
	written: string[];
	diagnostics: Diagnostic[];
}

/** The document folders under `dataDir`: every folder that holds a transcript. */
export function findDocuments(dataDir: string): string[] {
	return readdirSync(dataDir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && existsSync(join(dataDir, e.name, TRANSCRIPT_FILE)))
		.map((e) => e.name)
		.sort();
}

/** The path of a document's compiled graph. */
export function graphFile(outDir: string, id: string): string {
	return join(outDir, `${id}.graph.json`);
}

export function buildGraphs(options: BuildOptions): BuildResult {
	const { root, dataDir, outDir } = options;
	const ids = findDocuments(dataDir).filter((id) => !options.only || options.only.includes(id));
	const diagnostics: Diagnostic[] = [];
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
		const folder = join(dataDir, id);
		const transcriptPath = join(folder, TRANSCRIPT_FILE);
		const annotationsPath = join(folder, ANNOTATIONS_FILE);
		if (!existsSync(annotationsPath)) {
			diagnostics.push({
				file: relative(root, folder),
				line: 1,
				column: 1,
				message: `missing ${ANNOTATIONS_FILE} beside ${TRANSCRIPT_FILE}`,
				hint: 'Every document folder needs both files; see "Adding a document" in README.md.'
			});
			continue;
		}
		const result = compileDocument({
			id,
			transcriptFile: relative(root, transcriptPath),
			transcript: readFileSync(transcriptPath, 'utf8'),
			annotationsFile: relative(root, annotationsPath),
			annotations: readFileSync(annotationsPath, 'utf8')
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
	if (diagnostics.length > 0) return { graphs: [], written: [], diagnostics };

	mkdirSync(outDir, { recursive: true });
	const written = graphs.map((graph) => {
		const file = graphFile(outDir, graph.document.id);
		writeAtomically(file, `${JSON.stringify(graph, null, '\t')}\n`);
		return file;
	});
	return { graphs, written, diagnostics };
}

/** Writes to a temporary file beside `file`, then renames it over `file`. */
export function writeAtomically(file: string, content: string): void {
	const temp = `${file}.${process.pid}.tmp`;
	writeFileSync(temp, content);
	renameSync(temp, file);
}
