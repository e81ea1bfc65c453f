/**
 * The research formats from the Export menu, each read as its consumer reads it: GEXF by
 * networkx (as Gephi users script it), Web Annotation as JSON-LD whose selectors point into the
 * transcript the site publishes, REFI-QDA as a zip whose project file the published schema
 * accepts. On the test document, whose words are known by hand.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, graphs, openGraph, test, TEST_DOCUMENT_ID } from './fixtures';

const harbour = graphs.find((g) => g.document.id === TEST_DOCUMENT_ID)!;
const TRANSCRIPT = readFileSync(
	`tests/fixtures/documents/${TEST_DOCUMENT_ID}/transcript.txt`,
	'utf8'
);
const PAGE = `/d/${TEST_DOCUMENT_ID}`;

test.describe.configure({ timeout: 120_000 });

function today(): string {
	const now = new Date();
	return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
		.map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'))
		.join('-');
}

/** Exports `format` (its radio's name) from the menu; returns the saved file. */
async function exportFromMenu(page: Page, format: string) {
	await page.getByRole('button', { name: 'Export…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Export' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('radio', { name: format, exact: true }).check();
	await dialog.getByRole('radio', { name: 'Whole graph', exact: true }).check();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: /^Export / }).click()
	]);
	const path = await download.path();
	await expect(dialog.getByRole('status')).toHaveText(/^Saved /);
	return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

function python(): string {
	for (const candidate of ['python3', '/usr/bin/python3']) {
		try {
			execFileSync(candidate, ['-c', 'import networkx'], { stdio: 'ignore' });
			return candidate;
		} catch {
			// next
		}
	}
	throw new Error('No Python with networkx: apt-get install -y python3-networkx');
}

test('GEXF from the Export menu: networkx reads every node with its colour, size and position as drawn', async ({
	page
}) => {
	await openGraph(page, PAGE);
	const file = await exportFromMenu(page, 'GEXF');
	expect(file.name).toBe(`${TEST_DOCUMENT_ID}_whole-graph_${today()}.gexf`);
	const read = JSON.parse(
		execFileSync(
			python(),
			[
				'-c',
				`import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({"nodes": dict(g.nodes(data=True)), "edges": [dict(d, source=u, target=v) for u, v, d in g.edges(data=True)]}))`,
				file.path
			],
			{ encoding: 'utf8' }
		)
	);
	expect(Object.keys(read.nodes)).toHaveLength(harbour.nodes.length);
	expect(read.edges).toHaveLength(harbour.edges.length);
	const drawn = await page.evaluate(() => {
		const node = window.cy!.getElementById('alvarez-shore-power-first');
		return { ...node.position(), width: node.width(), colour: node.style('background-color') };
	});
	const claim = read.nodes['alvarez-shore-power-first'];
	expect(claim).toMatchObject({
		label: 'Shore power should come first',
		type: 'claim',
		cited_text: 'Yes, shore power should come first.'
	});
	expect(claim.viz.position.x).toBeCloseTo(drawn.x, 1);
	expect(claim.viz.position.y).toBeCloseTo(-drawn.y, 1);
	expect(claim.viz.size).toBeCloseTo(drawn.width, 1);
	const [r, g, b] = drawn.colour.match(/\d+/g)!.map(Number);
	expect([claim.viz.color.r, claim.viz.color.g, claim.viz.color.b]).toEqual([r, g, b]);
	const disagreement = read.edges.find(
		(e: Record<string, string>) =>
			e.source === 'becker-ferries-only' && e.relation === 'disagrees-with'
	);
	expect(disagreement.cited_text).toBe('Shore power should come first for ferries only.');
});

test('Web Annotation from the Export menu: every selector points at its words in the published transcript', async ({
	page,
	baseURL
}) => {
	await openGraph(page, PAGE);
	const file = await exportFromMenu(page, 'Web Annotation');
	expect(file.name).toBe(`${TEST_DOCUMENT_ID}_citations-whole-graph_${today()}.jsonld`);
	const collection = JSON.parse(file.bytes.toString('utf8'));
	expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
	const items = collection.first.items as {
		target: {
			source: string;
			creator?: { name: string };
			selector: [{ exact: string; prefix: string }, { start: number; end: number }];
		};
		body: { value?: string; id?: string }[];
	}[];
	const source = `${baseURL!.replace(/\/$/, '')}/d/${TEST_DOCUMENT_ID}/transcript.txt`;
	// The transcript the annotations name is the site's, verbatim.
	const published = await page.request.get(source);
	expect(await published.text()).toBe(TRANSCRIPT);
	const points = [...TRANSCRIPT];
	for (const { target } of items) {
		expect(target.source).toBe(source);
		const [quote, position] = target.selector;
		expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
	}
	const claim = items.find((a) => a.body.some((b) => b.value === 'alvarez-shore-power-first'))!;
	expect(claim.target.selector[0].exact).toBe('Yes, shore power should come first.');
	expect(claim.target.creator?.name).toBe('Ines Alvarez');
	expect(claim.body.map((b) => b.id).filter(Boolean)).toEqual([
		`${baseURL!.replace(/\/$/, '')}/d/${TEST_DOCUMENT_ID}/node/alvarez-shore-power-first`
	]);
});

test('REFI-QDA from the Export menu: a .qdpx whose project the published schema accepts', async ({
	page
}) => {
	await openGraph(page, PAGE);
	const file = await exportFromMenu(page, 'REFI-QDA');
	expect(file.name).toBe(`${TEST_DOCUMENT_ID}_whole-graph_${today()}.qdpx`);
	const zip = unzipSync(new Uint8Array(file.bytes));
	const sources = Object.keys(zip).filter((name) => name.startsWith('sources/'));
	expect(sources).toHaveLength(1);
	expect(strFromU8(zip[sources[0]!]!)).toBe(TRANSCRIPT);
	const dir = mkdtempSync(join(tmpdir(), 'citegraph-e2e-qdpx-'));
	try {
		const qde = join(dir, 'project.qde');
		writeFileSync(qde, zip['project.qde']!);
		const verdict = execFileSync(
			'xmllint',
			['--noout', '--schema', 'tests/fixtures/formats/refi-qda-project-1.0.xsd', qde],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
		);
		expect(verdict).toBe('');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	const project = strFromU8(zip['project.qde']!);
	expect(project).toContain('name="Shore power should come first"');
	expect(project).toContain('<Case guid="');
});
