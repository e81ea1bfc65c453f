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
	// The TypeScript checker (which skips mutants that would not compile) is off by default: on the
	// shared 2-core machine it took 37 s to start and one of the two concurrency slots (one
	// checker and one test runner instead of two runners), which costs more than running the few
	// ill-typed mutants. `-- --checkers typescript` turns it on.
	checkers: [],
	tsconfigFile: 'tsconfig.stryker.json',
	typescriptChecker: { prioritizePerformanceOverAccuracy: true },
	mutate: [
		'src/lib/graph/**/*.ts',
		'src/lib/state/**/*.ts',
		// Re-exports and declarations only: nothing to mutate.
		'!src/lib/graph/index.ts',
		'!src/lib/state/theme.svelte.ts'
	],
	// Each mutant runs only the tests that executed its code. Most test files compile the interview
	// when they load, so nearly every mutant of the compiler is also "static" (run at import); by
	// default Stryker runs the whole suite for those (about 20 s each here), which made anchor.ts
	// and url.ts alone take over an hour. With ignoreStatic, a mutant that some test also runs is
	// tested with those tests; one that only import-time code reaches is reported as Ignored
	// (counted in the README, not in the score).
	coverageAnalysis: 'perTest',
	ignoreStatic: true,
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
