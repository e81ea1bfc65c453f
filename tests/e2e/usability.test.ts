/**
 * The explorer as people use it: a page that stays put whatever is selected, keys that keep
 * working after a click, and evidence chains drawn whole, inside the canvas and readable.
 */
import type { Page } from '@playwright/test';
import {
	canvasOf,
	claimQuoting,
	clickNode,
	detailsOf,
	expect,
	home,
	nodesOfType,
	openGraph,
	params,
	searchBoxOf,
	settled,
	test
} from './fixtures';
import type { NodeType } from '../../src/lib/graph/schema';

test.use({ viewport: { width: 1280, height: 720 } });

/** How far the window is scrolled, and how much taller than the window the document is. */
const pageScroll = (page: Page) =>
	page.evaluate(() => ({
		scrolled: window.scrollY,
		overflow: document.documentElement.scrollHeight - window.innerHeight
	}));

async function expectPagePut(page: Page) {
	// Scrolls happen after the panel updates; give them a chance to show before asserting.
	await expect.poll(() => pageScroll(page)).toEqual({ scrolled: 0, overflow: 0 });
	await expect(page.getByRole('banner')).toBeInViewport();
	await expect(page.getByRole('toolbar', { name: 'Explore' })).toBeInViewport({ ratio: 1 });
}

const types = [...new Set(home.nodes.map((node) => node.type))] as NodeType[];

for (const type of types) {
	test(`selecting a ${type} never scrolls the page, by mouse or by keyboard`, async ({ page }) => {
		await openGraph(page, type === 'answer' ? `/?expand=${questionIds()}` : '/');
		// The node of the type with the most to say in its panel: the longest panel scrolls most.
		const ids = nodesOfType(home, type)
			.sort((a, b) => b.citations.length - a.citations.length)
			.map((node) => node.id)
			.slice(0, 6);
		const clicked = await clickNode(page, [type], ids);
		await expect.poll(() => params(page).select).toBe(clicked.id);
		await expect(detailsOf(page).getByRole('heading', { level: 2 })).toBeVisible();
		await expectPagePut(page);

		// By keyboard: the search box, the node's name, Enter.
		await page.keyboard.press('Escape');
		await expect.poll(() => params(page).select).toBeUndefined();
		const other = nodesOfType(home, type).find((node) => node.id !== clicked.id) ?? ids[0];
		const target = typeof other === 'string' ? home.nodes.find((n) => n.id === other)! : other!;
		await page.keyboard.press('/');
		await expect(searchBoxOf(page)).toBeFocused();
		await page.keyboard.type(target.label);
		const options = page.getByRole('listbox').getByRole('option');
		await expect(options.first()).toBeVisible();
		const labels = await options.allTextContents();
		const at = labels.findIndex((text) => text.includes(target.label));
		expect(at, `${target.label} is among the search hits`).toBeGreaterThanOrEqual(0);
		for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
		await expect(options.nth(at)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('Enter');
		await expect.poll(() => params(page).select).toBe(target.id);
		await settled(page);
		await expectPagePut(page);
	});
}

function questionIds(): string {
	return nodesOfType(home, 'question')
		.map((q) => q.id)
		.join(',');
}

test('“How is this connected to…?” never scrolls the page', async ({ page }) => {
	const from = claimQuoting('So I think 5G will break out first.');
	const to = nodesOfType(home, 'organization').at(-1)!;
	await openGraph(page, `/?select=${from.id}`);
	const picker = detailsOf(page).getByRole('combobox', { name: 'How is this connected to…?' });
	await picker.fill(to.label);
	await expect(detailsOf(page).getByRole('option').first()).toContainText(to.label);
	await picker.press('ArrowDown');
	await picker.press('Enter');
	await expect.poll(() => params(page).connect).toBe(`${from.id},${to.id}`);
	await settled(page);
	await expectPagePut(page);
});

/** The selected node's rendered centre. */
const selectedAt = (page: Page) =>
	page.evaluate(() => {
		const node = window.cy!.$('node:selected');
		return node.nonempty() ? { id: node.id(), ...node.renderedPosition() } : null;
	});

test('after a mouse selection, the arrow keys move in their direction and Escape clears', async ({
	page
}) => {
	const canvas = await openGraph(page);
	// Nodes with a drawn neighbour to the right and one below, so both arrows have somewhere to go.
	const candidates = await page.evaluate(() => {
		const cy = window.cy!;
		return cy
			.nodes(':visible')
			.filter((node) => {
				const p = node.renderedPosition();
				const towards = (dx: number, dy: number) =>
					node
						.neighborhood('node:visible')
						.nodes()
						.toArray()
						.some((n) => {
							const q = (n as import('cytoscape').NodeSingular).renderedPosition();
							const along = (q.x - p.x) * dx + (q.y - p.y) * dy;
							const across = Math.abs((q.x - p.x) * dy - (q.y - p.y) * dx);
							return along > 0 && across <= along * 2.5;
						});
				return towards(1, 0) && towards(0, 1);
			})
			.map((node) => node.id());
	});
	const start = await clickNode(page, [], candidates);
	await expect.poll(() => params(page).select).toBe(start.id);
	// The click left the keyboard in the graph, where the keys act.
	await expect(canvas).toBeFocused();
	const before = (await selectedAt(page))!;

	await page.keyboard.press('ArrowRight');
	await expect.poll(() => params(page).select).not.toBe(start.id);
	const right = (await selectedAt(page))!;
	expect(right.id).toBe(params(page).select);
	expect(right.x, 'ArrowRight moves to a neighbour on the right').toBeGreaterThan(before.x);

	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('Escape');
	await expect.poll(() => params(page).select).toBeUndefined();
	await expect(detailsOf(page)).toContainText('Select a node or an edge');

	// Down from the first node again: below it.
	await clickNode(page, [], [start.id]);
	await expect.poll(() => params(page).select).toBe(start.id);
	await settled(page);
	const again = (await selectedAt(page))!;
	await page.keyboard.press('ArrowDown');
	await expect.poll(() => params(page).select).not.toBe(start.id);
	const below = (await selectedAt(page))!;
	expect(below.y, 'ArrowDown moves to a neighbour below').toBeGreaterThan(again.y);
});

test('a skip link takes the keyboard to the graph, and the hint says what the keys do', async ({
	page
}) => {
	const canvas = await openGraph(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the graph' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(canvas).toBeFocused();
	const hint = page.locator(`#${await canvas.getAttribute('aria-describedby')}`);
	// Nothing is selected yet: Escape has nothing to clear, and the hint does not offer it.
	await expect(hint).toContainText('select the node in the middle');
	await expect(hint).not.toContainText('Esc');
	await page.keyboard.press('Enter');
	await expect.poll(() => params(page).select).toBeDefined();
	await expect(hint).toContainText('Esc clear the selection');
	await page.keyboard.press('Escape');
	await expect.poll(() => params(page).select).toBeUndefined();
});

/** For every node of the chain on show: inside the canvas, not faded, labelled, readable. */
const chainNodes = (page: Page) =>
	page.evaluate(() => {
		const cy = window.cy!;
		return cy.nodes('.chain').map((node) => {
			const box = node.renderedBoundingBox({ includeLabels: false });
			return {
				id: node.id(),
				inside: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height(),
				opacity: Number(node.style('opacity')),
				label: String(node.style('label')),
				fontPx: Number.parseFloat(String(node.style('font-size'))) * cy.zoom()
			};
		});
	});

async function expectChainReadable(page: Page, ids: string[]) {
	await settled(page);
	// The view glides to the chain: wait for every node to be inside and readable.
	await expect
		.poll(async () => {
			const nodes = await chainNodes(page);
			return {
				ids: nodes.map((n) => n.id).sort(),
				bad: nodes.filter((n) => !n.inside || n.opacity < 1 || !n.label || n.fontPx < 12)
			};
		})
		.toEqual({ ids: [...ids].sort(), bad: [] });
}

test('every node of a trace is inside the canvas, drawn in full and labelled readably', async ({
	page
}) => {
	const claim = claimQuoting('So I think 5G will break out first.');
	await openGraph(page, `/?select=${claim.id}`);
	await detailsOf(page).getByRole('button', { name: 'Trace to speaker' }).click();
	const ids = await page.evaluate(() =>
		window
			.cy!.$('.highlighted')
			.nodes()
			.map((n) => n.id())
	);
	expect(ids).toContain(claim.speaker);
	expect(ids.length).toBeGreaterThanOrEqual(4);
	await expectChainReadable(page, ids);
	// Two branches, each said to be one.
	const branches = detailsOf(page).getByRole('list', { name: /^Branch \d of 2: to / });
	await expect(branches).toHaveCount(2);
	await expect(detailsOf(page).getByText('2 branches lead from')).toBeVisible();
});

test('every node of a connection is inside the canvas, drawn in full and labelled readably', async ({
	page
}) => {
	const from = claimQuoting('So I think 5G will break out first.');
	const to = nodesOfType(home, 'organization').find((o) => !o.id.includes('hubei')) ?? from;
	await openGraph(page, `/?select=${from.id}&connect=${from.id},${to.id}`);
	const ids = await page.evaluate(() =>
		window
			.cy!.$('.highlighted')
			.nodes()
			.map((n) => n.id())
	);
	expect(ids).toContain(to.id);
	await expectChainReadable(page, ids);
});
