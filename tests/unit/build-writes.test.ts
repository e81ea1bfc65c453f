/**
 * graph:build's writes are all or nothing, and what it accepts at the edges: a byte order mark,
 * reused YAML anchors, a very long paragraph.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGraphBuild } from '../../src/lib/server/build-command';
import { build, scratchRoot, snapshot } from './build-fixtures';

const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('graph:build writes', () => {
	let root: string;
	const out = () => join(root, 'graph-data/build');
	const options = () => ({
		root,
		dataDir: join(root, 'graph-data'),
		outDir: out()
	});
	beforeEach(() => {
		root = scratchRoot();
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	it('a disk that fills while writing the second graph leaves both previous graphs and no temporary file', () => {
		expect(build(root).status).toBe(0);
		const before = snapshot(root);
		// Change both documents, so that a mixed set would show.
		for (const id of ['tiny', 'other']) {
			const file = join(root, 'graph-data', id, 'annotations.yaml');
			writeFileSync(
				file,
				readFileSync(file, 'utf8').replace('label: 5G\n', 'label: Fifth generation\n')
			);
		}
		let writes = 0;
		const run = runGraphBuild({
			...options(),
			io: {
				writeFile(path, content) {
					if (++writes === 2) throw fsError('ENOSPC');
					writeFileSync(path, content);
				}
			}
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toBe(
			'graph:build: cannot write graph-data/build/tiny.graph.json: the disk is full. Free some space and run it again.\n' +
				'graph:build failed; the previous graphs are unchanged.\n'
		);
		expect(snapshot(root)).toEqual(before);
	});

	it('a rename that fails leaves no temporary file and says which path', () => {
		expect(build(root).status).toBe(0);
		const run = runGraphBuild({
			...options(),
			io: {
				rename() {
					throw fsError('EACCES');
				}
			}
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(
			'graph:build: cannot replace graph-data/build/other.graph.json: permission denied. Make it writable for you (chmod/chown), or choose another folder.'
		);
		expect(readdirSync(out()).sort()).toEqual(['other.graph.json', 'tiny.graph.json']);
	});

	it('removes temporary files left by a killed run', () => {
		mkdirSync(out(), { recursive: true });
		writeFileSync(join(out(), 'tiny.graph.json.12345.tmp'), '{"half": ');
		writeFileSync(join(out(), 'notes.txt'), 'not ours');
		expect(build(root).status).toBe(0);
		expect(readdirSync(out()).sort()).toEqual(['notes.txt', 'other.graph.json', 'tiny.graph.json']);
	});

	it('removes the graph of a deleted document, so the app stops serving it', () => {
		expect(build(root).status).toBe(0);
		rmSync(join(root, 'graph-data/other'), { recursive: true });
		const run = build(root);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(
			'graph-data/build/other.graph.json: removed (its document folder is gone)'
		);
		expect(readdirSync(out())).toEqual(['tiny.graph.json']);
	});

	it('building one document keeps the others', () => {
		expect(build(root).status).toBe(0);
		const run = runGraphBuild({ ...options(), only: ['tiny'] });
		expect(run.status).toBe(0);
		expect(readdirSync(out()).sort()).toEqual(['other.graph.json', 'tiny.graph.json']);
	});

	it('an output folder that is a file is told as a sentence with exit 1 (the real command, no stack trace)', () => {
		writeFileSync(join(root, 'not-a-folder'), '');
		const run = spawnSync(
			process.execPath,
			[
				join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'),
				join(process.cwd(), 'src/cli/build.ts')
			],
			{
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, CITEGRAPH_OUT: 'not-a-folder/build' }
			}
		);
		expect(run.status).toBe(1);
		expect(run.stderr).toBe(
			'graph:build: cannot create the folder not-a-folder/build: a part of this path is a file, not a folder. Remove or rename that file, or choose another folder.\n' +
				'graph:build failed; the previous graphs are unchanged.\n'
		);
	}, 60_000);
});

describe('graph:build accepts', () => {
	let root: string;
	const folder = () => join(root, 'graph-data/tiny');
	const graph = () =>
		JSON.parse(readFileSync(join(root, 'graph-data/build/tiny.graph.json'), 'utf8'));
	beforeEach(() => {
		root = scratchRoot();
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	it('a byte order mark on both files: kept in the transcript (offsets stay true), skipped in the YAML', () => {
		for (const name of ['transcript.txt', 'annotations.yaml']) {
			const file = join(folder(), name);
			writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
		}
		expect(build(root).stderr).toBe('');
		const g = graph();
		expect(g.document.title).toBe('A Tiny Interview');
		const source = readFileSync(join(folder(), 'transcript.txt'), 'utf8');
		for (const s of g.sentences) expect(source.slice(s.start, s.end)).toBe(s.text);
		expect(g.sentences.map((s: { text: string }) => s.text)).toContain('I think 5G comes first.');
	});

	it('an anchor reused 120 times', () => {
		const file = join(folder(), 'annotations.yaml');
		const entities = [
			"  - { id: e0, type: concept, label: E0, description: &d 'A mobile network generation', quotes: ['It is mature.'] }\n",
			...Array.from(
				{ length: 120 },
				(_, i) =>
					`  - { id: e${i + 1}, type: concept, label: E${i + 1}, description: *d, quotes: ['It is mature.'] }\n`
			)
		].join('');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('entities:\n', `entities:\n${entities}`)
		);
		expect(build(root).stderr).toBe('');
		const e120 = graph().nodes.find((n: { id: string }) => n.id === 'e120');
		expect(e120.description).toBe('A mobile network generation');
	});

	it('a 5.6 MB transcript that is one paragraph', () => {
		const file = join(folder(), 'transcript.txt');
		const sentences = 'It is mature, and it is cheap. '.repeat(Math.ceil(5_600_000 / 31));
		writeFileSync(file, readFileSync(file, 'utf8').replace('It is mature.', sentences.trim()));
		const run = build(root);
		expect(run.stderr).toBe('');
		const answer = graph().turns.find((t: { node: string }) => t.node === 'q1-guest-person');
		expect(graph().sentences.filter((s: { turn: string }) => s.turn === answer.id)).toHaveLength(
			1 + Math.ceil(5_600_000 / 31)
		);
	}, 120_000);
});

it('the fixtures exist', () =>
	expect(existsSync('tests/fixtures/bad/_base/transcript.txt')).toBe(true));
