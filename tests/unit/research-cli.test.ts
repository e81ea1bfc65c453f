/**
 * `graph:export --format gexf|webannotation|qdpx` and `graph:import`, the real commands, on the
 * test document (built by `npm run test:unit`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HARBOUR_ID, HARBOUR_TRANSCRIPT } from './research-fixture';

const scratch = mkdtempSync(join(tmpdir(), 'citegraph-research-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) =>
	spawnSync('npx', ['tsx', script, ...args], { encoding: 'utf8' });
const graphExport = (...args: string[]) => run('src/cli/export.ts', ...args);
const graphImport = (...args: string[]) => run('src/cli/import.ts', ...args);

describe('graph:export, research formats', { timeout: 120_000 }, () => {
	it('GEXF without a layout in the graph file says it carries no positions', () => {
		const out = join(scratch, 'h.gexf');
		const result = graphExport('--format', 'gexf', '--document', HARBOUR_ID, '--out', out);
		expect(result.status).toBe(0);
		const gexf = readFileSync(out, 'utf8');
		expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
		expect(gexf).toContain('label="Shore power should come first"');
		if (gexf.includes('viz:position')) {
			expect(result.stderr).not.toContain('no layout');
		} else {
			expect(result.stderr).toContain('the graph file has no layout');
		}
	});

	it('GEXF with --layout carries the positions of that arrangement, as the graph file has them', () => {
		const file = readdirSync('graph-data/build').find((name) => name.startsWith('five-questions'))!;
		const built = JSON.parse(readFileSync(join('graph-data/build', file), 'utf8'));
		const position = (layout: string) => {
			const out = join(scratch, `${layout}.gexf`);
			const args = ['--format', 'gexf', '--document', 'five-questions-on-new-infrastructure'];
			const result = graphExport(...args, '--layout', layout, '--out', out);
			expect(result.status).toBe(0);
			const node = readFileSync(out, 'utf8').match(
				/<node id="wang-qing"[\s\S]*?<viz:position x="([-\d.]+)" y="([-\d.]+)"/
			)!;
			return { x: Number(node[1]), y: -Number(node[2]) };
		};
		for (const layout of ['question', 'overview']) {
			const expected = built.layout.arrangements[layout] ?? built.layout.positions;
			const at = position(layout);
			expect(at.x).toBeCloseTo(expected['wang-qing'].x, 1);
			expect(at.y).toBeCloseTo(expected['wang-qing'].y, 1);
		}
		expect(graphExport('--format', 'gexf', '--layout', 'circle', '--out', '-').stderr).toContain(
			'--layout must be one of speaker, question, overview, not "circle"'
		);
	});

	it('Web Annotation names the transcript at the site given', () => {
		const out = join(scratch, 'h.jsonld');
		const result = graphExport(
			'--format',
			'webannotation',
			'--document',
			HARBOUR_ID,
			'--site-url',
			'https://example.org/cg/',
			'--out',
			out
		);
		expect(result.status).toBe(0);
		const first = JSON.parse(readFileSync(out, 'utf8')).first.items[0];
		expect(first.target.source).toBe(`https://example.org/cg/d/${HARBOUR_ID}/transcript.txt`);
	});

	it('exports the corpus (--document corpus): each document’s citations in its own transcript', () => {
		const out = join(scratch, 'corpus.jsonld');
		const args = ['--format', 'webannotation', '--document', 'corpus'];
		const result = graphExport(...args, '--site-url', 'https://example.org', '--out', out);
		expect(result.status).toBe(0);
		const items = JSON.parse(readFileSync(out, 'utf8')).first.items as {
			target: { source: string; selector: [{ exact: string }, { start: number; end: number }] };
		}[];
		const compiled = readdirSync('graph-data/build')
			.filter((name) => name.endsWith('.graph.json'))
			.map((name) => name.slice(0, -'.graph.json'.length));
		expect(new Set(items.map((a) => a.target.source))).toEqual(
			new Set(compiled.map((id) => `https://example.org/d/${id}/transcript.txt`))
		);
		const roundtable = `https://example.org/d/${HARBOUR_ID}/transcript.txt`;
		const quote = items.find(
			(a) => a.target.selector[0].exact === 'Yes, shore power should come first.'
		);
		expect(quote?.target.source).toBe(roundtable);
		const { start, end } = quote!.target.selector[1];
		expect([...HARBOUR_TRANSCRIPT].slice(start, end).join('')).toBe(
			'Yes, shore power should come first.'
		);
	});

	it('refuses a document that is not compiled, naming the corpus among the choices', () => {
		const result = graphExport('--format', 'qdpx', '--document', 'no-such-thing', '--out', '-');
		expect(result.status).not.toBe(0);
		expect(result.stderr).toMatch(
			/no compiled graph for "no-such-thing"; .* \(or corpus, all of them\)/
		);
	});

	it('refuses a site address that is not http(s)', () => {
		const result = graphExport('--format', 'webannotation', '--site-url', 'ftp://x', '--out', '-');
		expect(result.stderr.trim()).toBe(
			'graph:export: --site-url must be an http(s) address, not "ftp://x"'
		);
		expect(result.status).toBe(1);
	});
});

describe('graph:import', { timeout: 120_000 }, () => {
	const qdpx = join(scratch, 'harbour.qdpx');
	const folder = join(scratch, 'imported');

	it('writes a document folder from an exported project, every segment anchored', () => {
		expect(graphExport('--format', 'qdpx', '--document', HARBOUR_ID, '--out', qdpx).status).toBe(0);
		const result = graphImport(qdpx, '--id', 'harbour-imported', '--out', folder);
		expect(result.stderr).toContain('9 claims, 3 topics');
		expect(result.stderr).toContain('0 segment(s) not anchored');
		expect(result.status).toBe(0);
		expect(readFileSync(join(folder, 'transcript.txt'), 'utf8')).toBe(HARBOUR_TRANSCRIPT);
		const yaml = readFileSync(join(folder, 'annotations.yaml'), 'utf8');
		expect(yaml).toContain('label: Shore power should come first');
	});

	it('will not write over a document without --force', () => {
		const result = graphImport(qdpx, '--id', 'harbour-imported', '--out', folder);
		expect(result.stderr).toContain('holds a document already; choose --id or --out, or --force');
		expect(result.status).toBe(1);
	});

	it('says what is wrong with a file that is not a project, and writes nothing', () => {
		const bogus = join(scratch, 'bogus.qdpx');
		writeFileSync(bogus, 'not a zip');
		const out = join(scratch, 'never');
		const result = graphImport(bogus, '--out', out);
		expect(result.stderr).toMatch(/^graph:import: .*bogus\.qdpx: not a zip file/);
		expect(result.status).toBe(1);
		expect(existsSync(out)).toBe(false);
	});
});
