/**
 * `npm run graph:import -- <project.qdpx> [--id <id>] [--source <name>] [--out <folder>] [--force]`:
 * makes a document folder (transcript.txt and starter annotations.yaml) from a REFI-QDA project,
 * for example an interview coded in QualCoder. The starter annotations go through the compiler;
 * if they do not compile, its messages are printed and nothing is written. Segments that could
 * not be anchored are listed with their line (and as comments at the top of annotations.yaml).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { commandLine, failure, type Fail } from './command-line';
import { formatDiagnostic } from '../lib/graph/diagnostics';
import { importQdpx, QdpxError } from '../lib/graph/qdpx-import';
import { writeAtomically } from '../lib/server/build-graphs';

const USAGE = `Usage: npm run graph:import -- <project.qdpx> [options]

  --id          the new document's id (default: from the project's name)
  --source      which text source of the project to import, by name (default: the first)
  --out         the folder to write (default: graph-data/<id>)
  --force       write into a folder that exists already, replacing its two files
  --help, -h    this message`;

const fail: Fail = failure('graph:import');
const { values: args, positionals } = commandLine(
	fail,
	USAGE,
	{
		id: { type: 'string' },
		source: { type: 'string' },
		out: { type: 'string' },
		force: { type: 'boolean', default: false }
	},
	true
);
if (positionals.length !== 1) fail(`give one .qdpx file\n\n${USAGE}`);
const file = positionals[0]!;
if (!existsSync(file)) fail(`${file}: no such file`);

let result: ReturnType<typeof importQdpx>;
try {
	result = importQdpx(readFileSync(file), { id: args.id, source: args.source });
} catch (error) {
	if (error instanceof QdpxError) fail(`${file}: ${error.message}`);
	throw error;
}

const id = result.compiled.graph?.document.id ?? args.id;
const out = resolve(args.out ?? join('graph-data', id ?? 'imported'));
const shown = relative(process.cwd(), out).startsWith('..')
	? out
	: relative(process.cwd(), out) || '.';

for (const problem of result.problems) {
	console.error(
		`${file}: segment at transcript line ${problem.line} (characters ${problem.start}–${problem.end}) not anchored: ${problem.problem}`
	);
}
for (const note of result.notes) console.error(`${file}: ${note}`);
if (result.otherSources.length > 0 && args.source === undefined) {
	console.error(
		`${file}: the project holds several text sources: choose one with --source "<name>"`
	);
}

if (!result.compiled.ok) {
	for (const d of result.compiled.diagnostics) console.error(formatDiagnostic(d));
	fail(`the starter annotations do not compile (above); nothing written`);
}
if (
	!args.force &&
	(existsSync(join(out, 'annotations.yaml')) || existsSync(join(out, 'transcript.txt')))
) {
	fail(`${shown} holds a document already; choose --id or --out, or --force`);
}
mkdirSync(out, { recursive: true });
writeAtomically(join(out, 'transcript.txt'), result.transcript);
writeAtomically(join(out, 'annotations.yaml'), result.annotations);
const graph = result.compiled.graph!;
const claims = graph.nodes.filter((n) => n.type === 'claim').length;
const topics = graph.nodes.filter((n) => ['sector', 'scenario', 'concept'].includes(n.type)).length;
console.error(
	`graph:import: wrote ${shown}/transcript.txt and ${shown}/annotations.yaml: ` +
		`${claims} claims, ${topics} topics, ${graph.edges.length} edges; ` +
		`${result.problems.length} segment(s) not anchored. Next: npm run graph:report`
);
