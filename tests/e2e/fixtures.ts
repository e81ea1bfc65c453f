/**
 * What every browser test shares: the compiled graphs the app was built from, a fixture that
 * fails a test on any console error or warning, page error, failed request or HTTP error, a page
 * with JavaScript off, the downloads a test made, helpers that drive the graph page as a reader
 * does and read what the reader sees, and an axe-core check.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
	test as base,
	expect,
	type BrowserContext,
	type Locator,
	type Page
} from '@playwright/test';
import type { ImportedDocument } from '../../src/lib/graph/import-document';
import type { Graph, GraphEdge, GraphNode, NodeOfType, NodeType } from '../../src/lib/graph/schema';

export { expect };

// ---------------------------------------------------------------------------------------------
// The compiled graphs the app was built from
// ---------------------------------------------------------------------------------------------

const BUILD = 'graph-data/build';
const files = readdirSync(BUILD)
	.filter((name) => name.endsWith('.graph.json'))
	.sort();
if (files.length === 0) {
	throw new Error(`No compiled graphs in ${BUILD}: run \`npm run build\` before the e2e tests.`);
}

/** The compiled files, in the order the app lists them. */
export const graphFiles: string[] = files.map((name) => join(BUILD, name));

/** Every compiled graph, in the order the app lists them. */
export const graphs: Graph[] = graphFiles.map((file) => JSON.parse(readFileSync(file, 'utf8')));

/** The small document written for the tests (tests/fixtures/documents), see README.md. */
export const TEST_DOCUMENT_ID = 'harbour-power-roundtable';
if (!graphs.some((graph) => graph.document.id === TEST_DOCUMENT_ID)) {
	throw new Error(
		`The test document ${TEST_DOCUMENT_ID} is not in ${BUILD}: build with \`npm run test:e2e\`, ` +
			'or `npm run graph:build -- --with-test-documents && npx vite build`.'
	);
}

/** The graph the home page shows, and its file. */
export const home = graphs[0]!;
export const homeFile = graphFiles[0]!;

export function nodeById(graph: Graph, id: string): GraphNode {
	const node = graph.nodes.find((candidate) => candidate.id === id);
	if (!node) throw new Error(`node ${id} is not in ${graph.document.id}`);
	return node;
}

export function edgeById(graph: Graph, id: string): GraphEdge {
	const edge = graph.edges.find((candidate) => candidate.id === id);
	if (!edge) throw new Error(`edge ${id} is not in ${graph.document.id}`);
	return edge;
}

/** A node of the home document (or of `graph`) by id. */
export const nodeOf = (id: string, graph: Graph = home): GraphNode => nodeById(graph, id);

/** The nodes of one type. */
export function nodesOfType<T extends NodeType>(graph: Graph, type: T): NodeOfType<T>[] {
	return graph.nodes.filter((node): node is NodeOfType<T> => node.type === type);
}

/** The claim that quotes `words`: tests find claims by what was said, not by their ids. */
export function claimQuoting(words: string, graph: Graph = home) {
	const claim = graph.nodes.find(
		(n) => n.type === 'claim' && n.quotes.some((q) => q.text.includes(words))
	);
	if (claim?.type !== 'claim')
		throw new Error(`no claim in ${graph.document.id} quotes "${words}"`);
	return claim;
}

/** The display name of a speaker. */
export function speakerName(id: string, graph: Graph = home): string {
	const speaker = nodeOf(id, graph);
	return speaker.type === 'speaker' ? speaker.name : speaker.label;
}

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

/** Collects console errors and warnings, page errors, failed requests and HTTP errors. */
function watch(page: Page, problems: string[]) {
	page.on('console', (message) => {
		// Chromium's own note on its software GL (a page drawn with WebGL reads pixels back from
		// it), not the app's.
		if (/^\[\.WebGL-[^\]]+\]GL Driver Message /.test(message.text())) return;
		if (message.type() === 'error' || message.type() === 'warning') {
			problems.push(`console.${message.type()}: ${message.text()}`);
		}
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText;
		// The browser cancelling a request (the page navigated or closed while the favicon was
		// still loading) is not a failure of the app; a refused or broken one is, and a missing
		// file shows as an HTTP status below.
		if (reason === 'net::ERR_ABORTED') return;
		problems.push(`request failed: ${request.url()} (${reason})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
}

/**
 * `pageProblems` (automatic): the test fails if its page logs an error or a warning, throws, or
 * a request fails. `noScript`: a page in a fresh context with JavaScript disabled, watched the
 * same way. `downloads`: the names of the files the page saved.
 */
export const test = base.extend<{ pageProblems: string[]; noScript: Page; downloads: string[] }>({
	pageProblems: [
		async ({ page }, use) => {
			const problems: string[] = [];
			watch(page, problems);
			await use(problems);
			expect(problems, 'console errors, page errors and failed requests').toEqual([]);
		},
		{ auto: true }
	],
	noScript: async ({ browser, pageProblems, baseURL }, use) => {
		const context: BrowserContext = await browser.newContext({
			javaScriptEnabled: false,
			baseURL
		});
		const page = await context.newPage();
		watch(page, pageProblems);
		await use(page);
		await context.close();
	},
	downloads: async ({ page }, use) => {
		const names: string[] = [];
		page.on('download', (download) => names.push(download.suggestedFilename()));
		await use(names);
	}
});

// ---------------------------------------------------------------------------------------------
// The graph page's parts, by role and name
// ---------------------------------------------------------------------------------------------

export const canvasOf = (page: Page) => page.getByRole('application', { name: /^Knowledge graph/ });
export const detailsOf = (page: Page) => page.getByRole('region', { name: 'Details' });
export const legendOf = (page: Page) =>
	page.getByRole('complementary', { name: 'Legend and filters' });
export const searchBoxOf = (page: Page) => page.getByRole('combobox', { name: 'Search the graph' });
export const listToggleOf = (page: Page) => page.getByRole('button', { name: /Graph as a list/ });
/** The live region that tells screen readers what was selected. */
export const announcement = (page: Page, text: string | RegExp) =>
	page.getByRole('status').filter({ hasText: text });

/** Waits until no layout is running. */
export async function settled(page: Page) {
	await expect(canvasOf(page)).toHaveAttribute('aria-busy', 'false');
}

/** Opens a page and waits until Cytoscape has laid the graph out and the page offers exports. */
export async function openGraph(page: Page, path = '/'): Promise<Locator> {
	await page.goto(path);
	await page.waitForFunction(
		() => window.cy !== undefined && window.cy.nodes().length > 0 && window.citegraph !== undefined
	);
	await settled(page);
	return canvasOf(page);
}

/**
 * Selects a node or an edge as a link to it does: the page's URL with `select=<id>` (keeping
 * the rest of the view: expanded answers, filters, focus), opened and laid out. Opens the home
 * page if no graph page is open yet.
 */
export async function selectInGraph(page: Page, id: string): Promise<Locator> {
	const current = page.url();
	const url = new URL(current.startsWith('http') ? current : 'http://localhost/');
	url.searchParams.set('select', id);
	return openGraph(page, `${url.pathname}${url.search.replaceAll('%2C', ',')}`);
}

/** Opens the "Graph as a list" table and returns its rows (one per node on screen). */
export async function openList(page: Page): Promise<Locator> {
	const toggle = listToggleOf(page);
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	return page.getByRole('table').getByRole('rowheader');
}

/** The node and connection counts the list's heading shows. */
export async function listCounts(page: Page): Promise<{ nodes: number; edges: number }> {
	const text = (await listToggleOf(page).textContent()) ?? '';
	const match = /(\d+) nodes? · (\d+) connections?/.exec(text);
	if (!match) throw new Error(`no counts in the list heading: ${text}`);
	return { nodes: Number(match[1]), edges: Number(match[2]) };
}

/** Ids of the nodes and edges Cytoscape draws. */
export function drawn(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
	return page.evaluate(() => ({
		nodes: window
			.cy!.nodes(':visible')
			.map((node) => node.id())
			.sort(),
		edges: window
			.cy!.edges(':visible')
			.map((edge) => edge.id())
			.sort()
	}));
}

/** A node or an edge of the graph the page holds, as its data says. */
export interface HeldElement {
	id: string;
	type?: string;
	label?: string;
	source?: string;
	target?: string;
	relation?: string;
}

/**
 * The whole graph the page holds: what Cytoscape has drawn at some time, and what the canvas
 * keeps aside until it is first shown (src/lib/cytoscape/latent.ts: answers while collapsed).
 */
export function held(page: Page): Promise<{ nodes: HeldElement[]; edges: HeldElement[] }> {
	return page.evaluate(() => {
		const cy = window.cy!;
		const pick = (data: Record<string, unknown>) =>
			Object.fromEntries(
				['id', 'type', 'label', 'source', 'target', 'relation']
					.filter((key) => data[key] !== undefined)
					.map((key) => [key, data[key]])
			) as unknown as HeldElement;
		const aside =
			(
				cy.scratch('citegraph-latent') as
					{ held(): { data: Record<string, unknown> }[] } | undefined
			)?.held() ?? [];
		const all = [
			...cy.elements().map((ele) => pick(ele.data())),
			...aside.map((e) => pick(e.data))
		];
		return {
			nodes: all.filter((e) => e.source === undefined),
			edges: all.filter((e) => e.source !== undefined)
		};
	});
}

/** Ids of what Cytoscape shows as selected, comma-separated. */
export const selectedInCy = (page: Page) =>
	page.evaluate(() =>
		window
			.cy!.$(':selected')
			.map((element) => element.id())
			.join(',')
	);

/** The query string's parameters, as an object. */
export function params(page: Page): Record<string, string> {
	return Object.fromEntries(new URL(page.url()).searchParams);
}
// ---------------------------------------------------------------------------------------------
// Pointing at things on the canvas
// ---------------------------------------------------------------------------------------------

export interface Point {
	x: number;
	y: number;
}

/** Page coordinates of a point given in the canvas's rendered coordinates. */
export async function onPage(canvas: Locator, point: Point): Promise<Point> {
	const box = await canvas.boundingBox();
	if (!box) throw new Error('the graph canvas has no bounding box');
	return { x: box.x + point.x, y: box.y + point.y };
}

/**
 * The drawn node whose centre is furthest from every other drawn node, among those of the
 * given types (or the given ids): a click on its centre cannot land on a neighbour.
 */
export async function clearestNode(
	page: Page,
	types: readonly string[],
	ids?: readonly string[]
): Promise<{ id: string } & Point> {
	return page.evaluate(
		({ types, ids }) => {
			const cy = window.cy!;
			const all = cy.nodes(':visible');
			const candidates = all.filter((node) =>
				ids ? ids.includes(node.id()) : types.includes(node.data('type'))
			);
			let best: { id: string; x: number; y: number; clearance: number } | null = null;
			for (const node of candidates) {
				const { x, y } = node.renderedPosition();
				if (x < 10 || y < 10 || x > cy.width() - 60 || y > cy.height() - 10) continue;
				let clearance = Infinity;
				for (const other of all) {
					if (other.same(node)) continue;
					const box = other.renderedBoundingBox({ includeLabels: false });
					const dx = Math.max(box.x1 - x, 0, x - box.x2);
					const dy = Math.max(box.y1 - y, 0, y - box.y2);
					clearance = Math.min(clearance, Math.hypot(dx, dy));
				}
				if (!best || clearance > best.clearance) best = { id: node.id(), x, y, clearance };
			}
			if (!best || best.clearance < 4) throw new Error(`no unobstructed node among ${types}`);
			return { id: best.id, x: best.x, y: best.y };
		},
		{ types, ids }
	);
}

/**
 * The drawn edge whose rendered midpoint is furthest from every node and from every other
 * edge (approximated as straight segments), so a click there selects that edge and nothing else;
 * among the edges `selector` picks (by default all: on a very large graph only those picked out
 * answer the pointer). With `ofNodesOnly`, the midpoint furthest from every node, edges or not
 * (for a click that lands on edges alone).
 */
export async function clearestEdge(
	page: Page,
	selector = 'edge',
	{ ofNodesOnly = false } = {}
): Promise<{ id: string } & Point> {
	return page.evaluate(
		({ selector, ofNodesOnly }) => {
			const cy = window.cy!;
			const distanceToSegment = (p: Point, a: Point, b: Point) => {
				const lengthSquared = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
				const t =
					lengthSquared === 0
						? 0
						: Math.max(
								0,
								Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / lengthSquared)
							);
				return Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y)));
			};
			const width = cy.width();
			const height = cy.height();
			// Each node's box is measured once, not once per edge (thousands on a large graph).
			const boxes = cy
				.nodes(':visible')
				.map((node) => node.renderedBoundingBox({ includeLabels: false }));
			const edges = cy.$(selector).edges(':visible');
			const segments = ofNodesOnly
				? []
				: edges.map((edge) => ({
						id: edge.id(),
						a: edge.source().renderedPosition(),
						b: edge.target().renderedPosition()
					}));
			let best: { id: string; x: number; y: number; clearance: number } | null = null;
			for (const edge of edges) {
				const mid = edge.renderedMidpoint();
				if (mid.x < 10 || mid.y < 10 || mid.x > width - 60 || mid.y > height - 10) continue;
				let clearance = Infinity;
				for (const box of boxes) {
					const dx = Math.max(box.x1 - mid.x, 0, mid.x - box.x2);
					const dy = Math.max(box.y1 - mid.y, 0, mid.y - box.y2);
					clearance = Math.min(clearance, Math.hypot(dx, dy));
				}
				for (const other of segments) {
					if (other.id === edge.id()) continue;
					clearance = Math.min(clearance, distanceToSegment(mid, other.a, other.b));
				}
				if (!best || clearance > best.clearance) best = { id: edge.id(), ...mid, clearance };
			}
			if (!best || best.clearance < 6) throw new Error('no unobstructed edge midpoint');
			return { id: best.id, x: best.x, y: best.y };
		},
		{ selector, ofNodesOnly }
	);
}

/** Clicks a drawn node in the canvas. */
export async function clickNode(page: Page, types: readonly string[], ids?: readonly string[]) {
	const target = await clearestNode(page, types, ids);
	const point = await onPage(canvasOf(page), target);
	await page.mouse.click(point.x, point.y);
	return target;
}

// ---------------------------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol rather than added as a <script>: the page's
	// Content Security Policy rightly refuses inline scripts, and the test must not weaken it.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } })
			.axe;
		const results = (await axe.run(document)) as { violations: AxeViolation[] };
		return results.violations;
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target).join(' | ')}`);
}

// ---------------------------------------------------------------------------------------------
// Documents kept in the browser
// ---------------------------------------------------------------------------------------------

/** A document as the page keeps it in IndexedDB (imported, or changed in the annotation panel). */
export function storedDocument(page: Page, id: string): Promise<ImportedDocument> {
	return page.evaluate(
		(key) =>
			new Promise<ImportedDocument>((resolve, reject) => {
				const open = indexedDB.open('citegraph');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('documents').objectStore('documents').get(key);
					get.onsuccess = () => {
						open.result.close();
						resolve(get.result);
					};
					get.onerror = () => reject(get.error);
				};
			}),
		id
	);
}

/** The graph file the Export menu saves ("Graph file"): what the page compiled, as it compiled it. */
export async function exportedGraphFile(page: Page): Promise<Buffer> {
	await page.getByRole('button', { name: 'Export…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Export' });
	await dialog.getByRole('radio', { name: 'Graph file', exact: true }).check();
	const [exported] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: /^Export / }).click()
	]);
	return readFileSync(await exported.path());
}

/**
 * Builds document folders with `graph:build` in a scratch directory, as a person would after
 * downloading them: `files` by path under `graph-data/` (`<id>/transcript.txt`, …). Returns the
 * graph file written for `id`; the build must succeed with nothing on stderr.
 */
export function builtWithCli(files: Record<string, Uint8Array | string>, id: string): Buffer {
	const root = mkdtempSync(join(tmpdir(), 'citegraph-cli-'));
	try {
		for (const [name, bytes] of Object.entries(files)) {
			const path = join(root, 'graph-data', name);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, bytes);
		}
		const build = spawnSync(
			process.execPath,
			[
				join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'),
				join(process.cwd(), 'src/cli/build.ts')
			],
			{ cwd: root, encoding: 'utf8' }
		);
		expect(build.stderr).toBe('');
		expect(build.status).toBe(0);
		return readFileSync(join(root, `graph-data/build/${id}.graph.json`));
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
