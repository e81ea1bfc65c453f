/** A scratch graph-data/ with two small, sound documents ("tiny" and "other"), for build tests. */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGraphBuild } from '../../src/lib/server/build-command';

export const FIXTURES = 'tests/fixtures/bad';

export function scratchRoot(): string {
	const root = mkdtempSync(join(tmpdir(), 'citegraph-bad-'));
	for (const id of ['tiny', 'other']) {
		cpSync(join(FIXTURES, '_base'), join(root, 'graph-data', id), { recursive: true });
	}
	return root;
}

export function build(root: string) {
	return runGraphBuild({
		root,
		dataDir: join(root, 'graph-data'),
		outDir: join(root, 'graph-data/build')
	});
}

/** Every file of the output folder with its bytes. */
export function snapshot(root: string): Record<string, string> {
	const dir = join(root, 'graph-data/build');
	return Object.fromEntries(
		readdirSync(dir)
			.sort()
			.map((name) => [name, readFileSync(join(dir, name)).toString('base64')])
	);
}
