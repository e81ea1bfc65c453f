/**
 * `npm run bench`: how long graph:build takes, and how much memory it uses, on generated
 * transcripts near the limits: ordinary paragraphs and one unbroken paragraph. Each case runs in
 * a scratch folder through the same build as graph:build; nothing in graph-data/ is touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BASE = 'tests/fixtures/bad/_base';
const SENTENCE = 'It is mature, and it is cheap, said the engineer. ';

/** The sound tiny document with its guest's answer grown to about `bytes`. */
function transcriptOf(bytes: number, oneParagraph: boolean): string {
	const count = Math.ceil(bytes / SENTENCE.length);
	const body = oneParagraph
		? SENTENCE.repeat(count).trim()
		: Array.from({ length: Math.ceil(count / 20) }, () => SENTENCE.repeat(20).trim()).join('\n\n');
	return readFileSync(join(BASE, 'transcript.txt'), 'utf8').replace('It is mature.', body);
}

const cases: [string, number, boolean][] = [
	['1 MB, one paragraph', 1_000_000, true],
	['5.6 MB, one paragraph', 5_600_000, true],
	['5.6 MB, paragraphs', 5_600_000, false],
	['19.9 MB, paragraphs', 19_900_000, false]
];

console.log('case                     seconds   peak memory');
for (const [name, bytes, oneParagraph] of cases) {
	const root = mkdtempSync(join(tmpdir(), 'citegraph-bench-'));
	try {
		cpSync(BASE, join(root, 'graph-data/bench'), { recursive: true });
		writeFileSync(join(root, 'graph-data/bench/transcript.txt'), transcriptOf(bytes, oneParagraph));
		const started = process.hrtime.bigint();
		const run = spawnSync(
			'/usr/bin/time',
			[
				'-f',
				'%M',
				process.execPath,
				join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'),
				join(process.cwd(), 'src/cli/build.ts')
			],
			{ cwd: root, encoding: 'utf8' }
		);
		const seconds = Number(process.hrtime.bigint() - started) / 1e9;
		if (run.status !== 0) throw new Error(`${name}: graph:build failed\n${run.stderr}`);
		const peakKb = Number(run.stderr.trim().split('\n').pop());
		console.log(
			`${name.padEnd(24)} ${seconds.toFixed(1).padStart(7)}   ${(peakKb / 1000).toFixed(0).padStart(6)} MB`
		);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
