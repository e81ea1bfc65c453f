/**
 * What the pages load: the explorer's page is a shell that fetches its document's graph as one
 * static file, says so while it loads, and says which file and why when it cannot; permalink
 * pages read without JavaScript and carry only their node's sentences.
 */
import type { Page } from '@playwright/test';
import { expect, home, openGraph, settled, test } from './fixtures';

const GRAPH_URL = `/graphs/${home.document.id}.json`;
// Sentences as a reader finds them in the interview's transcript.
/** Xiang Lipeng, answering the first question. */
const XIANG_Q1 =
	'The development of the Industrial Internet at home and abroad has a history of more than 50 years.';
/** Xiang Lipeng, answering the second question. */
const XIANG_Q2 =
	'Blockchain as a supplement to digital infrastructure will maximize the value of new infrastructure.';
/** Wang Qing's words behind his claim that 5G will break out first. */
const WANG_5G = 'So I think 5G will break out first.';

/** Waits until the explorer has drawn its graph. */
async function drawnGraph(page: Page) {
	await page.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0);
	await settled(page);
}

test('the explorer fetches its graph as one static JSON file, and draws it', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname.startsWith('/graphs/') || url.pathname.endsWith('__data.json')) {
			requests.push(url.pathname);
		}
	});
	const response = page.waitForResponse((r) => new URL(r.url()).pathname === GRAPH_URL);
	await openGraph(page, '/');
	const graphFile = await response;
	expect(graphFile.status()).toBe(200);
	expect(graphFile.headers()['content-type']).toMatch(/^application\/json/);
	// A plain file the browser may keep: validators, and nothing that forbids caching.
	expect(graphFile.headers()['cache-control'] ?? '').not.toMatch(/no-store/);
	expect(graphFile.headers()['etag'] ?? graphFile.headers()['last-modified']).toBeTruthy();
	expect((await graphFile.json()).sentences.map((s: { text: string }) => s.text)).toContain(
		XIANG_Q1
	);
	expect(requests).toEqual([GRAPH_URL]);
	await expect(page.getByRole('status', { name: 'Graph size' })).toContainText('134 nodes');
});

test("the explorer's HTML carries the shell, not the graph's sentences", async ({ request }) => {
	const html = await (await request.get('/')).text();
	expect(html).toContain('Five Questions on New Infrastructure');
	expect(html).toContain('href="./node/wang-qing"');
	expect(html).not.toContain(XIANG_Q1);
	expect(html).not.toContain(WANG_5G);
});

/** Holds the graph file's response back until the returned function is called. */
async function holdGraphFile(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**${GRAPH_URL}`, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test('while the graph loads, the page says so', async ({ page }) => {
	const release = await holdGraphFile(page);
	await page.goto('/');
	await expect(page.getByRole('status')).toHaveText('Loading the graph…');
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'Five Questions on New Infrastructure'
	);
	release();
	await drawnGraph(page);
	await expect(page.getByText('Loading the graph…')).toHaveCount(0);
});

test('while the graph loads, a picture of it drawn at build time shows where it will be', async ({
	page
}) => {
	const release = await holdGraphFile(page);
	await page.goto('/');
	const picture = page.locator('.graph-preview');
	await expect(picture).toBeVisible();
	// Framed in the place the canvas will take, as wide or as tall as fits, at full strength.
	const place = page.locator('.preview');
	const [area, box] = await Promise.all([place.boundingBox(), picture.boundingBox()]);
	expect(box!.x).toBeGreaterThanOrEqual(area!.x);
	expect(box!.y).toBeGreaterThanOrEqual(area!.y);
	expect(box!.x + box!.width).toBeLessThanOrEqual(area!.x + area!.width);
	expect(box!.y + box!.height).toBeLessThanOrEqual(area!.y + area!.height);
	expect(Math.max(box!.width / area!.width, box!.height / area!.height)).toBeGreaterThan(0.85);
	expect(await place.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
	await expect(picture.locator('svg circle')).toHaveCount(73);
	for (const name of ['Gong Haihan', 'Xiang Lipeng', 'Wang Qing', 'Blockchain']) {
		await expect(picture.getByText(name, { exact: true })).toBeVisible();
	}
	// It is the page's own HTML, not fetched, and nothing in it is read out.
	expect(await picture.getAttribute('aria-hidden')).toBe('true');
	release();
	await drawnGraph(page);
	await expect(picture).toHaveCount(0);
	// The live graph takes the picture's place: its canvas where the picture was framed.
	const canvas = (await page.locator('.canvas').boundingBox())!;
	for (const [a, b] of [
		[canvas.x, area!.x],
		[canvas.y, area!.y],
		[canvas.width, area!.width],
		[canvas.height, area!.height]
	]) {
		expect(Math.abs(a! - b!)).toBeLessThanOrEqual(6);
	}
});

test('the first view carries its own styles: it paints styled while every stylesheet is held back', async ({
	page
}) => {
	// A stylesheet the first paint waited for would keep the page blank until it came.
	let letStylesThrough = () => {};
	const styles = new Promise<void>((resolve) => (letStylesThrough = resolve));
	await page.route('**/*.css', async (route) => {
		await styles;
		await route.continue();
	});
	const release = await holdGraphFile(page);
	await page.goto('/', { waitUntil: 'commit' });
	const picture = page.locator('.graph-preview');
	await expect(picture).toBeVisible();
	const [area, box] = await Promise.all([
		page.locator('.preview').boundingBox(),
		picture.boundingBox()
	]);
	expect(Math.max(box!.width / area!.width, box!.height / area!.height)).toBeGreaterThan(0.85);
	expect(await page.locator('body').evaluate((el) => getComputedStyle(el).margin)).toBe('0px');
	letStylesThrough();
	release();
	await drawnGraph(page);
});

test('the picture stays over the canvas until the graph is drawn there, so no blank frame comes between', async ({
	page
}) => {
	// When the picture leaves the page, how much of the graph's canvas is painted (its node layer,
	// read as it is at that moment) and where the picture was.
	await page.addInitScript(() => {
		const seen = new MutationObserver(() => {
			const picture = document.querySelector('[data-preview-of]');
			const w = window as unknown as {
				pictureLeft?: number;
				pictureParent?: string;
				edgesWhenLeft?: number;
				cy?: { edges(): { length: number } };
			};
			if (picture) {
				w.pictureParent = picture.parentElement?.className ?? '';
				return;
			}
			if (w.pictureParent === undefined || w.pictureLeft !== undefined) return;
			w.edgesWhenLeft = w.cy?.edges().length ?? -1;
			const layer = document.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]');
			const context = layer?.getContext('2d');
			if (!layer || !context) {
				w.pictureLeft = 0;
				return;
			}
			const { data } = context.getImageData(0, 0, layer.width, layer.height);
			let painted = 0;
			for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
			w.pictureLeft = painted;
		});
		document.addEventListener('DOMContentLoaded', () =>
			seen.observe(document.body, { childList: true, subtree: true })
		);
	});
	await page.goto('/');
	await drawnGraph(page);
	const left = await page.evaluate(
		() => (window as unknown as { pictureLeft?: number }).pictureLeft
	);
	// Thousands of pixels of nodes and edges were already on the canvas.
	expect(left).toBeGreaterThan(2000);
	// The nodes are drawn a frame before their edges: the picture waited for the edges too, all
	// of those drawn once the graph is still.
	const edges = await page.evaluate(() => {
		const w = window as unknown as {
			edgesWhenLeft?: number;
			cy: { edges(selector: string): { length: number } };
		};
		return { left: w.edgesWhenLeft, drawn: w.cy.edges(':visible').length };
	});
	expect(edges.drawn).toBeGreaterThan(0);
	expect(edges.left).toBe(edges.drawn);
	// And until then the picture lay over the live canvas, in the explorer's own frame.
	expect(
		await page.evaluate(() => (window as unknown as { pictureParent?: string }).pictureParent)
	).toContain('graph-canvas');
});

test('on a screen taller than wide the picture is turned on its side as the graph will be, its names upright', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const release = await holdGraphFile(page);
	await page.goto('/');
	const picture = page.locator('.graph-preview');
	await expect(picture).toBeVisible();
	const box = (await picture.boundingBox())!;
	expect(box.height).toBeGreaterThan(box.width);
	const place = (await page.locator('.preview').boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(place.y + place.height);
	// The guests, side by side on a wide screen, one above the other; every name inside the picture.
	const xiang = (await picture.getByText('Xiang Lipeng', { exact: true }).boundingBox())!;
	const wang = (await picture.getByText('Wang Qing', { exact: true }).boundingBox())!;
	expect(xiang.y + xiang.height).toBeLessThan(wang.y);
	for (const name of await picture.locator('span:visible').all()) {
		const at = (await name.boundingBox())!;
		expect(at.y).toBeGreaterThanOrEqual(box.y - 1);
		expect(at.y + at.height).toBeLessThanOrEqual(box.y + box.height + 1);
	}
	release();
	await drawnGraph(page);
	// The live graph is drawn turned the same way.
	const order = await page.evaluate(() => {
		const cy = window.cy!;
		return (
			cy.getElementById('xiang-lipeng').position().y < cy.getElementById('wang-qing').position().y
		);
	});
	expect(order).toBe(true);
});

/** The boxes of the names the picture shows, as the browser lays them out. */
async function nameBoxes(page: Page) {
	const picture = page.locator('.graph-preview');
	await expect(picture).toBeVisible();
	return picture.evaluate((el) =>
		[...el.querySelectorAll('span')]
			.filter((span) => getComputedStyle(span).display !== 'none')
			.map((span) => {
				const r = span.getBoundingClientRect();
				return { name: span.textContent!, x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
			})
	);
}

/** Pairs of names whose boxes overlap by more than a pixel. */
function overlapping(boxes: Awaited<ReturnType<typeof nameBoxes>>): string[] {
	const pairs: string[] = [];
	boxes.forEach((a, i) =>
		boxes.slice(i + 1).forEach((b) => {
			const x = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
			const y = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
			if (x > 1 && y > 1) pairs.push(`${a.name} / ${b.name}`);
		})
	);
	return pairs;
}

// Turned on its side (the picture's place taller than wide), names written across a transposed
// drawing are where they used to collide.
for (const [width, height, what] of [
	[1600, 1000, 'a wide screen, transcript beside the graph'],
	[390, 844, 'a phone']
] as const) {
	test(`the picture's names never overlap one another on ${what}`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await holdGraphFile(page);
		await page.goto('/');
		const boxes = await nameBoxes(page);
		expect(overlapping(boxes)).toEqual([]);
		// The people and the largest topics always find room.
		const names = boxes.map((b) => b.name);
		for (const name of ['Gong Haihan', 'Xiang Lipeng', 'Wang Qing', 'Blockchain']) {
			expect(names).toContain(name);
		}
		// Most names are written (the rest, with no room, are left out rather than overlapped).
		expect(boxes.length).toBeGreaterThan(30);
	});
}

test('an address that asks for another view gets the picture faded, as what is loading', async ({
	page
}) => {
	const release = await holdGraphFile(page);
	await page.goto('/?select=wang-qing');
	const picture = page.locator('.graph-preview');
	await expect
		.poll(() => page.locator('.preview').evaluate((el) => Number(getComputedStyle(el).opacity)))
		.toBeLessThan(0.5);
	release();
	await drawnGraph(page);
	await expect(picture).toHaveCount(0);
});

test('a graph file the server does not have is named in the error, and Try again loads it', async ({
	page,
	pageProblems
}) => {
	let fail = true;
	await page.route(`**${GRAPH_URL}`, (route) =>
		fail ? route.fulfill({ status: 404, body: 'Not Found' }) : route.continue()
	);
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(alert.getByRole('heading')).toHaveText('The graph could not be loaded');
	await expect(alert).toContainText(
		`${GRAPH_URL} could not be fetched: the server answered 404 Not Found.`
	);
	// The failed request is the one this test made fail, and the only problem.
	expect(pageProblems.map((p) => p.replace(/http:\/\/[^/]+/, ''))).toEqual(
		expect.arrayContaining([`HTTP 404: ${GRAPH_URL}`])
	);
	pageProblems.splice(0);
	fail = false;
	await alert.getByRole('button', { name: 'Try again' }).click();
	await drawnGraph(page);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test("a file that is not a graph gets readGraph's message, naming it", async ({ page }) => {
	await page.route(`**${GRAPH_URL}`, (route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/json',
			body: JSON.stringify({ type: 'citegraph.graph', version: 1 })
		})
	);
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText(
		`${GRAPH_URL} uses graph format version 1, but this Citegraph reads version 2`
	);
	await expect(page.getByRole('alert')).toContainText('rebuild it with npm run graph:build');
});

test('a file that is not JSON is named', async ({ page }) => {
	await page.route(`**${GRAPH_URL}`, (route) =>
		route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Moved</p>' })
	);
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText(
		`${GRAPH_URL} is not valid JSON: the file is damaged or is not a graph file.`
	);
});

test("a claim's permalink reads without JavaScript and carries no unrelated sentence", async ({
	noScript,
	request
}) => {
	await noScript.goto('/node/wang-5g-breaks-out-first');
	await expect(noScript.getByRole('heading', { level: 1 })).toContainText(
		'Given experience, consensus and supply, 5G will break out first'
	);
	await expect(noScript.getByText(WANG_5G).first()).toBeVisible();
	const html = await (await request.get('/node/wang-5g-breaks-out-first')).text();
	expect(html).toContain(WANG_5G);
	expect(html).not.toContain(XIANG_Q2);
	// Its data is in its HTML only: no data file beside it for a router that never draws it.
	expect((await request.get('/node/wang-5g-breaks-out-first/__data.json')).status()).toBe(404);
});
