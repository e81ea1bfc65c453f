/**
 * The bad-input suite: every case in tests/fixtures/bad/<case>/ replaces files of a small, sound
 * document (tests/fixtures/bad/_base) in a scratch copy of graph-data/ that already has a
 * compiled graph, runs graph:build (in-process, through the function the command calls; the
 * command's exit status is tested in build.test.ts and build-writes.test.ts), and checks that
 * it fails with status 1 and exactly the message in <case>/expected.txt (file, line, what to
 * do), and leaves the previous graphs byte for byte.
 * Cases whose files would be large are generated here (GENERATED).
 */
import { cpSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	MAX_ANNOTATIONS_BYTES,
	MAX_PARAGRAPH_CHARS,
	MAX_TRANSCRIPT_BYTES
} from '../../src/lib/graph';
import { build, FIXTURES, scratchRoot, snapshot } from './build-fixtures';

const DOC = 'tiny';

/** Files of the document to delete, by case. */
const REMOVED: Record<string, string[]> = {
	'annotations-without-transcript': ['transcript.txt'],
	'transcript-without-annotations': ['annotations.yaml']
};

/** Cases whose files would be large, written into the document folder by the test. */
const GENERATED: Record<string, (folder: string) => void> = {
	// Sparse files: the size is checked before anything is read.
	'transcript-too-large': (folder) => truncateSync(join(folder, 'transcript.txt'), 20_000_001),
	'annotations-too-large': (folder) => truncateSync(join(folder, 'annotations.yaml'), 5_000_001),
	'paragraph-too-long': (folder) => {
		const transcript = readFileSync(join(folder, 'transcript.txt'), 'utf8');
		const paragraph = 'Blah blah. '.repeat(Math.ceil((MAX_PARAGRAPH_CHARS + 1) / 11));
		writeFileSync(join(folder, 'transcript.txt'), `${transcript}\n${paragraph}\n`);
	}
};

const cases = readdirSync(FIXTURES)
	.filter((name) => !name.startsWith('_'))
	.sort();

describe('graph:build on bad input', () => {
	let root: string;
	beforeEach(() => {
		root = scratchRoot();
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	it('has limits large enough for real interviews', () => {
		expect(MAX_TRANSCRIPT_BYTES).toBe(20_000_000);
		expect(MAX_ANNOTATIONS_BYTES).toBe(5_000_000);
		expect(MAX_PARAGRAPH_CHARS).toBe(8_000_000);
	});

	it.each(cases)(
		'%s: exact message, exit 1, previous graphs unchanged',
		(name) => {
			expect(build(root).status).toBe(0);
			const before = snapshot(root);
			const folder = join(root, 'graph-data', DOC);
			const caseDir = join(FIXTURES, name);
			for (const file of readdirSync(caseDir).filter((f) => f !== 'expected.txt')) {
				cpSync(join(caseDir, file), join(folder, file));
			}
			for (const file of REMOVED[name] ?? []) rmSync(join(folder, file));
			GENERATED[name]?.(folder);

			const run = build(root);
			const expected = readFileSync(join(caseDir, 'expected.txt'), 'utf8');
			expect(run.stderr).toBe(expected);
			expect(run.status).toBe(1);
			expect(run.stdout).toBe('');
			expect(snapshot(root)).toEqual(before);
		},
		60_000
	);
});
