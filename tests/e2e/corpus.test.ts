/**
 * The corpus view, /corpus: every document in one graph. The two harbour test documents
 * (tests/fixtures/documents/harbour-*) share the host Mara Quinn, the guest Ines Alvarez and the
 * sector "Offshore wind"; every expectation below is written by hand from their transcripts.
 */
import { canvasOf, detailsOf, expect, openGraph, searchBoxOf, settled, test } from './fixtures';

const ROUNDTABLE = 'harbour-power-roundtable';
const FOLLOW_UP = 'harbour-wind-follow-up';
const FOLLOW_UP_TITLE = 'Harbour Power, a Year Later: a second test document for Citegraph';
const ROUNDTABLE_TITLE = 'Three Questions on Harbour Power: a test document for Citegraph';

test('the switcher opens every document in one graph', async ({ page }) => {
	await openGraph(page, '/');
	const switcher = page.getByRole('navigation', { name: 'Documents' });
	await switcher.getByRole('link', { name: 'All documents' }).click();
	await expect(page).toHaveURL(/\/corpus$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('All documents');
	await expect(switcher.getByRole('link', { name: 'All documents' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await settled(page);
	const merged = await page.evaluate(() => ({
		ines: window.cy!.nodes('[label = "Ines Alvarez"]').map((n) => n.id()),
		wind: window.cy!.nodes('[label = "Offshore wind"]').map((n) => n.id()),
		questions: window.cy!.nodes('[type = "question"]').length
	}));
	// One Ines Alvarez and one Offshore wind for both documents; each document keeps its questions
	// (5 in the interview, 2 in the roundtable, 2 in the captions, 1 in the follow-up).
	expect(merged).toEqual({ ines: ['ines-alvarez'], wind: ['offshore-wind'], questions: 10 });
});

test('a merged sector lists the claims of both documents about it', async ({ page }) => {
	await openGraph(page, '/corpus?select=offshore-wind');
	const details = detailsOf(page);
	await expect(details.getByRole('heading', { name: 'Offshore wind' })).toBeVisible();
	for (const label of [
		'Offshore wind can supply the harbour at night',
		'Offshore wind supplied the harbour on most nights',
		'Offshore wind alone was not enough in winter'
	]) {
		await expect(details.getByText(label, { exact: true }).first()).toBeVisible();
	}
});

test("a claim's citation names the document it comes from", async ({ page }) => {
	await openGraph(page, `/corpus?select=${FOLLOW_UP}:shah-wind-not-enough-in-winter`);
	const details = detailsOf(page);
	await expect(
		details.getByRole('heading', { name: 'Offshore wind alone was not enough in winter' })
	).toBeVisible();
	const passage = details.locator('figure.passage').first();
	await expect(passage.locator('blockquote')).toContainText(
		'The cables held up, but offshore wind alone was not enough in winter.'
	);
	await expect(passage.locator('figcaption cite')).toHaveText(FOLLOW_UP_TITLE);
});

test('search finds what was said in every document', async ({ page }) => {
	await openGraph(page, '/corpus');
	const box = searchBoxOf(page);
	await box.fill('winter');
	const options = page.getByRole('listbox').getByRole('option');
	await expect(options.first()).toContainText('Offshore wind alone was not enough in winter');
	await box.fill('ferries');
	await expect(options.first()).toContainText('Shore power first for ferries only');
});

test('the transcript is headed by each document in turn', async ({ page }) => {
	await openGraph(page, '/corpus');
	const reader = page.getByRole('region', { name: 'Transcript' });
	if (!(await reader.isVisible())) {
		await page.getByRole('button', { name: /Transcript/ }).click();
	}
	const headings = reader.getByRole('heading', { level: 2 });
	await expect(headings).toHaveText([
		'Five Questions on New Infrastructure: Blockchain plays an important role and investment volume is insufficient',
		ROUNDTABLE_TITLE,
		'Harbour talk (captions)',
		FOLLOW_UP_TITLE
	]);
	await expect(canvasOf(page)).toBeVisible();
});

test('the corpus stance view compares speakers of every document, each quote named', async ({
	page
}) => {
	await page.goto('/corpus/stance');
	await expect(page).toHaveTitle('Compare the speakers · All documents · Citegraph');
	// Ines Alvarez speaks in both harbour documents: one row, whose speaker link goes to her page in
	// the first of them.
	const ines = page.getByRole('link', { name: 'Ines Alvarez', exact: true }).first();
	await expect(ines).toHaveAttribute('href', new RegExp(`/d/${ROUNDTABLE}/node/ines-alvarez$`));
	// A claim's link goes to its own document's permalink page.
	const claim = page.getByRole('link', {
		name: 'Offshore wind alone was not enough in winter',
		exact: true
	});
	await expect(
		page.locator('figcaption cite', { hasText: FOLLOW_UP_TITLE }).first()
	).toBeAttached();
	await expect(claim.first()).toHaveAttribute(
		'href',
		new RegExp(`/d/${FOLLOW_UP}/node/shah-wind-not-enough-in-winter$`)
	);
	await claim.first().click();
	await expect(page).toHaveURL(new RegExp(`/d/${FOLLOW_UP}/node/shah-wind-not-enough-in-winter$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'Offshore wind alone was not enough in winter'
	);
});

test('the corpus exports Web Annotation and REFI-QDA per document, and says so', async ({
	page
}) => {
	await openGraph(page, '/corpus');
	await page.getByRole('button', { name: 'Export…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Export' });
	for (const format of ['Web Annotation', 'REFI-QDA']) {
		await expect(dialog.getByRole('radio', { name: format, exact: true })).toBeDisabled();
	}
	await expect(dialog.getByRole('radio', { name: 'GEXF', exact: true })).toBeEnabled();
	await expect(dialog).toContainText(
		'Web Annotation and REFI-QDA point into one transcript, and this view spans 4: open a document from the switcher to export its citations.'
	);
});
