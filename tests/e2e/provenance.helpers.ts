/**
 * Shared by the permalink and stance browser tests: the compiled graphs, a fixture that fails a
 * test on any console error, and an axe-core check. Permalink pages must read without
 * JavaScript, so the fixture also offers a page with JavaScript disabled.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import type { Graph, GraphNode } from '../../src/lib/graph/schema';

const BUILD = 'graph-data/build';
const files = readdirSync(BUILD)
	.filter((name) => name.endsWith('.graph.json'))
	.sort();
if (files.length === 0) {
	throw new Error(`No compiled graphs in ${BUILD}: run \`npm run build\` before the e2e tests.`);
}
/** The compiled graphs the app was built from, by id; the first is the home page's. */
export const graphs: Graph[] = files.map((name) =>
	JSON.parse(readFileSync(join(BUILD, name), 'utf8'))
);
export const home = graphs[0]!;

/** A node of the home document by id. */
export function nodeOf(id: string, graph: Graph = home): GraphNode {
	const node = graph.nodes.find((n) => n.id === id);
	if (!node) throw new Error(`node ${id} is not in ${graph.document.id}`);
	return node;
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

/** Collects console errors and warnings, page errors and failed requests of a page. */
function watch(page: Page, problems: string[]) {
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') {
			problems.push(`console.${message.type()}: ${message.text()}`);
		}
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) =>
		problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
	);
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
}

/**
 * `page` as usual, and `noScript`: a page in a fresh context with JavaScript disabled. Either
 * fails the test if it logs an error or a warning, throws, or a request fails.
 */
export const test = base.extend<{ pageProblems: string[]; noScript: Page }>({
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
	}
});
export { expect };

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core on the page (which needs JavaScript) and returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: AXE });
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } })
			.axe;
		const result = (await axe.run(document)) as { violations: AxeViolation[] };
		return result.violations;
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target).join(', ')}`);
}
