/**
 * `npm run graph:report`: for each compiled graph in graph-data/build, prints nodes by type,
 * edges by relation, claims per speaker, coverage of the guests' answers, uncited sentences and
 * nodes without edges. Exits 1 when the coverage target or an invariant is not met.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatReport, reportGraph, type Graph } from '../lib/graph';

const outDir = resolve(process.env.CITEGRAPH_OUT ?? 'graph-data/build');
const files = readdirSync(outDir)
	.filter((f) => f.endsWith('.graph.json'))
	.sort();
if (files.length === 0) {
	console.error(`graph:report: no compiled graphs in ${outDir}; run npm run graph:build first`);
	process.exit(1);
}
let failed = 0;
for (const file of files) {
	const graph = JSON.parse(readFileSync(join(outDir, file), 'utf8')) as Graph;
	const report = reportGraph(graph);
	console.log(formatReport(report), '\n');
	if (report.problems.length > 0) failed++;
}
if (failed > 0) {
	console.error(`graph:report: ${failed} of ${files.length} documents fail their checks.`);
	process.exit(1);
}
