/**
 * `npm run graph:build [-- <document-id>…]`: compiles every document in graph-data/ to
 * graph-data/build/<id>.graph.json, or prints every problem and exits 1, writing nothing.
 */
import { relative, resolve } from 'node:path';
import { formatDiagnostic, sortDiagnostics } from '../lib/graph';
import { layoutDocument } from '../lib/cytoscape/layout';
import { buildGraphs } from '../lib/server/build-graphs';

const root = process.cwd();
const dataDir = resolve(root, process.env.CITEGRAPH_DATA ?? 'graph-data');
const outDir = resolve(root, process.env.CITEGRAPH_OUT ?? 'graph-data/build');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

const { graphs, written, diagnostics } = buildGraphs({
	root,
	dataDir,
	outDir,
	only: only.length > 0 ? only : undefined,
	// Positions are computed once here, so the page draws without any layout work.
	layout: (graph) => layoutDocument(graph)
});

if (diagnostics.length > 0) {
	for (const d of sortDiagnostics(diagnostics)) console.error(formatDiagnostic(d));
	const n = diagnostics.length;
	console.error(`\ngraph:build failed: ${n} problem${n === 1 ? '' : 's'}; nothing was written.`);
	process.exit(1);
}
if (graphs.length === 0) {
	console.error(
		`graph:build: no documents found in ${dataDir} (a document is a folder with transcript.txt and annotations.yaml)`
	);
	process.exit(1);
}
graphs.forEach((g, i) => {
	console.log(
		`${relative(root, written[i]!)}: ${g.nodes.length} nodes, ${g.edges.length} edges, ${g.sentences.length} sentences`
	);
});
