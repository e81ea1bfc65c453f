/**
 * What the browser tests share: the compiled graphs the app was built from, a fixture that fails
 * a test when the page logs an error, and ways to open the graph and select in it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
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

/** Every compiled graph, in the order the app lists them. */
export const graphs: Graph[] = files.map((name) =>
	JSON.parse(readFileSync(join(BUILD, name), 'utf8'))
);

/** The graph the home page shows. */
export const home = graphs[0]!;

export function nodeById(graph: Graph, id: string): GraphNode {
	const node = graph.nodes.find((candidate) => candidate.id === id);
	if (!node) throw new Error(`node ${id} is not in the compiled graph`);
	return node;
}

export function edgeById(graph: Graph, id: string): GraphEdge {
	const edge = graph.edges.find((candidate) => candidate.id === id);
	if (!edge) throw new Error(`edge ${id} is not in the compiled graph`);
	return edge;
}

/** The nodes of one type. */
export function nodesOfType<T extends NodeType>(graph: Graph, type: T): NodeOfType<T>[] {
	return graph.nodes.filter((node): node is NodeOfType<T> => node.type === type);
}

// ---------------------------------------------------------------------------------------------
// Fixture: every test fails if the page logs an error or a warning, throws, or a request fails
// ---------------------------------------------------------------------------------------------

export const test = base.extend<{ pageProblems: string[] }>({
	pageProblems: [
		async ({ page }, use) => {
			const problems: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error' || message.type() === 'warning') {
					problems.push(`console.${message.type()}: ${message.text()}`);
				}
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('requestfailed', (request) =>
				problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
			);
			await use(problems);
			expect(problems, 'console errors, page errors and failed requests').toEqual([]);
		},
		{ auto: true }
	]
});

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

export const canvasOf = (page: Page) => page.getByRole('region', { name: /^Knowledge graph/ });
export const detailsOf = (page: Page) => page.getByRole('region', { name: 'Details' });

/** Opens a page and waits until Cytoscape has laid the graph out. */
export async function openGraph(page: Page, path = '/'): Promise<Locator> {
	await page.goto(path);
	const canvas = canvasOf(page);
	await expect(canvas).toHaveAttribute('aria-busy', 'false');
	await page.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0);
	return canvas;
}

/**
 * Selects a node or an edge as a tap on it in the graph would, once the graph is laid out.
 */
export async function selectInGraph(page: Page, id: string): Promise<void> {
	await expect(canvasOf(page)).toHaveAttribute('aria-busy', 'false');
	// Returns nothing: Playwright would try to serialise a Cytoscape collection.
	await page.evaluate((id) => {
		const element = window.cy!.getElementById(id);
		if (element.empty()) throw new Error(`${id} is not drawn in the graph`);
		element.emit('tap');
	}, id);
}

/** Ids of what Cytoscape shows as selected, comma-separated. */
export const selectedInCy = (page: Page) =>
	page.evaluate(() =>
		window
			.cy!.$(':selected')
			.map((element) => element.id())
			.join(',')
	);
