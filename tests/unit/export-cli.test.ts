/**
 * graph:export's messages for options it cannot honour, and its writes: whole or not at all.
 * These run the real command (no browser is needed: every case stops before one starts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportNumbersProblem } from '../../src/cli/export-options';
import { writeAtomically } from '../../src/lib/server/build-graphs';

const scratch = mkdtempSync(join(tmpdir(), 'citegraph-export-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function graphExport(...args: string[]) {
	return spawnSync(
		process.execPath,
		[join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), 'src/cli/export.ts', ...args],
		{ encoding: 'utf8' }
	);
}

describe('graph:export refuses numbers it cannot use', () => {
	const defaults = { scale: '2', viewport: '1280x800' };
	it.each([
		[
			{ scale: '0.0001' },
			'--scale 0.0001 is too small: the image would be a speck; use 0.1 or more (1, 2 or 4 are usual)'
		],
		[
			{ scale: '1000' },
			'--scale 1000 is too large for any browser to draw; use 64 or less (when the image is still too large, the message names the largest scale that works)'
		],
		[{ scale: 'big' }, '--scale must be a positive number, such as 1, 2 or 4, not "big"'],
		[{ scale: 'Infinity' }, '--scale must be a positive number, such as 1, 2 or 4, not "Infinity"'],
		[{ zoom: '0' }, '--zoom must be a positive number, not "0"'],
		[
			{ viewport: '0x0' },
			'--viewport 0x0: width and height must each be between 100 and 10,000 pixels, e.g. 1280x800'
		],
		[{ viewport: '1280' }, '--viewport must be WIDTHxHEIGHT, e.g. 1280x800, not "1280"'],
		[{}, null],
		[{ scale: '0.1', viewport: '100x10000' }, null]
	])('%j', (args, message) => {
		expect(exportNumbersProblem({ ...defaults, ...args })).toBe(message);
	});
});

describe('graph:export, the real command', () => {
	it('an unknown format with other options says so and exits 1', () => {
		const run = graphExport('--format', 'jpeg', '--no-positions', '--out', join(scratch, 'x'));
		expect(run.stderr.split('\n')[0]).toBe(
			'graph:export: --format must be one of png, svg, pdf, cyjs, graphml, csv, graph, not "jpeg"'
		);
		expect(run.status).toBe(1);
	}, 60_000);

	it('writes over a folder neither the file nor a temporary one', () => {
		const folder = join(scratch, 'claims.csv');
		mkdirSync(folder);
		const run = graphExport('--format', 'csv', '--out', folder);
		expect(run.stderr).toBe(
			`graph:export: cannot write ${folder}: it is a folder, where a file belongs. Remove or rename the folder.\n`
		);
		expect(run.status).toBe(1);
		expect(readdirSync(scratch).filter((n) => n.endsWith('.tmp'))).toEqual([]);
	}, 60_000);
});

describe('writeAtomically', () => {
	it('says which folder is missing', () => {
		const file = join(scratch, 'missing-folder', 'claims.csv');
		expect(() => writeAtomically(file, 'x')).toThrow(
			`cannot write ${file}: the folder it goes in does not exist. Create it, or choose another path.`
		);
	});

	it('replaces a file whole, leaving no temporary file', () => {
		const file = join(scratch, 'whole.txt');
		writeFileSync(file, 'old');
		writeAtomically(file, 'new');
		expect(readFileSync(file, 'utf8')).toBe('new');
		expect(readdirSync(scratch).filter((n) => n.startsWith('whole.txt'))).toEqual(['whole.txt']);
	});
});
