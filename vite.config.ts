import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * `virtual:citegraph/permalinks`: on the server, what permalink pages are made from
 * (src/routes/permalinks.server.ts); in the browser, nothing. The pages are plain HTML, so their
 * `+page.ts` load runs only when the build prerenders them; being universal, it makes SvelteKit
 * write no `__data.json` beside each page. The browser never runs it: the root layout hands a
 * navigation to a plain page to the browser, and a hover's preload is refused with a 404.
 */
function permalinkData(): Plugin {
	const id = 'virtual:citegraph/permalinks';
	const resolved = `\0${id}`;
	return {
		name: 'citegraph:permalinks',
		resolveId: (source) => (source === id ? resolved : undefined),
		load(source) {
			if (source !== resolved) return undefined;
			if (this.environment.config.consumer === 'server') {
				return `export * from '/src/routes/permalinks.server.ts';`;
			}
			return [
				`import { error } from '@sveltejs/kit';`,
				`const prerendered = () => error(404, 'A permalink page is prerendered: the browser loads it whole');`,
				`export const documentNodeEntries = prerendered;`,
				`export const homeNodeEntries = prerendered;`,
				`export const nodePermalink = prerendered;`
			].join('\n');
		}
	};
}

export default defineConfig({
	plugins: [permalinkData(), sveltekit()],
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
