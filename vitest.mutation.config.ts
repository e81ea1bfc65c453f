// The unit tests as the mutation run (stryker.config.mjs) uses them: without the tests that run
// the CLI in a child process (graph:build, graph:export), which cannot see Stryker's mutants
// and are slow, and with timeouts for a busy machine.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

export default mergeConfig(
	base,
	defineConfig({
		test: {
			exclude: ['tests/unit/build.test.ts', 'tests/unit/ci-summary.test.ts'],
			testNamePattern: /^(?!.*graph:(export|build)).*$/,
			testTimeout: 30_000,
			reporters: ['default']
		}
	})
);
