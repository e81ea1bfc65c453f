/**
 * A second document in the app: the test document (tests/fixtures/documents/harbour-power-
 * roundtable) under /d/<id>/…, reached through the document switcher, with its permalinks,
 * canonical links and stance view. Every expected value is written by hand from its transcript.
 */
import {
	canvasOf,
	detailsOf,
	drawn,
	expect,
	listCounts,
	openGraph,
	TEST_DOCUMENT_ID,
	test
} from './fixtures';

const ROOT = `/d/${TEST_DOCUMENT_ID}`;
const TITLE = 'Three Questions on Harbour Power: a test document for Citegraph';

test('the switcher opens the test document, drawn without its answers', async ({ page }) => {
	await openGraph(page, '/');
	const switcher = page.getByRole('navigation', { name: 'Documents' });
	// The interview, the three harbour test documents and "All documents" (nothing is imported in a
	// fresh browser).
	await expect(switcher.getByRole('link')).toHaveCount(5);
	await switcher.getByRole('link', { name: TITLE, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${ROOT}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
	await expect(canvasOf(page)).toHaveAttribute('aria-busy', 'false');
	await expect
		.poll(async () => (await drawn(page)).nodes)
		.toEqual([
			'alvarez-batteries-smooth-load',
			'alvarez-idling-burns-fuel',
			'alvarez-port-pays',
			'alvarez-shore-power-first',
			'alvarez-wind-supplies-harbour',
			'becker-batteries-needed',
			'becker-cargo-too-rare',
			'becker-ferries-only',
			'becker-lines-share-cost',
			'grid-storage',
			'ines-alvarez',
			'mara-quinn',
			'north-sea-grid-institute',
			'offshore-wind',
			'portside-cooperative',
			'q1',
			'q2',
			'shore-power',
			'tidewater-review',
			'tom-becker'
		]);
	// 44 edges, less the answers' 4 answers and 4 said-by edges and the claims' 9 made-in.
	expect(await listCounts(page)).toEqual({ nodes: 20, edges: 27 });
});

test('a link into the test document selects a claim and shows its disagreement', async ({
	page
}) => {
	await openGraph(page, `${ROOT}?select=becker-lines-share-cost`);
	const details = detailsOf(page);
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(
		'Shipping lines should share the cost'
	);
	await expect(details).toContainText('The shipping lines should share the cost.');
	await expect(details).toContainText('The port authority should pay for storage');
	await expect(details).toContainText(/disagrees with/i);
});

test('a claim’s permalink under /d/<id> reads without JavaScript and names its canonical URL', async ({
	noScript: page
}) => {
	await page.goto(`${ROOT}/node/becker-ferries-only`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Shore power first for ferries only'
	);
	const main = page.getByRole('main');
	await expect(main.getByRole('link', { name: 'Tom Becker' }).first()).toHaveAttribute(
		'href',
		new RegExp(`${ROOT}/node/tom-becker$`)
	);
	await expect(main.getByRole('link', { name: 'Portside Cooperative' }).first()).toHaveAttribute(
		'href',
		new RegExp(`${ROOT}/node/portside-cooperative$`)
	);
	await expect(main.locator('mark')).toContainText([
		'Shore power should come first for ferries only.'
	]);
	await expect(
		main.getByRole('link', { name: 'Shore power should come first', exact: true }).first()
	).toHaveAttribute('href', new RegExp(`${ROOT}/node/alvarez-shore-power-first$`));
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	expect(new URL(canonical!, page.url()).pathname).toBe(`${ROOT}/node/becker-ferries-only`);
	const explorer = await page
		.getByRole('link', { name: 'Open in the explorer' })
		.getAttribute('href');
	const url = new URL(explorer!, page.url());
	expect([url.pathname, url.searchParams.get('select')]).toEqual([ROOT, 'becker-ferries-only']);
	await expect(page.locator('script')).toHaveCount(0);
});

test('the test document’s stance view sets its two guests against its three topics', async ({
	noScript: page
}) => {
	await page.goto(`${ROOT}/stance`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare the speakers');
	const headers = await page.getByRole('columnheader').allInnerTexts();
	expect(headers.some((h) => h.startsWith('Ines Alvarez'))).toBe(true);
	expect(headers.some((h) => h.startsWith('Tom Becker'))).toBe(true);
	const rowHeaders = await page.getByRole('rowheader').allInnerTexts();
	expect(rowHeaders.map((h) => h.trim().split('\n')[0]).sort()).toEqual([
		'Offshore wind',
		'Shore power for docked ships',
		'Storage on the grid'
	]);
	// Both topics the guests argued over are marked as disagreements.
	for (const topic of ['Shore power for docked ships', 'Storage on the grid']) {
		const row = page.getByRole('row').filter({
			has: page.getByRole('rowheader').getByRole('link', { name: topic, exact: true })
		});
		await expect(row.getByRole('cell').first()).toContainText('Disagree');
	}
	const disputes = page.getByRole('region', { name: 'Where they disagree' });
	await expect(disputes.locator('mark')).toContainText([
		'Shore power should come first for ferries only.'
	]);
});

test('“How is this connected to…?” gives the exact two-step chain, a quote at each step', async ({
	page
}) => {
	await openGraph(page, `${ROOT}?select=becker-cargo-too-rare`);
	const details = detailsOf(page);
	const picker = details.getByRole('combobox', { name: 'How is this connected to…?' });
	await picker.fill('Shore power should come first');
	await picker.press('ArrowDown');
	await expect(details.getByRole('option').first()).toContainText('Shore power should come first');
	await picker.press('Enter');
	await expect(
		details.getByRole('heading', {
			name: 'How Cargo ships visit too rarely to pay for cables connects to Shore power should come first'
		})
	).toBeVisible();
	await expect(page).toHaveURL(/connect=becker-cargo-too-rare,alvarez-shore-power-first/);
	// Cargo ships are too rare → supports "ferries only" → which disagrees with "shore power first".
	const steps = details.getByRole('list', { name: /^Connection/ }).getByRole('listitem');
	await expect(steps).toHaveCount(2);
	await expect(steps.nth(0)).toContainText('Cargo ships visit too rarely to pay for the cables.');
	await expect(steps.nth(0)).toContainText(/supports/i);
	await expect(steps.nth(1)).toContainText('Shore power should come first for ferries only.');
	await expect(steps.nth(1)).toContainText(/disagrees with/i);
});
