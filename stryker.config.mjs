// Mutation testing of the core (`npm run test:mutation`): StrykerJS changes the code of
// src/lib/graph and src/lib/state one small fault at a time and runs the unit tests that cover
// it; a fault no test notices is a surviving mutant. See "Mutation testing" in README.md.
// Incremental: reruns reuse reports/stryker-incremental.json (git-ignored, per machine) and only
// test mutants whose code or tests changed. `npm run test:mutation -- --force` starts over;
// `npm run test:mutation -- --mutate src/lib/graph/anchor.ts` tests one file.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.mutation.config.ts' },
	checkers: ['typescript'],
	tsconfigFile: 'tsconfig.stryker.json',
	typescriptChecker: { prioritizePerformanceOverAccuracy: true },
	mutate: [
		'src/lib/graph/**/*.ts',
		'src/lib/state/**/*.ts',
		// Re-exports and declarations only: nothing to mutate.
		'!src/lib/graph/index.ts',
		'!src/lib/state/theme.svelte.ts'
	],
	coverageAnalysis: 'perTest',
	incremental: true,
	incrementalFile: 'reports/stryker-incremental.json',
	// Two shared cores: one or two test processes at a time.
	concurrency: 2,
	timeoutMS: 20000,
	reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	thresholds: { high: 90, low: 85, break: 85 },
	ignorePatterns: [
		'build',
		'.svelte-kit/output',
		'test-results',
		'reports',
		// The compiled graphs are git-ignored but the tests read them.
		'!graph-data/build/*.graph.json'
	]
};
