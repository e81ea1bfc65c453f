// Adds up the suites of a CI run into one closing line: "N passed, N failed".
// Vitest and Playwright count their own tests (JSON reports in test-results/); the check, lint
// and graph report steps count as one test each. A suite that should have reported and did not is a failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const lines = [];

for (const step of ['check', 'lint', 'report']) {
	const ok =
		existsSync(`.ci/out/${step}`) && readFileSync(`.ci/out/${step}`, 'utf8').trim() === 'pass';
	if (ok) passed++;
	else failed++;
	lines.push(`${step}: ${ok ? 'passed' : 'failed'}`);
}

const unit = readJson('test-results/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	// A test file that fails to load has no tests of its own to fail: count it once.
	const brokenFiles = unit.testResults.filter(
		(f) => f.status === 'failed' && f.assertionResults.length === 0
	).length;
	const bad = unit.numFailedTests + brokenFiles;
	failed += bad;
	lines.push(`unit (vitest): ${unit.numPassedTests} passed, ${bad} failed`);
} else {
	failed++;
	lines.push('unit (vitest): no report (the suite did not run to the end)');
}

const e2e = readJson('test-results/e2e.json');
if (e2e) {
	const ok = e2e.stats.expected + e2e.stats.flaky;
	const bad = e2e.stats.unexpected + (e2e.errors?.length ?? 0);
	passed += ok;
	failed += bad;
	lines.push(`browser (playwright): ${ok} passed, ${bad} failed, ${e2e.stats.skipped} skipped`);
} else {
	failed++;
	lines.push('browser (playwright): no report (the suite did not run)');
}

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function readJson(file) {
	if (!existsSync(file)) return null;
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}
