import type { Locator, Page } from '@playwright/test';
import { RELATIONS } from '../../src/lib/graph/vocabulary';
import {
	canvasOf,
	detailsOf,
	edgeById,
	expect,
	graphs,
	home,
	nodeById,
	openGraph,
	selectedInCy,
	test
} from './helpers';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

interface Point {
	x: number;
	y: number;
}

/** Page coordinates of a point given in the canvas's rendered coordinates. */
async function onPage(canvas: Locator, point: Point): Promise<Point> {
	const box = await canvas.boundingBox();
	if (!box) throw new Error('the graph canvas has no bounding box');
	return { x: box.x + point.x, y: box.y + point.y };
}

/**
 * The node whose centre is furthest from every other node, among those of the given types: a
 * click on its centre cannot land on a neighbour.
 */
async function clearestNode(page: Page, types: readonly string[]): Promise<{ id: string } & Point> {
	return page.evaluate((types) => {
		const cy = window.cy!;
		const candidates = cy.nodes().filter((node) => types.includes(node.data('type')));
		let best: { id: string; x: number; y: number; clearance: number } | null = null;
		for (const node of candidates) {
			const { x, y } = node.renderedPosition();
			let clearance = Infinity;
			for (const other of cy.nodes()) {
				if (other.same(node)) continue;
				const box = other.renderedBoundingBox({ includeLabels: false });
				const dx = Math.max(box.x1 - x, 0, x - box.x2);
				const dy = Math.max(box.y1 - y, 0, y - box.y2);
				clearance = Math.min(clearance, Math.hypot(dx, dy));
			}
			if (!best || clearance > best.clearance) best = { id: node.id(), x, y, clearance };
		}
		if (!best || best.clearance < 4) throw new Error(`no unobstructed node of type ${types}`);
		return { id: best.id, x: best.x, y: best.y };
	}, types);
}

/**
 * The edge whose rendered midpoint is furthest from every node and from every other edge
 * (approximated as straight segments), so a click there selects that edge and nothing else.
 */
async function clearestEdge(page: Page): Promise<{ id: string } & Point> {
	return page.evaluate(() => {
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
		let best: { id: string; x: number; y: number; clearance: number } | null = null;
		for (const edge of cy.edges()) {
			const mid = edge.renderedMidpoint();
			if (mid.x < 10 || mid.y < 10 || mid.x > width - 10 || mid.y > height - 10) continue;
			let clearance = Infinity;
			for (const node of cy.nodes()) {
				const box = node.renderedBoundingBox({ includeLabels: false });
				const dx = Math.max(box.x1 - mid.x, 0, mid.x - box.x2);
				const dy = Math.max(box.y1 - mid.y, 0, mid.y - box.y2);
				clearance = Math.min(clearance, Math.hypot(dx, dy));
			}
			for (const other of cy.edges()) {
				if (other.same(edge)) continue;
				const a = other.source().renderedPosition();
				const b = other.target().renderedPosition();
				clearance = Math.min(clearance, distanceToSegment(mid, a, b));
			}
			if (!best || clearance > best.clearance) best = { id: edge.id(), ...mid, clearance };
		}
		if (!best || best.clearance < 6) throw new Error('no unobstructed edge midpoint');
		return { id: best.id, x: best.x, y: best.y };
	});
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

for (const [index, graph] of graphs.entries()) {
	const paths = index === 0 ? ['/', `/d/${graph.document.id}`] : [`/d/${graph.document.id}`];
	for (const path of paths) {
		test(`${path} draws every node and edge of ${graph.document.id}`, async ({ page }) => {
			await openGraph(page, path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(graph.document.title);

			const drawn = await page.evaluate(() => ({
				nodes: window.cy!.nodes().length,
				edges: window.cy!.edges().length
			}));
			expect(drawn).toEqual({ nodes: graph.nodes.length, edges: graph.edges.length });
			await expect(page.getByRole('status')).toHaveText(
				`${graph.nodes.length} nodes · ${graph.edges.length} edges`
			);
		});
	}
}

test('the legend lists each node type present, with its count', async ({ page }) => {
	await openGraph(page, '/');
	const legend = page.getByRole('region', { name: 'Node types' });
	const counts = new Map<string, number>();
	for (const node of home.nodes) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);

	const items = legend.getByRole('listitem');
	await expect(items).toHaveCount(counts.size);
	for (const [type, count] of counts) {
		await expect(
			items.filter({ hasText: new RegExp(`^\\s*${type}\\s*${count}\\s*$`, 'i') })
		).toHaveCount(1);
	}
});

test('clicking a node shows its label and type', async ({ page }) => {
	const canvas = await openGraph(page, '/');
	const details = detailsOf(page);
	await expect(details).toContainText('Select a node or an edge');

	const target = await clearestNode(page, ['speaker', 'organization', 'question', 'answer']);
	const node = nodeById(home, target.id);
	const point = await onPage(canvas, target);
	await page.mouse.click(point.x, point.y);

	await expect(details.getByRole('heading', { level: 2 })).toHaveText(node.label);
	await expect(details.getByText(node.type, { exact: true })).toBeVisible();
	expect(await selectedInCy(page)).toBe(node.id);
});

test('clicking a claim shows its statement and the sentences it quotes', async ({ page }) => {
	test.skip(!home.nodes.some((node) => node.type === 'claim'), 'the graph has no claims');
	const canvas = await openGraph(page, '/');
	const target = await clearestNode(page, ['claim']);
	const claim = nodeById(home, target.id);
	if (claim.type !== 'claim') throw new Error('expected a claim');
	const point = await onPage(canvas, target);
	await page.mouse.click(point.x, point.y);

	const details = detailsOf(page);
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(claim.label);
	await expect(details.getByText('claim', { exact: true })).toBeVisible();
	await expect(details).toContainText(claim.statement);
	for (const quote of claim.quotes) await expect(details).toContainText(quote.text);
});

test('clicking an edge shows its relation and the sentences it cites', async ({ page }) => {
	const canvas = await openGraph(page, '/');
	const target = await clearestEdge(page);
	const edge = edgeById(home, target.id);
	const point = await onPage(canvas, target);
	await page.mouse.click(point.x, point.y);

	const details = detailsOf(page);
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(
		edge.relation.replaceAll('-', ' ')
	);
	await expect(details).toContainText(RELATIONS[edge.relation]);
	const ends = details.getByRole('definition');
	await expect(
		ends.getByRole('link', { name: nodeById(home, edge.source).label, exact: true })
	).toBeVisible();
	await expect(
		ends.getByRole('link', { name: nodeById(home, edge.target).label, exact: true })
	).toBeVisible();
	for (const id of edge.citations) {
		const sentence = home.sentences.find((candidate) => candidate.id === id);
		if (!sentence) throw new Error(`edge ${edge.id} cites unknown sentence ${id}`);
		await expect(details.getByRole('blockquote').filter({ hasText: sentence.text })).toHaveCount(1);
	}
	expect(await selectedInCy(page)).toBe(edge.id);
});

test('clicking the background clears the selection', async ({ page }) => {
	const canvas = await openGraph(page, '/');
	const target = await clearestNode(page, ['speaker', 'organization', 'question', 'answer']);
	const nodePoint = await onPage(canvas, target);
	await page.mouse.click(nodePoint.x, nodePoint.y);
	const details = detailsOf(page);
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(
		nodeById(home, target.id).label
	);

	// The layout fits the graph with padding, so the canvas's corner is empty.
	const corner = { x: 6, y: 6 };
	const empty = await page.evaluate(
		({ x, y }) =>
			window.cy!.elements().every((element) => {
				const box = element.renderedBoundingBox();
				return x < box.x1 || x > box.x2 || y < box.y1 || y > box.y2;
			}),
		corner
	);
	expect(empty, 'the corner of the canvas is clear of elements').toBe(true);
	const cornerPoint = await onPage(canvas, corner);
	await page.mouse.click(cornerPoint.x, cornerPoint.y);

	await expect(details.getByRole('heading', { level: 2 })).toHaveCount(0);
	await expect(details).toContainText('Select a node or an edge');
	expect(await selectedInCy(page)).toBe('');
});

test('the clear button in the panel clears the selection in the graph too', async ({ page }) => {
	const canvas = await openGraph(page, '/');
	const target = await clearestNode(page, ['speaker', 'organization', 'question', 'answer']);
	const point = await onPage(canvas, target);
	await page.mouse.click(point.x, point.y);
	await expect(detailsOf(page).getByRole('heading', { level: 2 })).toHaveText(
		nodeById(home, target.id).label
	);
	expect(await selectedInCy(page)).toBe(target.id);

	await detailsOf(page).getByRole('button', { name: 'Clear selection' }).click();
	await expect(detailsOf(page)).toContainText('Select a node or an edge');
	expect(await selectedInCy(page)).toBe('');
});

test('the document switcher links every document, and only when there are several', async ({
	page
}) => {
	await openGraph(page, '/');
	const switcher = page.getByRole('navigation', { name: 'Documents' });
	if (graphs.length < 2) {
		await expect(switcher).toHaveCount(0);
		return;
	}
	await expect(switcher.getByRole('link')).toHaveCount(graphs.length);
	for (const graph of graphs.slice(1)) {
		await switcher.getByRole('link', { name: graph.document.title, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/d/${graph.document.id}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(graph.document.title);
		await expect(canvasOf(page)).toHaveAttribute('aria-busy', 'false');
		expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(graph.nodes.length);
	}
});
