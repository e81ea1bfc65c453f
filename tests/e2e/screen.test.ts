/**
 * Any screen: on a phone the graph takes the screen and the legend, details and transcript open
 * one at a time as sheets over it; touch selects, pinches and drags; on a laptop with the
 * transcript open the graph keeps a usable size; on a wide monitor the transcript stands beside it.
 */
import type { Locator, Page } from '@playwright/test';
import {
	canvasOf,
	clearestNode,
	detailsOf,
	expect,
	legendOf,
	nodeOf,
	onPage,
	openGraph,
	params,
	settled,
	test
} from './fixtures';

type Box = { x: number; y: number; width: number; height: number };

const boxOf = async (locator: Locator): Promise<Box> => {
	const box = await locator.boundingBox();
	if (!box) throw new Error('not drawn');
	return box;
};

const overlapping = (a: Box, b: Box) =>
	a.x < b.x + b.width - 0.5 &&
	b.x < a.x + a.width - 0.5 &&
	a.y < b.y + b.height - 0.5 &&
	b.y < a.y + a.height - 0.5;

/** How far the page scrolls sideways (0 when it does not). */
const sideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Pairs of the header's and toolbar's controls that are drawn over one another. */
async function collisions(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const items = [
			...document.querySelectorAll(
				'header a, header button, header [role="status"], header h1, [role="toolbar"][aria-label="Explore"] :is(button, select, input, [role="status"])'
			)
		]
			.map((element) => {
				// What a scrolling list (the document switcher) clips is not drawn: keep only its
				// visible part.
				const box = element.getBoundingClientRect();
				const clip = element.closest('nav')?.getBoundingClientRect();
				if (!clip) return { element, box };
				const left = Math.max(box.left, clip.left);
				const top = Math.max(box.top, clip.top);
				const right = Math.min(box.right, clip.right);
				const bottom = Math.min(box.bottom, clip.bottom);
				return {
					element,
					box: { left, top, right, bottom, width: right - left, height: bottom - top }
				};
			})
			.filter(({ box }) => box.width > 1 && box.height > 1);
		const found: string[] = [];
		for (let i = 0; i < items.length; i++) {
			for (let j = i + 1; j < items.length; j++) {
				const a = items[i]!;
				const b = items[j]!;
				if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
				if (
					a.box.left < b.box.right - 0.5 &&
					b.box.left < a.box.right - 0.5 &&
					a.box.top < b.box.bottom - 0.5 &&
					b.box.top < a.box.bottom - 0.5
				)
					found.push(`${a.element.textContent?.trim()} / ${b.element.textContent?.trim()}`);
			}
		}
		return found;
	});
}

const transcriptOf = (page: Page) => page.getByRole('region', { name: 'Transcript' });

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the graph takes the screen: nothing overlaps, nothing scrolls sideways, the panels start closed', async ({
		page
	}) => {
		await openGraph(page);
		expect(await sideways(page)).toBe(0);
		expect(await collisions(page)).toEqual([]);
		const canvas = await boxOf(canvasOf(page));
		expect(canvas.width).toBe(390);
		// Under the header and toolbar, the graph has more than half the screen.
		expect(canvas.height).toBeGreaterThan(844 * 0.55);
		for (const name of [/^Filters/, 'Details', 'Transcript']) {
			await expect(page.getByRole('button', { name })).toHaveAttribute('aria-expanded', 'false');
		}
		await expect(legendOf(page)).toBeHidden();
		await expect(transcriptOf(page)).toBeHidden();
		expect(params(page).reader).toBe('0');
	});

	test('the legend, the transcript and the details open one at a time over the graph', async ({
		page
	}) => {
		await openGraph(page);
		const canvas = await boxOf(canvasOf(page));
		const toolbar = await boxOf(page.getByRole('toolbar', { name: 'Explore' }));
		const sheets = [
			{ button: page.getByRole('button', { name: /^Filters/ }), sheet: legendOf(page) },
			{ button: page.getByRole('button', { name: 'Transcript' }), sheet: transcriptOf(page) },
			{
				button: page.getByRole('button', { name: 'Details' }),
				sheet: page.getByRole('complementary', { name: 'Selection' })
			}
		];
		for (const { button, sheet } of sheets) {
			await button.click();
			await expect(button).toHaveAttribute('aria-expanded', 'true');
			await expect(sheet).toBeVisible();
			const box = await boxOf(sheet);
			// Over the graph, inside the screen, under the toolbar.
			expect(overlapping(box, canvas)).toBe(true);
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(390);
			expect(box.y + box.height).toBeLessThanOrEqual(844);
			expect(box.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height - 0.5);
			// The others closed.
			for (const other of sheets.filter((s) => s.sheet !== sheet)) {
				await expect(other.button).toHaveAttribute('aria-expanded', 'false');
				await expect(other.sheet).toBeHidden();
			}
			expect(await sideways(page)).toBe(0);
		}
		// The graph is still the size it was: the sheets lie over it.
		expect(await boxOf(canvasOf(page))).toEqual(canvas);
	});

	test('a tap selects a node and brings up its details', async ({ page }) => {
		const canvas = await openGraph(page);
		const speaker = await clearestNode(page, ['speaker']);
		const at = await onPage(canvas, speaker);
		await page.touchscreen.tap(at.x, at.y);
		await expect.poll(() => params(page).select).toBe(speaker.id);
		const details = detailsOf(page);
		await expect(details).toBeVisible();
		await expect(details.getByRole('heading', { level: 2 }).first()).toContainText(
			nodeOf(speaker.id).label
		);
	});

	test('the details sheet, opened over a node chosen by a link, moves it out from under', async ({
		page
	}) => {
		const canvas = await openGraph(page, '/?select=wang-qing');
		await page.getByRole('button', { name: 'Details' }).click();
		const sheet = page.getByRole('complementary', { name: 'Selection' });
		await expect(sheet).toBeVisible();
		await expect(detailsOf(page).getByRole('heading', { level: 2 }).first()).toContainText(
			nodeOf('wang-qing').label
		);
		await settled(page);
		const top = (await boxOf(canvas)).y;
		const sheetTop = (await boxOf(sheet)).y;
		const node = () =>
			page.evaluate(() => {
				const box = window.cy!.getElementById('wang-qing').renderedBoundingBox({
					includeLabels: false
				});
				return { y1: box.y1, y2: box.y2 };
			});
		// Wholly in the strip of graph between the toolbar and the sheet.
		await expect.poll(async () => top + (await node()).y2).toBeLessThan(sheetTop);
		expect(top + (await node()).y1).toBeGreaterThan(top);
	});

	test('two fingers pinch to zoom, one finger drags the view', async ({ page }) => {
		const canvas = await openGraph(page);
		const box = await boxOf(canvas);
		const view = () =>
			page.evaluate(() => ({ zoom: window.cy!.zoom(), pan: { ...window.cy!.pan() } }));
		const client = await page.context().newCDPSession(page);
		const touch = (
			type: 'touchStart' | 'touchMove' | 'touchEnd',
			points: { x: number; y: number }[]
		) =>
			client.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id }))
			});
		const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		const before = await view();
		// Fingers 40 px apart move to 240 px apart.
		const apart = (d: number) => [
			{ x: middle.x - d / 2, y: middle.y },
			{ x: middle.x + d / 2, y: middle.y }
		];
		await touch('touchStart', apart(40));
		for (let d = 60; d <= 240; d += 20) await touch('touchMove', apart(d));
		await touch('touchEnd', []);
		await expect.poll(async () => (await view()).zoom).toBeGreaterThan(before.zoom * 2);
		await settled(page);
		const zoomed = await view();
		// One finger drags the graph 100 px left and 60 px up.
		await touch('touchStart', [middle]);
		for (let step = 1; step <= 10; step++)
			await touch('touchMove', [{ x: middle.x - 10 * step, y: middle.y - 6 * step }]);
		await touch('touchEnd', []);
		await expect.poll(async () => (await view()).pan.x).toBeLessThan(zoomed.pan.x - 50);
		expect((await view()).pan.y).toBeLessThan(zoomed.pan.y - 30);
		expect((await view()).zoom).toBeCloseTo(zoomed.zoom, 5);
		// Neither gesture scrolled or zoomed the page itself.
		expect(await page.evaluate(() => [scrollX, scrollY, visualViewport?.scale ?? 1])).toEqual([
			0, 0, 1
		]);
	});
});

test.describe('on a laptop', () => {
	test.use({ viewport: { width: 1280, height: 720 } });

	test('with the transcript open the graph keeps a usable size, and the toolbar one row', async ({
		page
	}) => {
		const canvas = await openGraph(page);
		await expect(transcriptOf(page)).toBeVisible();
		await expect(legendOf(page)).toBeVisible();
		// Nothing selected: no empty details panel beside the graph (1280 - 240 px of legend).
		const details = page.getByRole('complementary', { name: 'Selection' });
		await expect(details).toBeHidden();
		const box = await boxOf(canvas);
		expect(box.width).toBe(1040);
		expect(box.height).toBeGreaterThan(360);
		expect(await sideways(page)).toBe(0);
		expect(await collisions(page)).toEqual([]);
		const middles = await page.getByRole('toolbar', { name: 'Explore' }).evaluate((bar) =>
			[...bar.children]
				.map((c) => c.getBoundingClientRect())
				.filter((b) => b.height > 0)
				.map((b) => b.top + b.height / 2)
		);
		expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(4);
		// And it answers: a click selects a node.
		const speaker = await clearestNode(page, ['speaker']);
		await canvas.click({ position: speaker });
		await expect.poll(() => params(page).select).toBe(speaker.id);
		// Its details stand beside the graph, which keeps a usable size.
		await expect(details).toBeVisible();
		await expect.poll(async () => (await boxOf(canvas)).width).toBe(1040 - 368);
		expect((await boxOf(canvas)).height).toBeGreaterThan(360);
	});

	test('closing the transcript gives the graph its room, framed again to fill it; a view the reader moved stays', async ({
		page
	}) => {
		const canvas = await openGraph(page);
		/** The drawn graph's box as shares of the canvas: its size and its centre. */
		const fill = () =>
			page.evaluate(() => {
				const cy = window.cy!;
				const b = cy.elements(':visible').renderedBoundingBox({ includeLabels: false });
				return {
					size: Math.max(b.w / cy.width(), b.h / cy.height()),
					x: (b.x1 + b.x2) / 2 / cy.width(),
					y: (b.y1 + b.y2) / 2 / cy.height()
				};
			});
		const before = await boxOf(canvas);
		await page.getByRole('button', { name: 'Transcript' }).click();
		await expect(transcriptOf(page)).toBeHidden();
		await expect
			.poll(async () => (await boxOf(canvas)).height)
			.toBeGreaterThan(before.height + 150);
		// Framed again: centred both ways, filling most of the canvas one way.
		await expect.poll(async () => (await fill()).y).toBeCloseTo(0.5, 1);
		const framed = await fill();
		expect(framed.size).toBeGreaterThan(0.7);
		expect(framed.x).toBeCloseTo(0.5, 1);
		expect(framed.y).toBeCloseTo(0.5, 1);
		// Dragged aside by the reader, the view stays where they put it when the transcript opens.
		const box = await boxOf(canvas);
		await page.mouse.move(box.x + 20, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + 220, box.y + box.height / 2, { steps: 8 });
		await page.mouse.up();
		const moved = await page.evaluate(() => window.cy!.pan());
		await page.getByRole('button', { name: 'Transcript' }).click();
		await expect(transcriptOf(page)).toBeVisible();
		await expect.poll(async () => (await boxOf(canvas)).height).toBeLessThan(before.height + 1);
		expect(await page.evaluate(() => window.cy!.pan())).toEqual(moved);
	});
});

test.describe('on a wide monitor', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('the transcript stands beside the graph, which keeps the full height', async ({ page }) => {
		const canvas = await openGraph(page);
		const graph = await boxOf(canvas);
		const transcript = await boxOf(transcriptOf(page));
		expect(transcript.x).toBeGreaterThanOrEqual(graph.x + graph.width - 0.5);
		expect(overlapping(graph, transcript)).toBe(false);
		// From under the toolbar nearly to the bottom (the list's summary row below it).
		expect(graph.height).toBeGreaterThan(transcript.height - 60);
		expect(graph.width).toBeGreaterThan(800);
		expect(await sideways(page)).toBe(0);
	});
});
