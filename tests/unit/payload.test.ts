/**
 * measurePayload on a tiny build written by hand: which modules the page loads first (static
 * imports, followed; import() left for later), and the sizes of pages, data and graph files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePayload } from '../../src/lib/server/payload';

const FILES: Record<string, string> = {
	'index.html':
		'<!doctype html><html><head>' +
		'<link href="./_app/immutable/entry/start.js" rel="modulepreload">' +
		'<link rel="stylesheet" href="./_app/immutable/assets/app.css">' +
		'</head><body><script>Promise.all([import("./_app/immutable/entry/app.js")]);</script></body></html>',
	'_app/immutable/entry/start.js': 'import{a}from"../chunks/shared.js";export const start=a;',
	'_app/immutable/entry/app.js':
		'import"../chunks/shared.js";import{v}from"../nodes/page.js";export{v};',
	'_app/immutable/nodes/page.js':
		'import{a}from"../chunks/shared.js";export const v=a;export const later=()=>import("../chunks/search.js");',
	'_app/immutable/chunks/shared.js': 'export const a=1;'.repeat(40),
	'_app/immutable/chunks/search.js': 'export const index="not on the first view";',
	'_app/immutable/assets/app.css': 'body{margin:0}',
	'stance.html': '<!doctype html><p>stance</p>',
	'node/a.html': '<p>' + 'a'.repeat(100) + '</p>',
	'node/a/__data.json': '{"a":' + '1'.repeat(50) + '}',
	'node/b.html': '<p>' + 'b'.repeat(200) + '</p>',
	'node/b/__data.json': '{"b":' + '2'.repeat(150) + '}',
	'd/other/node/c.html': '<p>' + 'c'.repeat(300) + '</p>',
	'd/other/index.html': '<p>other</p>',
	'graphs/doc.json': '{"nodes":[' + '0,'.repeat(99) + '0]}'
};
const FIRST_VIEW = [
	'_app/immutable/entry/start.js',
	'_app/immutable/entry/app.js',
	'_app/immutable/chunks/shared.js',
	'_app/immutable/nodes/page.js'
];

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'citegraph-payload-'));
	for (const [file, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), text);
	}
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (file: string) => FILES[file] ?? '';
const bytes = (file: string) => Buffer.byteLength(text(file));

describe('measurePayload', () => {
	it('counts the modules the page loads and what they import, not what loads on demand', async () => {
		const { firstViewJs } = await measurePayload(dir);
		expect([...firstViewJs.files].sort()).toEqual([...FIRST_VIEW].sort());
		expect(firstViewJs.bytes).toBe(FIRST_VIEW.reduce((sum, file) => sum + bytes(file), 0));
		expect(firstViewJs.gzipBytes).toBe(
			FIRST_VIEW.reduce((sum, file) => sum + gzipSync(text(file), { level: 9 }).length, 0)
		);
	});

	it('sizes the build, its pages, its graph files and the permalink pages with their data', async () => {
		const report = await measurePayload(dir);
		const all = Object.keys(FILES);
		expect(report.totalBytes).toBe(all.reduce((sum, file) => sum + bytes(file), 0));
		expect(report.files).toBe(all.length);
		expect(report.pages).toBe(6);
		// {"nodes":[ is 10 characters, 99 times "0," is 198, 0]} is 3.
		expect(report.graphs).toEqual({ files: 1, bytes: 10 + 198 + 3 });
		// a: 107 + 56, b: 207 + 156, c: 307 and no data file.
		expect(report.permalinks).toEqual({
			pages: 3,
			htmlBytes: 107 + 207 + 307,
			dataBytes: 56 + 156,
			bytesPerNode: Math.round((107 + 207 + 307 + 56 + 156) / 3)
		});
	});

	it('names what is missing', async () => {
		await expect(measurePayload(join(dir, 'nowhere'))).rejects.toThrow(
			`${join(dir, 'nowhere')} is not a built app: run \`npm run build\` first.`
		);
		await expect(measurePayload(dir, 'missing.html')).rejects.toThrow(
			`${join(dir, 'missing.html')} is missing`
		);
		writeFileSync(join(dir, 'broken.html'), '<link rel="modulepreload" href="./gone.js">');
		await expect(measurePayload(dir, 'broken.html')).rejects.toThrow(
			`${join(dir, 'broken.html')} loads ./gone.js, which is not in ${dir}.`
		);
		rmSync(join(dir, 'broken.html'));
	});
});
