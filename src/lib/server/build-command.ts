/**
 * What `npm run graph:build` does and says, as a function: the CLI prints its lines and exits
 * with its status, and tests call it in-process to check every message.
 */
import { relative } from 'node:path';
import { formatDiagnostic, sortDiagnostics } from '../graph';
import { plural } from '../graph/plural';
import { buildGraphs, FileSystemError, type BuildOptions } from './build-graphs';

export interface CommandOutcome {
	/** The exit status: 0 when every graph was written. */
	status: number;
	stdout: string;
	stderr: string;
}

/** Builds the graphs and tells the outcome in the words `graph:build` prints. */
export function runGraphBuild(options: BuildOptions): CommandOutcome {
	const out: string[] = [];
	const err: string[] = [];
	const done = (status: number): CommandOutcome => ({
		status,
		stdout: out.map((l) => `${l}\n`).join(''),
		stderr: err.map((l) => `${l}\n`).join('')
	});
	let result;
	try {
		result = buildGraphs(options);
	} catch (error) {
		if (error instanceof FileSystemError) {
			err.push(`graph:build: ${error.message}`);
			err.push('graph:build failed; the previous graphs are unchanged.');
		} else {
			// A bug, not bad input: one line rather than a stack trace.
			err.push(`graph:build: internal error: ${(error as Error)?.message ?? String(error)}`);
		}
		return done(1);
	}
	const { graphs, written, removed, diagnostics } = result;
	if (diagnostics.length > 0) {
		for (const d of sortDiagnostics(diagnostics)) err.push(formatDiagnostic(d));
		const n = diagnostics.length;
		err.push(`\ngraph:build failed: ${plural(n, 'problem')}; nothing was written.`);
		return done(1);
	}
	if (graphs.length === 0) {
		err.push(
			`graph:build: no documents found in ${relative(options.root, options.dataDir) || '.'} (a document is a folder with transcript.txt and annotations.yaml)`
		);
		return done(1);
	}
	graphs.forEach((g, i) => {
		out.push(
			`${relative(options.root, written[i]!)}: ${g.nodes.length} nodes, ${g.edges.length} edges, ${g.sentences.length} sentences`
		);
	});
	for (const file of removed) {
		out.push(`${relative(options.root, file)}: removed (its document folder is gone)`);
	}
	return done(0);
}
