import { RELATIONS } from '../../src/lib/graph/vocabulary';
import {
	canvasOf,
	clearestEdge,
	clearestNode,
	clickNode,
	detailsOf,
	drawn,
	edgeById,
	expect,
	graphs,
	home,
	legendOf,
	listCounts,
	nodeById,
	onPage,
	openGraph,
	selectedInCy,
	settled,
	test
} from './fixtures';
// Expected views come from the tests' own simple implementation, never from query.ts.
import { expectedView } from '../oracle/view';

for (const [index, graph] of graphs.entries()) {
	const paths = index === 0 ? ['/', `/d/${graph.document.id}`] : [`/d/${graph.document.id}`];
	for (const path of paths) {
		test(`${path} draws what the filters leave of ${graph.document.id}, answers collapsed`, async ({
			page
		}) => {
			await openGraph(page, path);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(graph.document.title);

			const visible = expectedView(graph);
			const answers = graph.nodes.filter((n) => n.type === 'answer').length;
			expect(visible.nodes.size).toBe(graph.nodes.length - answers);
			const shown = await drawn(page);
			expect(shown.nodes).toEqual([...visible.nodes].sort());
			expect(shown.edges).toEqual([...visible.edges].sort());
			expect(await listCounts(page)).toEqual({
				nodes: visible.nodes.size,
				edges: visible.edges.size
			});
			await expect(page.getByRole('status', { name: 'Graph size' })).toHaveText(
				answers === 0
					? `${graph.nodes.length} nodes · ${graph.edges.length} edges`
					: `${visible.nodes.size} of ${graph.nodes.length} nodes · ${visible.edges.size} of ${graph.edges.length} edges shown · ${answers} answer${answers === 1 ? '' : 's'} collapsed`
			);
		});
	}
}

test('expanding every answer draws every node and edge of the graph', async ({ page }) => {
	test.skip(!home.nodes.some((n) => n.type === 'answer'), 'the graph has no answers');
	await openGraph(page, '/');
	await page.getByRole('button', { name: 'Expand all answers' }).click();
	await settled(page);
	const shown = await drawn(page);
	expect(shown.nodes).toHaveLength(home.nodes.length);
	expect(shown.edges).toHaveLength(home.edges.length);
	expect(await listCounts(page)).toEqual({ nodes: home.nodes.length, edges: home.edges.length });
	await expect(page.getByRole('status', { name: 'Graph size' })).toHaveText(
		`${home.nodes.length} nodes · ${home.edges.length} edges`
	);
});

test('the legend lists each node type present, with how many are shown', async ({ page }) => {
	await openGraph(page, '/');
	const types = legendOf(page).getByRole('region', { name: 'Node types' });
	const visible = expectedView(home);
	const counts = new Map<string, { total: number; shown: number }>();
	for (const node of home.nodes) {
		const entry = counts.get(node.type) ?? { total: 0, shown: 0 };
		entry.total += 1;
		if (visible.nodes.has(node.id)) entry.shown += 1;
		counts.set(node.type, entry);
	}

	// The type toggles (each also has an "only" button beside it).
	const buttons = types.getByRole('button', { pressed: true });
	await expect(buttons).toHaveCount(counts.size);
	for (const [type, { total, shown }] of counts) {
		const expected = shown === total ? `${total}` : `${shown}\\s*of ${total}`;
		await expect(
			buttons.filter({ hasText: new RegExp(`^\\s*${type}\\s*${expected}\\s*$`, 'i') })
		).toHaveCount(1);
	}
});

test('clicking a node shows its label and type', async ({ page }) => {
	await openGraph(page, '/');
	const details = detailsOf(page);
	// On a laptop the panel opens with something to show (detail.test.ts).
	await expect(details).toBeHidden();

	const target = await clickNode(page, ['speaker', 'organization', 'question']);
	const node = nodeById(home, target.id);
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(node.label);
	await expect(details).toContainText(node.type);
	expect(await selectedInCy(page)).toBe(node.id);
});

test('clicking a claim shows its statement and the sentences it quotes', async ({ page }) => {
	test.skip(!home.nodes.some((node) => node.type === 'claim'), 'the graph has no claims');
	await openGraph(page, '/');
	const target = await clickNode(page, ['claim']);
	const claim = nodeById(home, target.id);
	if (claim.type !== 'claim') throw new Error('expected a claim');

	const details = detailsOf(page);
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(claim.label);
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
	await expect(details).toContainText(RELATIONS[edge.relation]);
	await expect(
		details.getByRole('link', { name: nodeById(home, edge.source).label, exact: true }).first()
	).toBeVisible();
	await expect(
		details.getByRole('link', { name: nodeById(home, edge.target).label, exact: true }).first()
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
	const target = await clickNode(page, ['speaker', 'organization', 'question']);
	const details = detailsOf(page);
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(
		nodeById(home, target.id).label
	);
	await settled(page);

	// The layout fits the graph with padding, so the canvas's corner is empty.
	const corner = { x: 6, y: 6 };
	const empty = await page.evaluate(
		({ x, y }) =>
			window.cy!.elements(':visible').every((element) => {
				const box = element.renderedBoundingBox();
				return x < box.x1 || x > box.x2 || y < box.y1 || y > box.y2;
			}),
		corner
	);
	expect(empty, 'the corner of the canvas is clear of elements').toBe(true);
	const cornerPoint = await onPage(canvas, corner);
	await page.mouse.click(cornerPoint.x, cornerPoint.y);

	await expect(details.getByRole('heading', { level: 2 })).toHaveCount(0);
	await expect(details).toBeHidden();
	expect(await selectedInCy(page)).toBe('');
});

test('the clear button in the panel clears the selection in the graph too', async ({ page }) => {
	await openGraph(page, '/');
	const target = await clearestNode(page, ['speaker', 'organization', 'question']);
	await clickNode(page, [], [target.id]);
	await expect(detailsOf(page).getByRole('heading', { level: 2 })).toHaveText(
		nodeById(home, target.id).label
	);
	expect(await selectedInCy(page)).toBe(target.id);

	await detailsOf(page).getByRole('button', { name: 'Clear selection' }).click();
	await expect(detailsOf(page)).toBeHidden();
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
	// Every document, then "All documents" (the corpus, see corpus.test.ts).
	await expect(switcher.getByRole('link')).toHaveCount(graphs.length + 1);
	await expect(switcher.getByRole('link')).toHaveText([
		...graphs.map((graph) => graph.document.title),
		'All documents'
	]);
});

// One page per document: each switcher link opens its document, drawn as its own view.
for (const graph of graphs.slice(1)) {
	test(`the switcher opens ${graph.document.id}`, async ({ page }) => {
		await openGraph(page, '/');
		const switcher = page.getByRole('navigation', { name: 'Documents' });
		await switcher.getByRole('link', { name: graph.document.title, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/d/${graph.document.id}$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText(graph.document.title);
		await expect(canvasOf(page)).toHaveAttribute('aria-busy', 'false');
		await expect
			.poll(async () => (await drawn(page)).nodes)
			.toEqual([...expectedView(graph).nodes].sort());
	});
}

test('with Cytoscape’s WebGL renderer (?renderer=webgl) the graph is drawn, its claims keyed, and a click on a node selects it', async ({
	page
}) => {
	// Software GL on a machine without a GPU: slower than the canvas.
	test.slow();
	await openGraph(page, '/?renderer=webgl');
	const webgl = await page.evaluate(
		() => (window.cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl === true
	);
	expect(webgl).toBe(true);
	// The opening view whole: every node but the answers, and the edges between them.
	const visible = expectedView(home);
	const shown = await drawn(page);
	expect(shown.nodes).toEqual([...visible.nodes].sort());
	expect(shown.edges).toEqual([...visible.edges].sort());
	// The still picture has given way to the live graph.
	await expect(page.locator('[data-preview-of]')).toHaveCount(0);
	// Claims drawn without their label carry their number.
	await expect
		.poll(() => page.evaluate(() => window.claimKeys?.()?.keys.length ?? 0))
		.toBeGreaterThan(0);
	const clicked = await clickNode(page, ['speaker']);
	await expect.poll(() => selectedInCy(page)).toBe(clicked.id);
	await expect(detailsOf(page).getByRole('heading', { level: 2 })).toBeVisible();
});
