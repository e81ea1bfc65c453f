import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['graph-data/build'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]]
	}
});
