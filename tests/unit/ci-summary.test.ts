/**
 * The CI summary (.ci/summarize.mjs) on crafted reports: it must not be fooled by a run that
 * looks green in its counts but is not.
 */
import { describe, expect, it } from 'vitest';
import { playwrightResult, stepResult, summarize, vitestResult } from '../../.ci/summarize.mjs';

/** A Vitest JSON report: one file per entry, its tests' statuses, the file's own status. */
function vitestReport(
	files: { status?: string; message?: string; tests: string[] }[],
	success = files.every((f) => f.status !== 'failed' && !f.tests.includes('failed'))
) {
	return {
		numTotalTests: files.reduce((n, f) => n + f.tests.length, 0),
		success,
		testResults: files.map((file, i) => ({
			name: `/repo/tests/unit/file${i}.test.ts`,
			status: file.status ?? (file.tests.includes('failed') ? 'failed' : 'passed'),
			message: file.message ?? '',
			assertionResults: file.tests.map((status, j) => ({ title: `test ${j}`, status }))
		}))
	};
}

/** A Playwright JSON report's stats and top-level errors. */
function playwrightReport(
	stats: { expected?: number; unexpected?: number; flaky?: number; skipped?: number },
	errors: { message: string }[] = []
) {
	return {
		stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0, ...stats },
		errors,
		suites: []
	};
}

describe('Vitest reports', () => {
	it('counts each passing and failing test', () => {
		const result = vitestResult(
			vitestReport([{ tests: ['passed', 'passed'] }, { tests: ['passed', 'failed', 'failed'] }])
		);
		expect([result.passed, result.failed]).toEqual([3, 2]);
	});

	it('a clean run of passing tests has no problems', () => {
		const result = vitestResult(vitestReport([{ tests: ['passed', 'passed'] }]), 'pass');
		expect(result).toEqual({
			name: 'unit (vitest)',
			passed: 2,
			failed: 0,
			skipped: 0,
			problems: []
		});
	});

	it('a failing afterAll in a file whose tests all passed is a failure', () => {
		const report = vitestReport([
			{ tests: ['passed'] },
			{ status: 'failed', message: 'Error: afterAll hook threw\n  at x', tests: ['passed'] }
		]);
		const result = vitestResult(report);
		expect([result.passed, result.failed]).toEqual([2, 1]);
		expect(result.problems.join()).toContain('tests/unit/file1.test.ts failed outside its tests');
		expect(result.problems.join()).toContain('afterAll hook threw');
	});

	it('a leaked rejection (success: false, every test passed) is a failure', () => {
		const report = vitestReport([{ tests: ['passed', 'passed'] }], false);
		const result = vitestResult(report);
		expect([result.passed, result.failed]).toEqual([2, 1]);
		expect(result.problems).toContain('Vitest reported the run as failed');
	});

	it('a file that failed to load counts once', () => {
		const report = vitestReport([
			{ tests: ['passed'] },
			{ status: 'failed', message: 'SyntaxError', tests: [] }
		]);
		expect(vitestResult(report).failed).toBe(1);
	});

	it('a run where every test was skipped is a failure', () => {
		const report = vitestReport([{ tests: ['skipped', 'skipped', 'todo'] }]);
		const result = vitestResult(report);
		expect([result.passed, result.failed, result.skipped]).toEqual([0, 1, 3]);
		expect(result.problems).toContain('all 3 tests were skipped');
	});

	it('a run of zero tests is a failure', () => {
		const result = vitestResult(vitestReport([]));
		expect([result.passed, result.failed]).toEqual([0, 1]);
		expect(result.problems).toContain('no test ran');
	});

	it('some skipped tests beside passing ones are reported, not failed', () => {
		const result = vitestResult(vitestReport([{ tests: ['passed', 'skipped'] }]));
		expect([result.passed, result.failed, result.skipped]).toEqual([1, 0, 1]);
	});

	it('a missing or unreadable report is a failure', () => {
		expect(vitestResult(null)).toMatchObject({ passed: 0, failed: 1, problems: ['no report'] });
		expect(vitestResult({ unexpected: 'shape' })).toMatchObject({ failed: 1 });
	});

	it('a command that exited non-zero with a clean report is a failure', () => {
		const result = vitestResult(vitestReport([{ tests: ['passed'] }]), 'fail');
		expect([result.passed, result.failed]).toEqual([1, 1]);
		expect(result.problems).toContain('the command exited non-zero');
	});

	it('failing tests are not counted twice when the command also failed', () => {
		const result = vitestResult(vitestReport([{ tests: ['passed', 'failed'] }]), 'fail');
		expect([result.passed, result.failed]).toEqual([1, 1]);
	});
});

describe('Playwright reports', () => {
	it('counts expected and flaky as passed, unexpected as failed', () => {
		const result = playwrightResult(playwrightReport({ expected: 5, unexpected: 2, flaky: 1 }));
		expect([result.passed, result.failed]).toEqual([6, 2]);
		expect(result.problems).toContain('1 flaky (passed on a retry)');
	});

	it('each error outside the tests (web server, a spec that does not load) is a failure', () => {
		const report = playwrightReport({ expected: 3 }, [
			{ message: 'Error: Timed out waiting 60000ms from config.webServer.' },
			{ message: 'SyntaxError in explorer.test.ts' }
		]);
		const result = playwrightResult(report);
		expect([result.passed, result.failed]).toEqual([3, 2]);
		expect(result.problems[0]).toContain('config.webServer');
	});

	it('an error with no test run at all is still one failure per error', () => {
		const report = playwrightReport({}, [{ message: 'Error: no tests found' }]);
		expect(playwrightResult(report)).toMatchObject({ passed: 0, failed: 1 });
	});

	it('a run where every test was skipped is a failure', () => {
		const result = playwrightResult(playwrightReport({ skipped: 40 }));
		expect([result.passed, result.failed, result.skipped]).toEqual([0, 1, 40]);
		expect(result.problems).toContain('all 40 tests were skipped');
	});

	it('a run of zero tests is a failure', () => {
		expect(playwrightResult(playwrightReport({}))).toMatchObject({
			passed: 0,
			failed: 1,
			problems: ['no test ran']
		});
	});

	it('a missing report is a failure', () => {
		expect(playwrightResult(null)).toMatchObject({ failed: 1, problems: ['no report'] });
	});

	it('a command that exited non-zero with a clean report is a failure', () => {
		const result = playwrightResult(playwrightReport({ expected: 4 }), 'fail');
		expect([result.passed, result.failed]).toEqual([4, 1]);
	});
});

describe('the closing line', () => {
	it('adds every suite and ends with "N passed, N failed"', () => {
		const summary = summarize([
			stepResult('check', 'pass'),
			stepResult('lint', 'fail'),
			stepResult('report', null),
			vitestResult(vitestReport([{ tests: ['passed', 'passed', 'failed'] }])),
			playwrightResult(playwrightReport({ expected: 7, skipped: 1 }))
		]);
		expect([summary.passed, summary.failed]).toEqual([10, 3]);
		expect(summary.lines.at(-1)).toBe('10 passed, 3 failed');
		expect(summary.lines).toContain('lint: 0 passed, 1 failed (exited non-zero)');
		expect(summary.lines).toContain('report: 0 passed, 1 failed (did not run)');
		expect(summary.lines).toContain('browser (playwright): 7 passed, 0 failed, 1 skipped');
	});

	it('an all-green run says 0 failed', () => {
		const summary = summarize([
			stepResult('check', 'pass'),
			vitestResult(vitestReport([{ tests: ['passed'] }]), 'pass'),
			playwrightResult(playwrightReport({ expected: 2 }), 'pass')
		]);
		expect(summary.lines.at(-1)).toBe('4 passed, 0 failed');
	});
});
