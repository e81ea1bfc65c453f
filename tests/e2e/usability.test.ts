/**
 * The explorer as people use it: a page that stays put whatever is selected, keys that keep
 * working after a click, and evidence chains drawn whole, inside the canvas and readable.
 */
import type { Page } from '@playwright/test';
import {
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
// Each test lays the graph out at least once; a busy machine needs more than the default time.
test.describe.configure({ timeout: 90_000 });

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

	// And back left: a neighbour of that node on its left.
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => params(page).select).not.toBe(right.id);
	const left = (await selectedAt(page))!;
	expect(left.id).toBe(params(page).select);
	expect(left.x, 'ArrowLeft moves to a neighbour on the left').toBeLessThan(right.x);

	await page.keyboard.press('Escape');
	await expect.poll(() => params(page).select).toBeUndefined();
	await expect(detailsOf(page)).toBeHidden();
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
		// Named beside the node, or further out on a leader line (label-room.ts).
		const far = new Set((window.claimKeys?.()?.far ?? []).map((name) => name.id));
		return cy.nodes('.chain').map((node) => {
			const box = node.renderedBoundingBox({ includeLabels: false });
			return {
				id: node.id(),
				inside: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height(),
				opacity: Number(node.style('opacity')),
				label: String(node.style('label')),
				drawn: !node.hasClass('no-room') || far.has(node.id()),
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
				bad: nodes.filter(
					(n) => !n.inside || n.opacity < 1 || !n.label || !n.drawn || n.fontPx < 12
				)
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

test('in a trace the selected claim’s label lies over no node, and stays where it is put', async ({
	page
}) => {
	const claim = claimQuoting('So I think 5G will break out first.');
	await openGraph(page, `/?select=${claim.id}&trace=${claim.id}`);
	await settled(page);
	/** The nodes drawn in full that the selected label lies over, and the class that placed it. */
	const labelState = () =>
		page.evaluate((id) => {
			const cy = window.cy!;
			const node = cy.getElementById(id);
			const label = node.boundingBox({
				includeNodes: false,
				includeEdges: false,
				includeLabels: true,
				includeOverlays: false
			});
			const under = cy
				.nodes(':visible')
				// Drawn in full: a faded or dimmed node lies under labels as under edges.
				.not('.faded, .dimmed')
				.filter((other) => {
					if (other.same(node)) return false;
					const b = other.boundingBox({ includeLabels: false, includeOverlays: false });
					return b.x1 < label.x2 && label.x1 < b.x2 && b.y1 < label.y2 && label.y1 < b.y2;
				})
				.map((other) => other.id());
			const place = ['label-above', 'label-right', 'label-left'].find((c) => node.hasClass(c));
			return { under, place: place ?? 'below' };
		}, claim.id);
	// Below it, its last line lay over Wang Qing, whose answer holds it.
	await expect.poll(async () => (await labelState()).under).toEqual([]);
	// Then it holds still: the same place over the next frames.
	const places = await page.evaluate(async (id) => {
		const node = window.cy!.getElementById(id);
		const seen: string[] = [];
		for (let i = 0; i < 20; i++) {
			await new Promise((done) => requestAnimationFrame(done));
			seen.push(
				['label-above', 'label-right', 'label-left'].find((c) => node.hasClass(c)) ?? 'below'
			);
		}
		return [...new Set(seen)];
	}, claim.id);
	expect(places).toEqual([(await labelState()).place]);
});

test('a claim in the middle of a connection is named in the graph, and the chain gives its number', async ({
	page
}) => {
	// From Blockchain to Zinc Link: through the claim Gong Haihan relays, crowded by his company.
	const relayed = 'relayed-blockchain-only-basic-technology';
	await openGraph(page, '/?select=blockchain&connect=blockchain,zinc-link');
	await expectChainReadable(page, ['blockchain', relayed, 'gong-haihan', 'zinc-link']);
	// The chain's list shows the number its key carries in the graph: the 55th claim said.
	await expect(
		detailsOf(page)
			.getByRole('list', { name: /^Connection/ })
			.locator('.key')
			.first()
	).toHaveText('55');
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

// ---------------------------------------------------------------------------------------------
// Following the interview
// ---------------------------------------------------------------------------------------------

test('a step of the interview names its turn and lists its new claims, labelled in the graph', async ({
	page
}) => {
	// Wang Qing's answer to question 1, where he says 5G will break out first.
	const fiveG = claimQuoting('So I think 5G will break out first.');
	const turn = home.turns.findIndex((t) => t.node === `q1-${fiveG.speaker}`);
	expect(turn).toBeGreaterThan(0);
	// The URL counts turns from 1.
	await openGraph(page, `/?step=${turn + 1}`);
	const details = detailsOf(page);
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Wang Qing answers Q1');
	await expect(details).toContainText(`Turn ${turn + 1} of ${home.turns.length}`);
	const claims = details.getByRole('list', { name: 'New claims in this turn' });
	await expect(claims.getByRole('link', { name: fiveG.label })).toBeVisible();
	// Every claim whose first quote lies in this turn, and no other.
	const made = nodesOfType(home, 'claim').filter((claim) =>
		home.sentences.some(
			(s) => s.id === claim.quotes[0]!.sentences[0] && s.turn === home.turns[turn]!.id
		)
	);
	await expect(claims.getByRole('listitem')).toHaveCount(made.length);
	// Each with the number its key carries in the graph: the first is the 18th claim said.
	await expect(claims.locator('.key').first()).toHaveText('18');
	await expect(claims.locator('.key')).toHaveCount(made.length);
	await expect(details.getByRole('heading', { name: `New claims (${made.length})` })).toBeVisible();

	// In the graph, each is marked, drawn in full and labelled where it can be read.
	await settled(page);
	await expect
		.poll(() =>
			page.evaluate(
				(ids) =>
					ids.filter((id) => {
						const cy = window.cy!;
						const node = cy.getElementById(id);
						const box = node.renderedBoundingBox({ includeLabels: false });
						const fontPx = Number.parseFloat(String(node.style('font-size'))) * cy.zoom();
						return !(
							node.hasClass('added') &&
							String(node.style('label')) !== '' &&
							Number(node.style('opacity')) === 1 &&
							fontPx >= 12 &&
							box.x1 >= 0 &&
							box.y1 >= 0 &&
							box.x2 <= cy.width() &&
							box.y2 <= cy.height()
						);
					}),
				made.map((c) => c.id)
			)
		)
		.toEqual([]);

	// Choosing one selects it; clearing the selection brings the step back.
	await claims.getByRole('link', { name: fiveG.label }).click();
	await expect.poll(() => params(page).select).toBe(fiveG.id);
	await details.getByRole('button', { name: 'Clear selection' }).click();
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Wang Qing answers Q1');
});

// ---------------------------------------------------------------------------------------------
// Filters and the legend
// ---------------------------------------------------------------------------------------------

const legend = (page: Page) => page.getByRole('complementary', { name: 'Legend and filters' });

test('every claim a crowded step adds is labelled or numbered, inside the canvas', async ({
	page
}) => {
	// Xiang Lipeng's answer to question 2: 31 nodes at once (12 claims, and the sectors and
	// scenarios he lists), drawn whole in a view that has to zoom out for them.
	const turn = home.turns.findIndex((t) => t.node === 'q2-xiang-lipeng');
	await openGraph(page, `/?step=${turn + 1}`);
	await settled(page);
	const unidentified = () =>
		page.evaluate(() => {
			const cy = window.cy!;
			const placed = window.claimKeys?.();
			// Labelled beside the node, further out on a leader line, or numbered (beside or out).
			const far = new Set((placed?.far ?? []).map((name) => name.id));
			const keyed = new Set((placed?.keys ?? []).map((key) => key.id));
			return cy
				.nodes('.added[type = "claim"]')
				.filter((node) => {
					const box = node.renderedBoundingBox({ includeLabels: false });
					const inside =
						box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
					const named = String(node.style('label')) !== '' && !node.hasClass('no-room');
					return !inside || !(named || far.has(node.id()) || keyed.has(node.id()));
				})
				.map((node) => node.id());
		});
	await expect
		.poll(async () => (await page.evaluate(() => window.cy!.nodes('.added').length)) > 30)
		.toBe(true);
	// Seven of its claims had neither label nor number: no room for either beside them.
	await expect.poll(unidentified).toEqual([]);
});

test('“only” on a relation shows it alone with the nodes it joins, and “all” brings the rest back', async ({
	page
}) => {
	await openGraph(page);
	const everything = await page.evaluate(() => window.cy!.nodes(':visible').length);
	await legend(page)
		.getByRole('button', { name: /^Show only “disagrees with” edges/ })
		.click();
	await expect.poll(() => params(page).relations).toBe('disagrees-with');
	await settled(page);
	// The interview's seven disagreements: Wang Qing's three claims on which sector comes first
	// against Xiang's "the industrial Internet will emerge first"; "still a basic technology"
	// against "not just a basic technology", which also answers the commentators' relayed view;
	// and Wang's two Q5 claims against Xiang's "rare development opportunities".
	const drawn = await page.evaluate(() => ({
		nodes: window
			.cy!.nodes(':visible')
			.map((n) => n.id())
			.sort(),
		edges: window.cy!.edges(':visible').length
	}));
	const joined = [
		'I expect that the industrial Internet will emerge first',
		'So I think 5G will break out first',
		'In chronological order, I think it is 5G, UHV',
		'so the Industrial Internet will break out later',
		'Blockchain is still a basic technology',
		'It is not just a basic technology',
		'blockchain can only be used as a basic technology at the moment',
		'On the one hand, the construction content',
		'So I think the effect is an expanded market',
		'The key point of blockchain technology for new infrastructure'
	];
	expect(drawn.edges).toBe(7);
	expect(drawn.nodes).toEqual(joined.map((words) => claimQuoting(words).id).sort());
	await expect(legend(page)).toContainText(
		`${everything - joined.length} nodes that no shown relation joins are hidden`
	);

	// The same button, now "all", is the way back.
	await legend(page).getByRole('button', { name: 'Show every relation again' }).click();
	await expect.poll(() => params(page).relations).toBeUndefined();
	await settled(page);
	expect(await page.evaluate(() => window.cy!.nodes(':visible').length)).toBe(everything);

	// Types likewise, with "Show all types" as the way back.
	await legend(page).getByRole('button', { name: 'Show only question nodes' }).click();
	await expect.poll(() => params(page).types).toBe('question');
	await settled(page);
	expect(
		await page.evaluate(() =>
			window.cy!.nodes(':visible').every((n) => n.data('type') === 'question')
		)
	).toBe(true);
	await expect(legend(page)).toContainText(/\d+ nodes? on screen ha(s|ve) no edge on screen/);
	await legend(page).getByRole('button', { name: 'Show all types' }).click();
	await expect.poll(() => params(page).types).toBeUndefined();
	await settled(page);
	expect(await page.evaluate(() => window.cy!.nodes(':visible').length)).toBe(everything);
});

test('a speaker’s panel lists where they disagree with someone', async ({ page }) => {
	await openGraph(page, '/?select=xiang-lipeng');
	const list = detailsOf(page).getByRole('list', { name: 'Disagreements' });
	const items = list.getByRole('listitem');
	// Six of Wang Qing's claims disagree with Xiang's; Xiang disagrees with the commentators'
	// view that Gong Haihan relays, which is theirs, not the host's.
	await expect(items).toHaveCount(7);
	await expect(list.getByRole('link', { name: 'Wang Qing disagrees' })).toHaveCount(6);
	await expect(
		list.getByRole('link', { name: 'disagrees with commentators (relayed by Gong Haihan)' })
	).toHaveCount(1);
	await expect(list.getByRole('link', { name: /^(disagrees with )?Gong Haihan/ })).toHaveCount(0);
	const theirs = claimQuoting('I expect that the industrial Internet will emerge first');
	const first = items.first();
	await expect(first.getByRole('link', { name: theirs.label })).toBeVisible();
	await first.getByRole('link', { name: 'Wang Qing disagrees' }).click();
	await expect.poll(() => params(page).select).toMatch(/--disagrees-with--/);
});

test('with nothing focused no depth looks chosen, and the toolbar stays on one row', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await openGraph(page, `/?step=3`);
	await expect(page.getByRole('radio')).toHaveCount(0);
	// One row: every item's middle at the same height.
	const middles = await page.getByRole('toolbar', { name: 'Explore' }).evaluate((bar) =>
		[...bar.children]
			.map((c) => c.getBoundingClientRect())
			.filter((box) => box.height > 0)
			.map((box) => box.top + box.height / 2)
	);
	expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(4);
	await expect(page.getByRole('status', { name: 'Graph size' })).toContainText(
		/\d+ answers? collapsed/
	);
});

// ---------------------------------------------------------------------------------------------
// Permalink pages and the explorer without JavaScript
// ---------------------------------------------------------------------------------------------

/** The graph's sentences that a page's main text prints in full more than once. */
async function repeated(page: Page): Promise<string[]> {
	const text = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
	return home.sentences
		.map((s) => s.text.replace(/\s+/g, ' '))
		.filter((s) => s.split(' ').length >= 4 && text.split(s).length - 1 > 1);
}

test('a claim’s page quotes each sentence once and refers back to it', async ({ noScript }) => {
	const fiveG = claimQuoting('So I think 5G will break out first.');
	await noScript.goto(`/node/${fiveG.id}`);
	expect(await repeated(noScript)).toEqual([]);
	await expect(noScript.getByRole('main')).toContainText('So I think 5G will break out first.');
	// Its connections cite the sentence by line, linking to where it is quoted.
	const sentence = fiveG.quotes[0]!.sentences[0]!;
	const back = noScript.locator(`a[href="#${sentence}"]`);
	expect(await back.count()).toBeGreaterThan(3);
	await expect(noScript.locator(`[id="${sentence}"]`)).toHaveCount(1);
	// "So Wang thinks 5G will break out first." says nothing the quote does not.
	await expect(noScript.getByRole('heading', { name: 'Statement' })).toHaveCount(0);
});

test('a topic’s page quotes each sentence once', async ({ noScript }) => {
	// The topic most said about: the page with most to repeat.
	const topic = home.nodes
		.filter((n) => n.type === 'sector')
		.sort(
			(a, b) =>
				home.edges.filter((e) => e.target === b.id).length -
				home.edges.filter((e) => e.target === a.id).length
		)[0]!;
	await noScript.goto(`/node/${topic.id}`);
	await expect(noScript.getByRole('heading', { level: 1 })).toHaveText(topic.label);
	expect(await repeated(noScript)).toEqual([]);
});

test('a claim’s statement leaves out the sentence it shares word for word with its quote', async ({
	noScript
}) => {
	// Its statement's second sentence is the transcript's, word for word; its first says it otherwise.
	await noScript.goto('/node/xiang-pandemic-brings-confused-period');
	await expect(noScript.getByRole('heading', { name: 'Statement' })).toBeVisible();
	await expect(noScript.locator('.statement')).toHaveText(
		'Affected by the global "new crown pneumonia", geopolitical changes have intensified and the growth centres of developed countries have declined, dragging down the global economy.'
	);
	expect(await repeated(noScript)).toEqual([]);
});

test('a claim whose statement says more than its quote keeps it', async ({ noScript }) => {
	const claim = claimQuoting('I expect that the industrial Internet will emerge first');
	await noScript.goto(`/node/${claim.id}`);
	await expect(noScript.getByRole('heading', { name: 'Statement' })).toBeVisible();
	expect(await repeated(noScript)).toEqual([]);
});

test('the explorer without JavaScript says so and links to the node pages and the stance view', async ({
	browser,
	baseURL
}) => {
	// Not the `noScript` fixture: with JavaScript off, the explorer's script preloads are refused,
	// which that fixture counts as failed requests.
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const noScript = await context.newPage();
	await noScript.goto('/');
	const main = noScript.getByRole('main');
	await expect(main.getByRole('heading', { name: 'The graph needs JavaScript' })).toBeVisible();
	// Nothing says it is loading, and no placeholder buttons wait for a script that never runs.
	await expect(noScript.getByText('Loading the graph…')).toBeHidden();
	await expect(noScript.locator('.toolbar .bone').first()).toBeHidden();
	await expect(main.getByRole('link', { name: 'compare the speakers' })).toHaveAttribute(
		'href',
		/stance/
	);
	for (const speaker of nodesOfType(home, 'speaker')) {
		await expect(main.getByRole('link', { name: speaker.label, exact: true })).toHaveAttribute(
			'href',
			new RegExp(`(^|/)node/${speaker.id}$`)
		);
	}
	await main.getByRole('link', { name: 'Wang Qing', exact: true }).click();
	await expect(noScript.getByRole('heading', { level: 1 })).toHaveText('Wang Qing');
	await context.close();
});
