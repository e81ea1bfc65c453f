/**
 * `npm run graph:build [-- <document-id>…] [--with-test-documents]`: compiles every document in
 * graph-data/ to graph-data/build/<id>.graph.json, or prints every problem and exits 1, writing
 * nothing. `--with-test-documents` (what the test commands pass) adds the documents written for
 * the tests, in tests/fixtures/documents/; a build without it removes them again.
 */
import { relative, resolve } from 'node:path';
import { formatDiagnostic, sortDiagnostics } from '../lib/graph';
import { buildGraphs } from '../lib/server/build-graphs';

/** Documents written for the tests, compiled only with --with-test-documents. */
const TEST_DOCUMENTS = 'tests/fixtures/documents';

const root = process.cwd();
const dataDir = resolve(root, process.env.CITEGRAPH_DATA ?? 'graph-data');
const outDir = resolve(root, process.env.CITEGRAPH_OUT ?? 'graph-data/build');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const withTestDocuments = process.argv.includes('--with-test-documents');

const { graphs, written, diagnostics } = buildGraphs({
	root,
	dataDir,
	outDir,
	only: only.length > 0 ? only : undefined,
	extraDataDirs: withTestDocuments ? [resolve(root, TEST_DOCUMENTS)] : []
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
