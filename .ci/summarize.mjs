// Adds up the suites of a CI run into one closing line: "N passed, N failed".
//
// The check, lint and graph report steps count as one test each. Vitest and Playwright count
// their own tests from their JSON reports in test-results/. A suite is not trusted on its
// counts alone: it fails as a whole (counted once, on top of its failing tests) when its report
// is missing or unreadable, when it ran no test or skipped every one, when the runner's own
// verdict says it failed (Vitest's `success`, a file that failed outside its tests such as a
// throwing afterAll, Playwright's top-level `errors`), or when the command that ran it exited
// non-zero although no test failed.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {{ name: string, passed: number, failed: number, skipped: number, problems: string[] }} SuiteResult
 * @typedef {{ passed: number, failed: number, suites: SuiteResult[], lines: string[] }} Summary
 */

/**
 * Counts one step that is a single check (svelte-check, lint, the graph report).
 * @param {string} name
 * @param {'pass' | 'fail' | null} status what the step recorded; null if it never ran
 * @returns {SuiteResult}
 */
export function stepResult(name, status) {
	if (status === 'pass') return { name, passed: 1, failed: 0, skipped: 0, problems: [] };
	const problems = [status === 'fail' ? 'exited non-zero' : 'did not run'];
	return { name, passed: 0, failed: 1, skipped: 0, problems };
}

/**
 * Counts a Vitest JSON report (the `json` reporter's output, Jest's format).
 * @param {any} report the parsed report, or null when there is none
 * @param {'pass' | 'fail' | null} [exit] how the command that ran the suite ended, if known
 * @returns {SuiteResult}
 */
export function vitestResult(report, exit = null) {
	const name = 'unit (vitest)';
	if (!isObject(report) || !Array.isArray(report.testResults)) {
		return { name, passed: 0, failed: 1, skipped: 0, problems: ['no report'] };
	}
	let passed = 0;
	let failed = 0;
	let skipped = 0;
	const problems = [];
	for (const file of report.testResults) {
		const tests = Array.isArray(file.assertionResults) ? file.assertionResults : [];
		let fileFailures = 0;
		for (const test of tests) {
			if (test.status === 'passed') passed++;
			else if (test.status === 'failed') fileFailures++;
			else skipped++;
		}
		failed += fileFailures;
		// A file can fail with no failing test: it did not load, or a hook (beforeAll, afterAll)
		// threw. That is a failure of its own.
		if (file.status === 'failed' && fileFailures === 0) {
			failed++;
			problems.push(`${shortName(file.name)} failed outside its tests${firstLine(file.message)}`);
		}
	}
	if (report.success !== true) problems.push('Vitest reported the run as failed');
	return verdict(name, passed, failed, skipped, problems, exit);
}

/**
 * Counts a Playwright JSON report.
 * @param {any} report the parsed report, or null when there is none
 * @param {'pass' | 'fail' | null} [exit] how the command that ran the suite ended, if known
 * @returns {SuiteResult}
 */
export function playwrightResult(report, exit = null) {
	const name = 'browser (playwright)';
	if (!isObject(report) || !isObject(report.stats)) {
		return { name, passed: 0, failed: 1, skipped: 0, problems: ['no report'] };
	}
	const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
	const problems = [];
	let failed = unexpected;
	// Errors outside any test: the web server did not start, a spec file did not load, a
	// global setup threw. Each is a failure.
	const errors = Array.isArray(report.errors) ? report.errors : [];
	for (const error of errors) {
		failed++;
		problems.push(`error outside the tests${firstLine(error?.message)}`);
	}
	if (flaky > 0) problems.push(`${flaky} flaky (passed on a retry)`);
	return verdict(name, expected + flaky, failed, skipped, problems, exit);
}

/**
 * The final verdict on a suite from its counts: adds one failure when the counts look clean but
 * something says the run was not (no test ran, everything was skipped, the runner or the
 * command said it failed).
 * @param {string} name
 * @param {number} passed
 * @param {number} failed
 * @param {number} skipped
 * @param {string[]} problems what is already known to be wrong
 * @param {'pass' | 'fail' | null} exit
 * @returns {SuiteResult}
 */
function verdict(name, passed, failed, skipped, problems, exit) {
	if (passed + failed === 0) {
		problems.push(skipped > 0 ? `all ${skipped} tests were skipped` : 'no test ran');
	}
	if (exit === 'fail' && failed === 0) problems.push('the command exited non-zero');
	// A suite that something says is broken counts at least one failure.
	if (problems.some((p) => !p.includes('flaky')) && failed === 0) failed = 1;
	return { name, passed, failed, skipped, problems };
}

/**
 * Adds up every suite.
 * @param {SuiteResult[]} suites
 * @returns {Summary}
 */
export function summarize(suites) {
	let passed = 0;
	let failed = 0;
	const lines = [];
	for (const suite of suites) {
		passed += suite.passed;
		failed += suite.failed;
		let line = `${suite.name}: ${suite.passed} passed, ${suite.failed} failed`;
		if (suite.skipped > 0) line += `, ${suite.skipped} skipped`;
		if (suite.problems.length > 0) line += ` (${suite.problems.join('; ')})`;
		lines.push(line);
	}
	lines.push(`${passed} passed, ${failed} failed`);
	return { passed, failed, suites, lines };
}

/** @param {unknown} value @returns {value is Record<string, any>} */
function isObject(value) {
	return typeof value === 'object' && value !== null;
}

/** @param {unknown} message */
function firstLine(message) {
	if (typeof message !== 'string' || message.trim() === '') return '';
	const line = message.trim().split('\n')[0] ?? '';
	return `: ${line.length > 160 ? `${line.slice(0, 159)}…` : line}`;
}

/** @param {unknown} path */
function shortName(path) {
	const text = String(path ?? 'a test file');
	const at = text.indexOf('tests/');
	return at >= 0 ? text.slice(at) : text;
}

/** @param {string} file @returns {any} */
function readJson(file) {
	if (!existsSync(file)) return null;
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

/** What a step recorded in .ci/out/<name>: 'pass', 'fail', or null if it never ran. */
function recorded(/** @type {string} */ name) {
	const file = `.ci/out/${name}`;
	if (!existsSync(file)) return null;
	const text = readFileSync(file, 'utf8').trim();
	return text === 'pass' ? 'pass' : 'fail';
}

/** Reads what .ci/run left behind and prints the summary; exits 1 unless everything passed. */
function main() {
	const summary = summarize([
		stepResult('check', recorded('check')),
		stepResult('lint', recorded('lint')),
		stepResult('report', recorded('report')),
		vitestResult(readJson('test-results/unit.json'), recorded('unit')),
		playwrightResult(readJson('test-results/e2e.json'), recorded('e2e'))
	]);
	console.log(`\n${summary.lines.join('\n')}`);
	process.exit(summary.failed > 0 ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
