/**
 * The layout holds still: the page draws the positions the build computed, showing and hiding
 * moves nothing else, and a re-layout (or the layout of a document compiled without positions)
 * runs in a Web Worker while the page keeps answering.
 */
import type { Page, Route } from '@playwright/test';
import {
	canvasOf,
	clickNode,
	detailsOf,
	expect,
	home,
	nodeById,
	nodesOfType,
	openGraph,
	params,
	selectInGraph,
	settled,
	test
} from './fixtures';

type Positions = Record<string, { x: number; y: number }>;

/** Model positions of the nodes Cytoscape draws. */
const positionsOf = (page: Page): Promise<Positions> =>
	page.evaluate(() =>
		Object.fromEntries(
			window.cy!.nodes(':visible').map((node) => [node.id(), { ...node.position() }])
		)
	);

/** Positions of the nodes both maps hold, rounded to a tenth as the build rounds them. */
function common(a: Positions, b: Positions): [Positions, Positions] {
	const round = (p: { x: number; y: number }) => ({
		x: Math.round(p.x * 10) / 10,
		y: Math.round(p.y * 10) / 10
	});
	const ids = Object.keys(a).filter((id) => id in b);
	return [
		Object.fromEntries(ids.map((id) => [id, round(a[id]!)])),
		Object.fromEntries(ids.map((id) => [id, round(b[id]!)]))
	];
}

/** The graph file as it would be for a document compiled without the optional `layout` field. */
async function withoutLayout(route: Route): Promise<void> {
	const response = await route.fetch();
	const graph = (await response.json()) as { layout?: unknown };
	expect(graph.layout).toBeDefined();
	delete graph.layout;
	await route.fulfill({ response, json: graph });
}

const questions = nodesOfType(home, 'question');
/** Nodes of the opening view: every node but the answers, which start collapsed. */
const initialCount = () => home.nodes.filter((n) => n.type !== 'answer').length;
const firstQuestion = questions[0]!;

test('the first draw puts every node where the build placed it', async ({ page }) => {
	await openGraph(page);
	const drawnAt = await positionsOf(page);
	// Answers start collapsed: the five questions are drawn, no answer is.
	expect(Object.keys(drawnAt)).toEqual(expect.arrayContaining(questions.map((q) => q.id)));
	expect(
		Object.keys(drawnAt).some((id) => nodesOfType(home, 'answer').some((a) => a.id === id))
	).toBe(false);
	const shipped = home.layout!.positions;
	for (const [id, p] of Object.entries(drawnAt)) expect(p, id).toEqual(shipped[id]);
});

test("expanding one question's answers keeps every other node where it was", async ({ page }) => {
	await selectInGraph(page, firstQuestion.id);
	const before = await positionsOf(page);
	await detailsOf(page)
		.getByRole('button', { name: /^Expand \d+ answers?$/ })
		.click();
	await expect.poll(() => params(page).expand).toBe(firstQuestion.id);
	await settled(page);
	const after = await positionsOf(page);
	// Question 1 was answered by both guests: two answers appear ...
	const answers = nodesOfType(home, 'answer').filter((a) => a.question === firstQuestion.id);
	expect(answers).toHaveLength(2);
	for (const answer of answers) expect(Object.keys(after)).toContain(answer.id);
	// ... and nothing that was drawn moved.
	const [was, is] = common(before, after);
	expect(Object.keys(was)).toHaveLength(Object.keys(before).length);
	expect(is).toEqual(was);
});

test('Collapse all returns to the opening layout', async ({ page }) => {
	await openGraph(page);
	const opening = await positionsOf(page);
	await page.getByRole('button', { name: 'Expand all answers' }).click();
	await settled(page);
	expect(Object.keys(await positionsOf(page)).length).toBeGreaterThan(Object.keys(opening).length);
	await page.getByRole('button', { name: 'Collapse all' }).click();
	await settled(page);
	expect(await positionsOf(page)).toEqual(opening);
});

/** Where each item of the explorer's toolbar is drawn, rounded to the pixel. */
const toolbarBoxes = (page: Page) =>
	page.getByRole('toolbar', { name: 'Explore' }).evaluate((bar) =>
		[...bar.querySelectorAll('button, [role="status"], input, select')]
			.map((item) => item.getBoundingClientRect())
			.filter((box) => box.width > 0)
			.map((box) => [box.left, box.top, box.width, box.height].map(Math.round).join(','))
	);

test('no step of the interview moves a node already drawn, nor reflows the toolbar', async ({
	page
}) => {
	// Fourteen steps, each waited for: give a busy machine time.
	test.slow();
	await page.setViewportSize({ width: 1440, height: 900 });
	await openGraph(page);
	await page.getByRole('button', { name: 'Follow the interview' }).click();
	const sequence = page.getByRole('group', { name: 'Interview sequence' });
	const where = sequence.getByRole('status', { name: 'Current turn' });
	// The interview has 14 turns: a narration, then five questions and their answers.
	await expect(where).toContainText('Turn 1 of 14');
	await settled(page);
	const toolbar = await toolbarBoxes(page);
	const labels = new Set<string>();
	for (let turn = 2; turn <= 14; turn++) {
		const before = await positionsOf(page);
		await sequence.getByRole('button', { name: 'Next turn' }).click();
		await expect(where).toContainText(`Turn ${turn} of 14`);
		await settled(page);
		const after = await positionsOf(page);
		const [was, is] = common(before, after);
		// Every node drawn before the step is still drawn, where it was.
		expect(Object.keys(was), `turn ${turn}`).toHaveLength(Object.keys(before).length);
		expect(is, `turn ${turn}`).toEqual(was);
		// The turn's summary changes length; the toolbar's items stay where they were.
		labels.add(await where.innerText());
		expect(await toolbarBoxes(page), `turn ${turn}`).toEqual(toolbar);
	}
	expect(new Set([...labels].map((l) => l.length)).size).toBeGreaterThan(1);
});

test('depth: none looks chosen without a focus, and a greater depth shows more', async ({
	page
}) => {
	// Wang Qing's claim on the order of 5G, UHV and the Industrial Internet, opened by link so
	// the test does not depend on where it is drawn.
	const claim = nodeById(home, 'wang-order-5g-uhv-industrial-internet');
	await openGraph(page, `/?select=${claim.id}`);
	const depth = page.getByRole('group', { name: 'Focus' });
	// Nothing focused: no depth is offered, so none can look pressed.
	await expect(depth.getByRole('radio')).toHaveCount(0);
	await depth.getByRole('button', { name: 'Focus on selection' }).click();
	await expect.poll(() => params(page).focus).toBe(claim.id);
	await settled(page);
	await expect(depth.getByRole('radio', { name: '1' })).toBeChecked();
	await expect(depth.getByRole('radio', { name: '2' })).not.toBeChecked();
	const atOne = Object.keys(await positionsOf(page)).sort();
	// Depth 1: the claim, its speaker, the topics it names and the claims it answers.
	expect(atOne).toEqual(
		expect.arrayContaining([
			claim.id,
			'wang-qing',
			'5g',
			'uhv',
			'industrial-internet',
			'wang-5g-breaks-out-first',
			'xiang-industrial-internet-emerges-first'
		])
	);
	expect(atOne.length).toBeLessThan(initialCount());
	await depth.getByRole('radio', { name: '2' }).check();
	await expect.poll(() => params(page).depth).toBe('2');
	await settled(page);
	await expect(depth.getByRole('radio', { name: '1' })).not.toBeChecked();
	const atTwo = Object.keys(await positionsOf(page)).sort();
	// Two steps reach everything one step does, and more: Wang Qing's other claims, for one.
	expect(atTwo).toEqual(expect.arrayContaining(atOne));
	expect(atTwo.length).toBeGreaterThan(atOne.length);
	// His claim that Hubei's 5G plan passed review is two steps away (through 5G, or him).
	const otherClaim = nodeById(home, 'wang-hubei-5g-plan-passed-review');
	expect(atOne).not.toContain(otherClaim.id);
	expect(atTwo).toContain(otherClaim.id);
	// Leaving the focus takes the depth away again.
	await depth.getByRole('button', { name: 'Leave focus' }).click();
	await expect(depth.getByRole('radio')).toHaveCount(0);
});

/** Holds the layout worker's script until `release` is called, so a layout stays under way. */
async function holdWorker(page: Page): Promise<() => Promise<void>> {
	let held: Route | null = null;
	let arrived: () => void = () => {};
	const arrival = new Promise<void>((resolve) => (arrived = resolve));
	await page.route(/layout\.worker[^/]*\.js/, (route) => {
		held = route;
		arrived();
	});
	return async () => {
		await arrival;
		await held!.continue();
	};
}

test('re-layout runs in a worker, and a click on a node is handled while it runs', async ({
	page
}) => {
	// Several steps, or a worker to load and run: give a busy machine time.
	test.slow();
	await openGraph(page);
	const release = await holdWorker(page);
	const before = await positionsOf(page);
	await page.getByRole('button', { name: 'Re-run layout' }).click();
	const progress = page.getByRole('status', { name: 'Layout' });
	await expect(progress).toBeVisible();
	await expect(canvasOf(page)).toHaveAttribute('aria-busy', 'true');

	// The layout is under way (its worker has not even loaded): the page still answers a click.
	const clicked = await clickNode(page, ['speaker']);
	await expect.poll(() => params(page).select).toBe(clicked.id);
	await expect(detailsOf(page).getByRole('heading', { level: 2 })).toBeVisible();
	await expect(progress).toBeVisible();

	await release();
	// The worker still has to load and lay the graph out, on a machine that may be busy.
	await expect(canvasOf(page)).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
	await expect(progress).toBeHidden();
	const after = await positionsOf(page);
	expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
	expect(after).not.toEqual(before);
});

test('a re-layout can be cancelled, leaving every node where it was', async ({ page }) => {
	await openGraph(page);
	await holdWorker(page);
	const before = await positionsOf(page);
	await page.getByRole('button', { name: 'Re-run layout' }).click();
	const progress = page.getByRole('status', { name: 'Layout' });
	await progress.getByRole('button', { name: 'Cancel' }).click();
	await expect(progress).toBeHidden();
	await settled(page);
	expect(await positionsOf(page)).toEqual(before);
});

test('a document compiled without positions still opens, laid out in a worker', async ({
	page
}) => {
	// Several steps, or a worker to load and run: give a busy machine time.
	test.slow();
	// The explorer fetches its graph file: serve it without the optional `layout` field.
	await page.route(/\/graphs\/[^/]+\.json$/, withoutLayout);
	const worker = page.waitForRequest(/layout\.worker[^/]*\.js/);
	await page.goto('/');
	await worker;
	await page.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0);
	await expect(canvasOf(page)).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
	const drawnAt = await positionsOf(page);
	expect(Object.keys(drawnAt)).toEqual(expect.arrayContaining(questions.map((q) => q.id)));
	// Laid out: not left on the circle they start on (centred on 0, 0), no two on one spot.
	const radius = 60 * Math.sqrt(home.nodes.length);
	const offCircle = Object.values(drawnAt).filter(
		(p) => Math.abs(Math.hypot(p.x, p.y) - radius) > 1
	);
	expect(offCircle.length).toBeGreaterThan(Object.keys(drawnAt).length / 2);
	const spots = new Set(Object.values(drawnAt).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
	expect(spots.size).toBe(Object.keys(drawnAt).length);
	await clickNode(page, ['question']);
	await expect(detailsOf(page).getByRole('heading', { level: 2 })).toBeVisible();
});

test('the Layout menu arranges the graph as the overview, gliding every node to where the build put it, and the URL and history keep it', async ({
	page
}) => {
	await openGraph(page);
	const layout = page.getByRole('combobox', { name: 'Layout' });
	await expect(layout).toHaveValue('speaker');
	const opening = await positionsOf(page);
	// Notes on every frame whether a claim is being moved by an animation.
	const claim = nodesOfType(home, 'claim')[0]!.id;
	await page.evaluate((id) => {
		const samples: boolean[] = [];
		(window as unknown as { samples: typeof samples }).samples = samples;
		const sample = () => {
			samples.push(window.cy!.getElementById(id).animated());
			if (samples.length < 600) requestAnimationFrame(sample);
		};
		requestAnimationFrame(sample);
	}, claim);
	await layout.selectOption('Overview');
	await expect.poll(() => params(page).layout).toBe('overview');
	await settled(page);
	const overview = home.layout!.arrangements.overview!;
	const arranged = await positionsOf(page);
	expect(Object.keys(arranged).sort()).toEqual(Object.keys(opening).sort());
	for (const [id, p] of Object.entries(arranged)) expect(p, id).toEqual(overview[id]);
	// It glided: on some frame the claim was on its way.
	expect(
		await page.evaluate(() => (window as unknown as { samples: boolean[] }).samples.some(Boolean))
	).toBe(true);
	expect(opening[claim]).not.toEqual(overview[claim]);

	// Expanding answers in this arrangement puts them where it placed them.
	await page.getByRole('button', { name: 'Expand all answers' }).click();
	await settled(page);
	const expanded = await positionsOf(page);
	for (const answer of nodesOfType(home, 'answer'))
		expect(expanded[answer.id], answer.id).toEqual(overview[answer.id]);
	await page.getByRole('button', { name: 'Collapse all' }).click();
	await settled(page);

	// Back to the opening arrangement through the history (collapse, expand, layout), then by
	// question.
	for (let step = 0; step < 3; step++) await page.goBack();
	await expect.poll(() => params(page).layout).toBeUndefined();
	await expect(layout).toHaveValue('speaker');
	await settled(page);
	expect(await positionsOf(page)).toEqual(opening);
	await layout.selectOption('By question');
	await expect.poll(() => params(page).layout).toBe('question');
	await settled(page);
	const byQuestion = home.layout!.arrangements.question!;
	for (const [id, p] of Object.entries(await positionsOf(page)))
		expect(p, id).toEqual(byQuestion[id]);
});

test('a link with layout=question opens in that arrangement', async ({ page }) => {
	await openGraph(page, '/?layout=question');
	await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('question');
	await settled(page);
	const byQuestion = home.layout!.arrangements.question!;
	const drawnAt = await positionsOf(page);
	expect(Object.keys(drawnAt).length).toBe(initialCount());
	for (const [id, p] of Object.entries(drawnAt)) expect(p, id).toEqual(byQuestion[id]);
});

test('on a screen taller than wide the wide by-speaker arrangement is drawn turned on its side, filling the height, and turns back when the screen does', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openGraph(page);
	const shipped = home.layout!.positions;
	// x and y exchanged: the guests, side by side on a wide screen, one above the other.
	const drawnAt = await positionsOf(page);
	expect(Object.keys(drawnAt).length).toBe(initialCount());
	for (const [id, p] of Object.entries(drawnAt)) {
		expect(p, id).toEqual({ x: shipped[id]!.y, y: shipped[id]!.x });
	}
	expect(drawnAt['xiang-lipeng']!.y).toBeLessThan(drawnAt['wang-qing']!.y);
	const filled = await page.evaluate(() => {
		const cy = window.cy!;
		const box = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
		return { tall: box.h > box.w, height: box.h / cy.height(), width: box.w / cy.width() };
	});
	// Drawn taller than wide, as wide or as tall as the canvas allows (names and padding aside).
	expect(filled.tall).toBe(true);
	expect(Math.max(filled.height, filled.width)).toBeGreaterThan(0.65);
	expect(Math.max(filled.height, filled.width)).toBeLessThanOrEqual(1);
	// Held on its side, the screen is wide again: every node goes back where the build put it.
	await page.setViewportSize({ width: 844, height: 390 });
	await expect
		.poll(async () => {
			const now = await positionsOf(page);
			return Object.entries(now).every(
				([id, p]) => p.x === shipped[id]!.x && p.y === shipped[id]!.y
			);
		})
		.toBe(true);
});

/** Which of `ids` the Cytoscape instance holds, drawn or hidden. */
const inCanvas = (page: Page, ids: string[]) =>
	page.evaluate((ids) => ids.filter((id) => window.cy!.getElementById(id).nonempty()), ids);

const answers = nodesOfType(home, 'answer').map((answer) => answer.id);

test('an answer joins the canvas only when first shown, where the build placed it', async ({
	page
}) => {
	await openGraph(page);
	// Nothing has shown an answer yet: Cytoscape does not hold them (it would style each).
	expect(await inCanvas(page, answers)).toEqual([]);
	await page.getByRole('button', { name: 'Expand all answers' }).click();
	await settled(page);
	expect((await inCanvas(page, answers)).sort()).toEqual([...answers].sort());
	const shipped = home.layout!.positions;
	const drawnAt = await positionsOf(page);
	for (const id of answers) expect(drawnAt[id], id).toEqual(shipped[id]);
});

test('answers first shown after the screen turned tall join the graph turned like the rest', async ({
	page
}) => {
	await openGraph(page);
	const shipped = home.layout!.positions;
	await page.setViewportSize({ width: 390, height: 844 });
	await expect
		.poll(async () => (await positionsOf(page))['wang-qing'])
		.toEqual({ x: shipped['wang-qing']!.y, y: shipped['wang-qing']!.x });
	await settled(page);
	await page.getByRole('button', { name: 'Expand all answers' }).click();
	await settled(page);
	const drawnAt = await positionsOf(page);
	for (const id of answers) {
		expect(drawnAt[id], id).toEqual({ x: shipped[id]!.y, y: shipped[id]!.x });
	}
});

test('a screen turned while the nodes glide to another arrangement still turns the graph once they arrive', async ({
	page
}) => {
	await page.setViewportSize({ width: 844, height: 390 });
	await openGraph(page);
	const byQuestion = home.layout!.arrangements.question!;
	// The screen turns upright while the nodes are on their way (the glide takes 350 ms).
	await page.getByRole('combobox', { name: 'Layout' }).selectOption('By question');
	await page.setViewportSize({ width: 390, height: 844 });
	await expect
		.poll(async () => {
			const now = await positionsOf(page);
			return Object.entries(now).every(
				([id, p]) => p.x === byQuestion[id]!.y && p.y === byQuestion[id]!.x
			);
		})
		.toBe(true);
});
