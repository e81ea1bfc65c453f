/**
 * A large document (over 3,000 nodes and edges), imported in the browser: it opens laid out, its
 * edges are drawn as plain lines without arrows, and what a reader picks out gets its arrows back.
 * On a very large one (over 8,000), only the edges picked out answer the pointer.
 */
import type { Page } from '@playwright/test';
import { syntheticDocument } from '../../src/lib/graph/synthetic';
import {
	expect as baseExpect,
	canvasOf,
	clearestEdge,
	clearestNode,
	clickNode,
	onPage,
	params,
	selectedInCy,
	settled,
	test
} from './fixtures';

/** Compiling about 1,000 nodes and laying them out in the worker takes a while on a busy machine. */
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 120_000 });

const document = syntheticDocument(1000);
/** Over 8,000 nodes and edges: a very large graph, whose edges answer the pointer only once picked out. */
const veryLarge = syntheticDocument(2200);

async function importLarge(page: Page, { transcript, annotations } = document) {
	await page.goto('/import');
	await page.getByLabel('Choose files…').setInputFiles([
		{ name: 'panel.txt', mimeType: 'text/plain', buffer: Buffer.from(transcript) },
		{
			name: 'annotations.yaml',
			mimeType: 'application/yaml',
			buffer: Buffer.from(annotations)
		}
	]);
	await expect(page).toHaveURL(/\/local#panel$/);
	await page.waitForFunction(() => window.cy !== undefined && window.cy.edges().length > 0);
	await settled(page);
}

/**
 * How many of the drawn edges Cytoscape draws in each curve style: all of them, or those with
 * (or without) the selection's `context` class.
 */
const curves = (page: Page, context?: boolean) =>
	page.evaluate((context) => {
		const counts: Record<string, number> = {};
		window
			.cy!.edges()
			.filter(
				(edge) => edge.visible() && (context === null || edge.hasClass('context') === context)
			)
			.forEach((edge) => {
				const curve = edge.style('curve-style') as string;
				counts[curve] = (counts[curve] ?? 0) + 1;
			});
		return counts;
	}, context ?? null);

test('a large document draws its edges as plain lines, and a selected node’s edges with their arrows', async ({
	page
}) => {
	await importLarge(page);
	// About 1,000 nodes and 3,000 edges (the canvas holds the answers' only once expanded).
	const opening = await curves(page);
	expect(Object.keys(opening)).toEqual(['haystack']);
	expect(opening.haystack).toBeGreaterThan(1000);

	const clicked = await clickNode(page, ['speaker']);
	await expect.poll(() => params(page).select).toBe(clicked.id);
	await expect(canvasOf(page)).toHaveAttribute('aria-busy', 'false');
	// The selection's own edges are drawn straight, with their arrows; the rest stay plain.
	const own = await page.evaluate(
		(id) => window.cy!.$id(id).connectedEdges(':visible').length,
		clicked.id
	);
	expect(own).toBeGreaterThan(0);
	await expect.poll(() => curves(page, true)).toEqual({ straight: own });
	const rest = await curves(page, false);
	expect(Object.keys(rest)).toEqual(['haystack']);
});

test('a long transcript is rendered a part at a time, to its end, and a sentence far down is brought into view when its claim is chosen', async ({
	page
}) => {
	await importLarge(page);
	const transcript = page.getByRole('region', { name: 'Transcript' });
	await expect(transcript).toBeVisible();
	// The last claim's sentence ends the transcript.
	const last = document.transcript
		.trim()
		.split(/(?<=\.) /)
		.at(-1)!;
	expect(last).toMatch(/^Point \d+ of the record/);
	const sentence = transcript.locator('[data-sentence]').filter({ hasText: last });
	await expect(sentence).toHaveCount(1);
	const turns = await transcript.getByRole('article').count();
	expect(turns).toBeGreaterThan(150);

	// Chosen from the graph's address, straight after a reload: it is shown, whatever has been
	// rendered by then.
	const claim = `claim-${/^Point (\d+)/.exec(last)![1]}`;
	await page.goto(`/local?select=${claim}#panel`);
	await page.waitForFunction(() => window.cy !== undefined && window.cy.edges().length > 0);
	await expect.poll(() => params(page).select).toBe(claim);
	await expect(sentence).toBeInViewport();
	await expect(sentence).toHaveClass(/\bmarked\b/);
});

test('a name grown to be read at the overview zoom is measured at its new size, not drawn clipped to its old box', async ({
	page
}) => {
	await importLarge(page);
	// At the overview zoom the questions' names have grown (label-room.ts). Each label's box holds
	// at least its longest word at the size it is drawn; a box kept from the size before would
	// clip the label, its lines drawn over one another.
	const boxes = await page.evaluate(() => {
		const context = window.document.createElement('canvas').getContext('2d')!;
		return window
			.cy!.nodes('[type = "question"]')
			.filter((node) => node.visible())
			.map((node) => {
				context.font = [
					node.style('font-style'),
					node.style('font-weight'),
					node.style('font-size'),
					node.style('font-family')
				].join(' ');
				const words = String(node.style('label')).split(/\s+/);
				return {
					id: node.id(),
					font: node.numericStyle('font-size'),
					base: Number(node.data('baseFont')),
					width: node.boundingBox({ includeNodes: false, includeLabels: true }).w,
					word: Math.max(...words.map((word) => context.measureText(word).width))
				};
			});
	});
	expect(boxes.length).toBeGreaterThan(10);
	// The names did grow, so the test asks about grown labels.
	expect(boxes.filter((box) => box.font > box.base).length).toBeGreaterThan(10);
	for (const box of boxes) expect(box.width, box.id).toBeGreaterThanOrEqual(box.word);
});

test('on a very large document an edge answers the pointer once picked out, as a selected node’s edges are', async ({
	page
}) => {
	await importLarge(page, veryLarge);
	const canvas = canvasOf(page);
	// The midpoint of the edge furthest from every node: nothing but edges lies under it.
	const loose = await clearestEdge(page, 'edge', { ofNodesOnly: true });
	const at = await onPage(canvas, loose);
	await page.mouse.move(at.x, at.y);
	await page.mouse.click(at.x, at.y);
	expect(await selectedInCy(page)).toBe('');
	await expect(canvas).not.toHaveCSS('cursor', 'pointer');

	// A question selected, its edges answer: a click on one shows it.
	const question = await clickNode(page, ['question']);
	await expect.poll(() => params(page).select).toBe(question.id);
	await expect(canvas).toHaveAttribute('aria-busy', 'false');
	const edge = await clearestEdge(page, 'edge.context');
	const point = await onPage(canvas, edge);
	await page.mouse.move(point.x, point.y);
	await expect(canvas).toHaveCSS('cursor', 'pointer');
	await page.mouse.click(point.x, point.y);
	await expect.poll(() => params(page).select).toBe(edge.id);
	expect(await selectedInCy(page)).toBe(edge.id);
});

/**
 * How many pixels are drawn on, once two frames have passed: of Cytoscape's graph layer, in its
 * leftmost `strip` columns and in the rest; and of the canvas of names and claims' keys laid
 * over it.
 */
const ink = (page: Page, strip: number) =>
	page.evaluate(
		(strip) =>
			new Promise<{ strip: number; rest: number; keys: number }>((resolve) =>
				requestAnimationFrame(() =>
					requestAnimationFrame(() => {
						/** The pixels of `layer` drawn on, column by column (from a copy: Chromium warns when a canvas is read back more than once). */
						const drawn = (layer: HTMLCanvasElement) => {
							const copy = window.document.createElement('canvas');
							copy.width = layer.width;
							copy.height = layer.height;
							const context = copy.getContext('2d', { willReadFrequently: true })!;
							context.drawImage(layer, 0, 0);
							const { data } = context.getImageData(0, 0, copy.width, copy.height);
							const columns: number[] = [];
							for (let i = 0; i < data.length / 4; i++) {
								if (data[i * 4 + 3] === 0) continue;
								columns.push(i % copy.width);
							}
							return columns;
						};
						const graph = drawn(
							window.document.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')!
						);
						const keys = drawn(window.document.querySelector<HTMLCanvasElement>('canvas.keys')!);
						resolve({
							strip: graph.filter((column) => column < strip).length,
							rest: graph.filter((column) => column >= strip).length,
							keys: keys.length
						});
					})
				)
			),
		strip
	);

test('a large document moves with its edges, names and keys while it is panned, and what the pan uncovers is the page’s background', async ({
	page
}) => {
	await importLarge(page);
	const canvas = canvasOf(page);
	// Pressed where no node is, the pointer pans the view.
	const empty = await onPage(canvas, await clearestEdge(page, 'edge', { ofNodesOnly: true }));
	const before = await ink(page, 0);
	const pan = () => page.evaluate(() => window.cy!.pan().x);
	const from = await pan();
	await page.mouse.move(empty.x, empty.y);
	await page.mouse.down();
	for (let step = 1; step <= 8; step++) await page.mouse.move(empty.x + 5 * step, empty.y);
	await expect.poll(pan).toBeGreaterThan(from + 30);
	// Mid-pan, the picture moved holds what was drawn, edges and all (Cytoscape's own snapshot
	// holds the nodes alone), with the names and keys drawn over it (their own canvas is cleared
	// while the view moves), and the strip it uncovered is left clear.
	const during = await ink(page, 30);
	await page.mouse.up();
	expect(before.keys).toBeGreaterThan(1000);
	expect(during.keys).toBe(0);
	expect(during.rest).toBeGreaterThan(before.rest + before.keys * 0.5);
	expect(during.strip).toBe(0);
});

test('a node dragged slowly on a large document keeps the labels where they are until it is let go, then they make room', async ({
	page
}) => {
	await importLarge(page);
	const canvas = canvasOf(page);
	const node = await clearestNode(page, ['claim']);
	const at = await onPage(canvas, node);
	type Stash = { placedBefore?: unknown };
	// What the label rule placed last (a new placement each time it runs).
	await page.evaluate(() => ((window as Stash).placedBefore = window.claimKeys!()));
	const unchanged = () =>
		page.evaluate(() => window.claimKeys?.() === (window as Stash).placedBefore);
	await page.mouse.move(at.x, at.y);
	await page.mouse.down();
	for (let step = 1; step <= 3; step++) {
		await page.mouse.move(at.x + 12 * step, at.y + 6 * step);
		// A slow hand: each pause is longer than the view must be still for the labels to be placed.
		await page.waitForTimeout(300);
	}
	const moved = await page.evaluate((id) => window.cy!.$id(id).renderedPosition(), node.id);
	expect(moved.x).toBeGreaterThan(node.x + 20);
	expect(await unchanged()).toBe(true);
	await page.mouse.up();
	await expect.poll(unchanged).toBe(false);
});

test('a node under the pointer is named over the canvas, as text, without restyling the graph', async ({
	page
}) => {
	await importLarge(page);
	// A claim clear of its neighbours, so the pointer lands on it alone: its summary is not drawn
	// at the overview zoom.
	const clear = await clearestNode(page, ['claim']);
	const claim = {
		id: clear.id,
		label: await page.evaluate(
			(id) => String(window.cy!.getElementById(id).data('label')),
			clear.id
		)
	};
	await page.evaluate((id) => {
		const w = window as unknown as { restyled: string[] };
		w.restyled = [];
		window.cy!.getElementById(id).on('style class', (event) => w.restyled.push(event.type));
	}, claim.id);
	const at = await onPage(canvasOf(page), clear);
	await page.mouse.move(at.x, at.y);
	const label = page.locator('.pointer-label');
	await expect(label).toBeVisible();
	await expect(label).toHaveAttribute('data-node', claim.id);
	await expect(label).toHaveText(claim.label);
	await expect(label).toHaveAttribute('aria-hidden', 'true');
	// Below the node, readable, and inside the canvas.
	const box = (await label.boundingBox())!;
	const canvas = (await canvasOf(page).boundingBox())!;
	expect(box.y).toBeGreaterThan(at.y);
	expect(Math.abs(box.x + box.width / 2 - at.x)).toBeLessThan(2);
	expect(box.x).toBeGreaterThanOrEqual(canvas.x);
	expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
	expect(
		await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
	).toBeGreaterThanOrEqual(12);
	await expect(canvasOf(page)).toHaveCSS('cursor', 'pointer');
	// The node itself was not restyled for it (which would redraw every element).
	expect(await page.evaluate(() => (window as unknown as { restyled: string[] }).restyled)).toEqual(
		[]
	);
	// It follows its node as the view moves.
	await page.evaluate(() => window.cy!.panBy({ x: 30, y: 20 }));
	await expect
		.poll(async () => {
			const moved = (await label.boundingBox())!;
			return [Math.round(moved.x - box.x), Math.round(moved.y - box.y)];
		})
		.toEqual([30, 20]);
	// Off the node, the label goes.
	const canvasBox = (await canvasOf(page).boundingBox())!;
	await page.mouse.move(canvasBox.x + 2, canvasBox.y + 2);
	await expect(label).toHaveCount(0);
	await expect(canvasOf(page)).not.toHaveCSS('cursor', 'pointer');
});

test('Cytoscape’s own element is left alone: a hover and a re-run layout change none of its attributes', async ({
	page
}) => {
	// Cytoscape redraws the whole graph when an attribute of its element changes (0.3–0.45 s at
	// 5,000 nodes): the busy state and the cursor are set on the element round it.
	await importLarge(page);
	await page.evaluate(() => {
		const w = window as unknown as { mutated: string[] };
		w.mutated = [];
		new MutationObserver((records) => {
			for (const record of records) w.mutated.push(record.attributeName ?? '');
		}).observe(window.cy!.container()!, { attributes: true });
	});
	const at = await onPage(canvasOf(page), await clearestNode(page, ['speaker']));
	await page.mouse.move(at.x, at.y);
	await expect(canvasOf(page)).toHaveCSS('cursor', 'pointer');
	await page.getByRole('button', { name: 'Re-run layout' }).click();
	await expect(canvasOf(page)).toHaveAttribute('aria-busy', 'true');
	await expect(canvasOf(page)).toHaveAttribute('aria-busy', 'false');
	expect(await page.evaluate(() => (window as unknown as { mutated: string[] }).mutated)).toEqual(
		[]
	);
	// It is the application's own child, filling it.
	expect(await canvasOf(page).evaluate((el) => window.cy!.container()!.parentElement === el)).toBe(
		true
	);
});
