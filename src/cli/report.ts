/**
 * `npm run graph:report`: for each compiled graph in graph-data/build, prints nodes by type,
 * edges by relation, claims per speaker, coverage of the guests' answers, uncited sentences and
 * nodes without edges, then the faithfulness check of the document's annotations (each finding
 * with file and line). Exits 1 when the coverage target or an invariant is not met, or when a
 * faithfulness finding is neither fixed nor acknowledged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatReport, loadAnnotations, readGraph, reportGraph } from '../lib/graph';
import { checkFaithfulness } from '../lib/graph/faithfulness';
import { plural } from '../lib/graph/plural';

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
	const path = join(outDir, file);
	let graph;
	try {
		graph = readGraph(JSON.parse(readFileSync(path, 'utf8')), path);
	} catch (e) {
		console.error(`graph:report: ${(e as Error).message}`);
		failed++;
		continue;
	}
	const report = reportGraph(graph);
	console.log(formatReport(report), '\n');

	const annotationsFile = join(dirname(graph.document.source), 'annotations.yaml');
	const loaded = loadAnnotations(readFileSync(annotationsFile, 'utf8'), annotationsFile);
	const findings = loaded.annotations ? checkFaithfulness(loaded.annotations) : [];
	const open = findings.filter((f) => f.acknowledged === null);
	console.log(
		`Faithfulness: ${plural(findings.length - open.length, 'acknowledged finding')}, ${open.length} unacknowledged`
	);
	for (const f of open) {
		const { line, column } = loaded.locate(f.path);
		console.log(`${annotationsFile}:${line}:${column}: ${f.subject} [${f.key}] ${f.message}`);
	}
	if (open.length > 0) {
		console.log(
			'  Fix the label or statement, or acknowledge the finding under the claim\'s `acknowledged:` with a one-line reason (README: "The faithfulness check").'
		);
	}
	console.log('');
	if (report.problems.length > 0 || open.length > 0) failed++;
}
if (failed > 0) {
	console.error(`graph:report: ${failed} of ${files.length} documents fail their checks.`);
	process.exit(1);
}
