// The unit tests as the mutation run (stryker.config.mjs) uses them: only the tests of the core
// (src/lib/graph, src/lib/state), run the cheapest way a mutant allows.
// - Without the tests that run the CLI in a child process (graph:build, graph:export) or test
//   src/lib/server's file writes: a child process cannot see Stryker's mutants, and they are slow.
// - Without isolation: the test files share one module graph, so the instrumented core and its
//   libraries (yaml, fast-xml-parser, papaparse, cytoscape) are imported once per run rather than
//   once per file. Measured on the shared 2-core machine with 8 of the test files, one worker:
//   98.9 s with isolation (53.4 s of it importing), 42.8 s without (18.7 s). The tests keep no state in the
//   core's modules, so sharing them changes no result (the initial run must pass, and does).
// - No testNamePattern: Vitest lets a configured pattern override the one Stryker sets for each
//   mutant, so every mutant ran every test of each file that covers it, not just the tests that
//   cover it. (export.test.ts's own `graph:export` tests run a child process: they cover no
//   mutant, so the initial run is the only one that runs them.)
// - With timeouts for a busy machine.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

export default mergeConfig(
	base,
	defineConfig({
		test: {
			exclude: [
				'tests/unit/build.test.ts',
				'tests/unit/build-writes.test.ts',
				'tests/unit/export-cli.test.ts',
				'tests/unit/ci-summary.test.ts'
			],
			isolate: false,
			testTimeout: 30_000,
			reporters: ['default']
		}
	})
);
