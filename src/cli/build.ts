/**
 * `npm run graph:build [-- <document-id>…]`: compiles every document in graph-data/ to
 * graph-data/build/<id>.graph.json, or prints every problem and exits 1, writing nothing.
 */
import { resolve } from 'node:path';
import { runGraphBuild } from '../lib/server/build-command';

const root = process.cwd();
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const outcome = runGraphBuild({
	root,
	dataDir: resolve(root, process.env.CITEGRAPH_DATA ?? 'graph-data'),
	outDir: resolve(root, process.env.CITEGRAPH_OUT ?? 'graph-data/build'),
	only: only.length > 0 ? only : undefined
});
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.status;
