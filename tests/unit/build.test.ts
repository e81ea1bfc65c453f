import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INTERVIEW_ID } from './helpers';

/** Runs `npm run graph:build` the way a person does, in a scratch copy of graph-data/. */
function graphBuild(root: string) {
	return spawnSync(
		process.execPath,
		[join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), join(process.cwd(), 'src/cli/build.ts')],
		{ cwd: root, encoding: 'utf8' }
	);
}

describe('graph:build', { timeout: 120_000 }, () => {
	let root: string;
	const output = () => join(root, 'graph-data/build', `${INTERVIEW_ID}.graph.json`);
	const annotations = () => join(root, 'graph-data', INTERVIEW_ID, 'annotations.yaml');

	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'citegraph-build-'));
		cpSync(join('graph-data', INTERVIEW_ID), join(root, 'graph-data', INTERVIEW_ID), {
			recursive: true
		});
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	it('writes one graph per document folder', () => {
		const run = graphBuild(root);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(`graph-data/build/${INTERVIEW_ID}.graph.json`);
		expect(JSON.parse(readFileSync(output(), 'utf8'))).toMatchObject({ type: 'citegraph.graph' });
	}, 60_000);

	it('on failure exits non-zero, names file and line, and leaves the previous output byte for byte', () => {
		expect(graphBuild(root).status).toBe(0);
		const before = readFileSync(output());
		const broken = readFileSync(annotations(), 'utf8').replace(
			/^claims:\n/m,
			"claims:\n  - id: invented\n    speaker: wang-qing\n    label: Invented\n    statement: Invented.\n    quotes: ['words nobody said']\n"
		);
		writeFileSync(annotations(), broken);
		const run = graphBuild(root);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(
			new RegExp(
				`graph-data/${INTERVIEW_ID}/annotations\\.yaml:\\d+:\\d+: error: quote not found in transcript\\.txt`
			)
		);
		expect(run.stderr).toContain('nothing was written');
		expect(readFileSync(output()).equals(before)).toBe(true);
	}, 60_000);

	it('refuses a folder without annotations, naming it', () => {
		rmSync(annotations());
		const run = graphBuild(root);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`graph-data/${INTERVIEW_ID}:1:1: error: missing annotations.yaml`);
	}, 60_000);
});

describe('the published JSON Schema', () => {
	it('is up to date with the valibot schema (run `npm run graph:schema` if not)', async () => {
		const { graphJsonSchemaText, GRAPH_SCHEMA_FILE } =
			await import('../../src/lib/server/json-schema');
		expect(readFileSync(GRAPH_SCHEMA_FILE, 'utf8')).toBe(graphJsonSchemaText());
	});

	it('accepts the compiled interview and rejects a graph with an edge that cites nothing', async () => {
		const { default: Ajv } = await import('ajv');
		const { GRAPH_SCHEMA_FILE } = await import('../../src/lib/server/json-schema');
		const { compiledInterview } = await import('./helpers');
		const validate = new Ajv({ allErrors: true, strict: false }).compile(
			JSON.parse(readFileSync(GRAPH_SCHEMA_FILE, 'utf8'))
		);
		const graph = compiledInterview();
		expect(validate(graph), JSON.stringify(validate.errors)).toBe(true);
		const uncited = structuredClone(graph);
		uncited.edges[0]!.citations = [];
		expect(validate(uncited)).toBe(false);
	});
});
