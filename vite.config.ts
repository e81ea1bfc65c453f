import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['graph-data/build'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// A busy 2-core machine can take more than Vitest's default 5 s to import a test's modules
		// (seen: the JSON Schema test's first import of ajv); a test is a check, not a timing.
		testTimeout: 30_000,
		reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]]
	}
});
