/**
 * `npm run graph:build [-- <document-id>…] [--with-test-documents]`: compiles every document in
 * graph-data/ to graph-data/build/<id>.graph.json, or prints every problem and exits 1, writing
 * nothing. `--with-test-documents` (what the test commands pass) adds the documents written for
 * the tests, in tests/fixtures/documents/; a build without it removes them again.
 */
import { resolve } from 'node:path';
import { layoutDocument } from '../lib/cytoscape/layout';
import { runGraphBuild } from '../lib/server/build-command';

/** Documents written for the tests, compiled only with --with-test-documents. */
const TEST_DOCUMENTS = 'tests/fixtures/documents';

const root = process.cwd();
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const withTestDocuments = process.argv.includes('--with-test-documents');
const outcome = runGraphBuild({
	root,
	dataDir: resolve(root, process.env.CITEGRAPH_DATA ?? 'graph-data'),
	outDir: resolve(root, process.env.CITEGRAPH_OUT ?? 'graph-data/build'),
	only: only.length > 0 ? only : undefined,
	extraDataDirs: withTestDocuments ? [resolve(root, TEST_DOCUMENTS)] : [],
	// Positions are computed once here, so the page draws without any layout work.
	layout: (graph) => layoutDocument(graph)
});
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.status;
