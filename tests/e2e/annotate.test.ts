/**
 * Annotating in the browser (issue #16): a transcript imported with nothing but its starter
 * annotations is annotated through the panel alone (claims, a topic, a disagreement), each change
 * compiled by the build's compiler before it is kept; what the compiler refuses is refused with
 * its message; undo and redo restore exact states; a reload keeps the work; the downloaded
 * annotations.yaml builds with graph:build to the graph the page shows.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
	builtWithCli,
	expect as baseExpect,
	exportedGraphFile,
	seriousViolations,
	settled,
	storedDocument,
	test,
	TEST_DOCUMENT_ID
} from './fixtures';

/** Each change compiles and lays out in a worker: seconds on a busy machine. */
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 120_000 });

const TRANSCRIPT = readFileSync(`tests/fixtures/documents/${TEST_DOCUMENT_ID}/transcript.txt`);

/** Imports the test transcript alone (starter annotations) as `id` and opens the annotation panel. */
async function importAndAnnotate(page: Page, id: string) {
	await page.goto('/import');
	// The page is live once it has read the browser's storage (each test has a storage of its own).
	await expect(page.getByText('No documents imported yet.')).toBeVisible();
	await page.getByLabel(/Document id/).fill(id);
	await page
		.getByLabel('Choose files…')
		.setInputFiles([{ name: 'Harbour talk.txt', mimeType: 'text/plain', buffer: TRANSCRIPT }]);
	await expect(page).toHaveURL(new RegExp(`/local(\\?[^#]*)?#${id}$`));
	await page.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0);
	await page.getByRole('button', { name: 'Annotate' }).click();
	await expect(panel(page)).toBeVisible();
	await settled(page);
}

const panel = (page: Page) => page.getByRole('region', { name: 'Annotate' });
const quoteBox = (page: Page) => page.getByLabel('Words from the transcript');

/** Selects `words` in the transcript pane, as a person would with the mouse. */
async function selectWords(page: Page, words: string) {
	const sentence = page.locator('#reader-pane [data-sentence]', { hasText: words }).first();
	await sentence.scrollIntoViewIfNeeded();
	await sentence.evaluate((element, wanted) => {
		const text = element.firstChild!;
		const at = text.textContent!.indexOf(wanted);
		const range = document.createRange();
		range.setStart(text, at);
		range.setEnd(text, at + wanted.length);
		const selection = document.getSelection()!;
		selection.removeAllRanges();
		selection.addRange(range);
	}, words);
	await expect(quoteBox(page)).toHaveValue(words);
}

/** Waits for a change to be compiled, kept and drawn. */
async function kept(page: Page, notice: string | RegExp) {
	await expect(panel(page).getByRole('status')).toHaveText(notice);
	await page.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0);
	await settled(page);
}

/** The annotations the page keeps for a document. */
const storedAnnotations = async (page: Page, id: string) =>
	(await storedDocument(page, id)).annotations;

/** Where each node on the canvas is (model coordinates). */
const positions = (page: Page) =>
	page.evaluate(() =>
		Object.fromEntries(
			window
				.cy!.nodes(':visible')
				.map((n) => [n.id(), { x: Math.round(n.position('x')), y: Math.round(n.position('y')) }])
		)
	);

const nodesOfType = (page: Page, type: string) =>
	page.evaluate(
		(t) =>
			window
				.cy!.nodes(`[type = "${t}"]`)
				.map((n) => `${n.id()}: ${n.data('label') as string}`)
				.sort(),
		type
	);

test('a transcript is annotated from nothing to claims, a topic and a disagreement, and graph:build compiles the downloaded annotations to the same graph', async ({
	page
}) => {
	await importAndAnnotate(page, 'harbour-annotated');

	// A topic, from the words that name it.
	await selectWords(page, 'shore power while they are docked');
	await panel(page)
		.getByRole('button', { name: /^Topic/ })
		.click();
	await panel(page).getByLabel('Label').fill('Shore power');
	await panel(page).getByLabel('Type').selectOption('scenario');
	await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
	await kept(page, 'Added “Shore power”');

	// Two claims about it, each its speaker's, from the turn the words are in.
	await selectWords(page, 'Yes, shore power should come first.');
	await panel(page)
		.getByRole('button', { name: /^Claim/ })
		.click();
	await expect(panel(page).getByLabel('Speaker')).toHaveValue('ines-alvarez');
	await expect(panel(page).getByLabel('Label')).toHaveValue('Yes, shore power should come first.');
	await panel(page).getByLabel('Label').fill('Shore power should come first');
	await panel(page).getByRole('checkbox', { name: 'Shore power' }).check();
	await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
	await kept(page, 'Added “Shore power should come first”');

	// The graph grows where it is: every node already drawn stays where it was.
	const before = await positions(page);
	await selectWords(page, 'Shore power should come first for ferries only.');
	await panel(page)
		.getByRole('button', { name: /^Claim/ })
		.click();
	await expect(panel(page).getByLabel('Speaker')).toHaveValue('tom-becker');
	await panel(page).getByLabel('Label').fill('Shore power first for ferries only');
	await panel(page).getByRole('checkbox', { name: 'Shore power' }).check();
	await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
	await kept(page, 'Added “Shore power first for ferries only”');
	const after = await positions(page);
	expect(Object.keys(before).length).toBeGreaterThan(5);
	for (const [id, at] of Object.entries(before)) expect(after[id], id).toEqual(at);
	expect(Object.keys(after)).toContain('shore-power-first-for-ferries-only');

	// The disagreement, cited by the sentence that shows it.
	await selectWords(page, 'Shore power should come first for ferries only.');
	await panel(page)
		.getByRole('button', { name: /^Relation/ })
		.click();
	await panel(page)
		.getByLabel('From', { exact: true })
		.selectOption({ label: 'Shore power first for ferries only' });
	await panel(page).getByLabel('Relation', { exact: true }).selectOption('disagrees-with');
	await panel(page)
		.getByLabel('To', { exact: true })
		.selectOption({ label: 'Shore power should come first' });
	await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
	await kept(page, 'Added the relation disagrees with');

	expect(await nodesOfType(page, 'claim')).toEqual([
		'shore-power-first-for-ferries-only: Shore power first for ferries only',
		'shore-power-should-come-first: Shore power should come first'
	]);
	expect(await nodesOfType(page, 'scenario')).toEqual(['shore-power: Shore power']);
	const edges = await page.evaluate(() =>
		window
			.cy!.edges('[relation = "disagrees-with"], [relation = "about"], [relation = "said-by"]')
			.map(
				(e) =>
					`${e.data('source') as string} ${e.data('relation') as string} ${e.data('target') as string}`
			)
			.sort()
	);
	expect(edges).toEqual([
		'shore-power-first-for-ferries-only about shore-power',
		'shore-power-first-for-ferries-only disagrees-with shore-power-should-come-first',
		'shore-power-first-for-ferries-only said-by tom-becker',
		'shore-power-should-come-first about shore-power',
		'shore-power-should-come-first said-by ines-alvarez'
	]);
	// The report follows: Tom Becker's sentence is cited (Ines Alvarez's, under 40 characters,
	// does not count towards coverage).
	await expect(panel(page).getByRole('list').first()).toContainText(
		'1 of 7 substantive answer sentences cited (14%)'
	);

	// The annotations as a person would write them, and graph:build makes the page's graph of them.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		panel(page).getByRole('button', { name: 'Download annotations.yaml' }).click()
	]);
	expect(download.suggestedFilename()).toBe('annotations.yaml');
	const annotations = readFileSync(await download.path(), 'utf8');
	expect(annotations).toBe(await storedAnnotations(page, 'harbour-annotated'));
	expect(annotations).toContain(
		[
			'  - source: shore-power-first-for-ferries-only',
			'    relation: disagrees-with',
			'    target: shore-power-should-come-first',
			'    quotes:',
			"      - 'Shore power should come first for ferries only.'"
		].join('\n')
	);
	const pageGraph = JSON.parse((await exportedGraphFile(page)).toString('utf8'));
	const cliGraph = JSON.parse(
		builtWithCli(
			{
				'harbour-annotated/transcript.txt': TRANSCRIPT,
				'harbour-annotated/annotations.yaml': annotations
			},
			'harbour-annotated'
		).toString('utf8')
	);
	// The same graph; graph:build lays the document out afresh, where the panel kept each node
	// where it was and placed the new ones beside them.
	const { layout: pageLayout, ...pageRest } = pageGraph;
	const { layout: cliLayout, ...cliRest } = cliGraph;
	expect(pageRest).toEqual(cliRest);
	expect(Object.keys(pageLayout.positions).sort()).toEqual(Object.keys(cliLayout.positions).sort());
});

test('a claim given to someone who did not say it is refused with the compiler’s message, and nothing changes', async ({
	page
}) => {
	await importAndAnnotate(page, 'harbour-refused');
	const before = await storedAnnotations(page, 'harbour-refused');
	await selectWords(page, 'Yes, shore power should come first.');
	await panel(page)
		.getByRole('button', { name: /^Claim/ })
		.click();
	await panel(page).getByLabel('Speaker').selectOption({ label: 'Tom Becker' });
	await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
	const alert = panel(page).getByRole('alert');
	await expect(alert.getByRole('paragraph')).toHaveText(
		'Not kept: the compiler refused the change.'
	);
	// The transcript is named as the annotator knows it, not by the path it is compiled under.
	await expect(alert).toContainText(
		'claim "yes-shore-power-should-come-first" is attributed to Tom Becker, but this quote is from Ines Alvarez\'s turn at line 15 of transcript.txt'
	);
	await expect(alert).not.toContainText('graph-data/');
	// The diagnostic as graph:build prints it: file, line, column, message and what to do.
	await expect(alert.locator('pre')).toContainText(/^annotations\.yaml:\d+:\d+: error: claim /);
	await expect(alert.locator('pre')).toContainText('Attribute the claim to the person who said it');
	expect(await storedAnnotations(page, 'harbour-refused')).toBe(before);
	expect(await nodesOfType(page, 'claim')).toEqual([]);
	await expect(panel(page).getByRole('button', { name: 'Undo' })).toBeDisabled();
	// The form stays open with what was typed, to be corrected.
	await panel(page).getByLabel('Speaker').selectOption({ label: 'Ines Alvarez' });
	await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
	await kept(page, 'Added “Yes, shore power should come first.”');
	expect(await nodesOfType(page, 'claim')).toEqual([
		'yes-shore-power-should-come-first: Yes, shore power should come first.'
	]);
});

test('with the keyboard alone: a key for each action, undo and redo restore the exact states', async ({
	page
}) => {
	await importAndAnnotate(page, 'harbour-keys');
	const starter = await storedAnnotations(page, 'harbour-keys');
	await selectWords(page, 'Offshore wind can supply the harbour at night.');
	// The keys act when the focus is not in a text field.
	await page.locator('#reader-pane').focus();
	await page.keyboard.press('c');
	await expect(panel(page).getByLabel('Label')).toBeFocused();
	await page.keyboard.press('Enter');
	await kept(page, 'Added “Offshore wind can supply the harbour at night.”');
	const withClaim = await storedAnnotations(page, 'harbour-keys');
	expect(withClaim).not.toBe(starter);
	expect(await nodesOfType(page, 'claim')).toEqual([
		'offshore-wind-can-supply-the-harbour: Offshore wind can supply the harbour at night.'
	]);

	await page.locator('#reader-pane').focus();
	await page.keyboard.press('Control+z');
	await kept(page, 'Undone');
	expect(await storedAnnotations(page, 'harbour-keys')).toBe(starter);
	expect(await nodesOfType(page, 'claim')).toEqual([]);

	await page.locator('#reader-pane').focus();
	await page.keyboard.press('Control+Shift+z');
	await kept(page, 'Redone');
	expect(await storedAnnotations(page, 'harbour-keys')).toBe(withClaim);
	expect(await nodesOfType(page, 'claim')).toHaveLength(1);

	// Edit (e) and delete (Delete) what is selected.
	await expect(panel(page).getByRole('button', { name: /^Edit “Offshore wind/ })).toBeVisible();
	await page.locator('#reader-pane').focus();
	await page.keyboard.press('e');
	await expect(panel(page).getByLabel('Label')).toBeFocused();
	await page.keyboard.press('Control+a');
	await page.keyboard.type('Offshore wind can power the harbour at night');
	await page.keyboard.press('Enter');
	await kept(page, 'Changed “Offshore wind can power the harbour at night”');
	expect(await nodesOfType(page, 'claim')).toEqual([
		'offshore-wind-can-supply-the-harbour: Offshore wind can power the harbour at night'
	]);
	await page.locator('#reader-pane').focus();
	await page.keyboard.press('Delete');
	await kept(page, 'Deleted “Offshore wind can power the harbour at night”');
	expect(await nodesOfType(page, 'claim')).toEqual([]);
	expect(await storedAnnotations(page, 'harbour-keys')).toBe(starter);
});

test('a reload keeps the work and the open panel', async ({ page }) => {
	await importAndAnnotate(page, 'harbour-reload');
	await selectWords(page, 'Batteries at the quay smooth the load');
	await panel(page)
		.getByRole('button', { name: /^Topic/ })
		.click();
	await panel(page).getByLabel('Label').fill('Batteries at the quay');
	await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
	await kept(page, 'Added “Batteries at the quay”');
	await page.reload();
	await expect(panel(page)).toBeVisible();
	await page.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0);
	expect(await nodesOfType(page, 'concept')).toEqual([
		'batteries-at-the-quay: Batteries at the quay'
	]);
});

test('axe-core finds no serious or critical violations in the annotation panel with a form open', async ({
	page
}) => {
	await importAndAnnotate(page, 'harbour-axe');
	await selectWords(page, 'Offshore wind can supply the harbour at night.');
	await panel(page)
		.getByRole('button', { name: /^Claim/ })
		.click();
	await expect(panel(page).getByLabel('Label')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('an existing annotations.yaml is annotated further and saved back with its comments and order kept', async ({
	page
}) => {
	const original = readFileSync(
		`tests/fixtures/documents/${TEST_DOCUMENT_ID}/annotations.yaml`,
		'utf8'
	);
	await page.goto('/import');
	await expect(page.getByText('No documents imported yet.')).toBeVisible();
	await page.getByLabel(/Document id/).fill('harbour-further');
	await page.getByLabel('Choose files…').setInputFiles([
		{ name: 'Harbour talk.txt', mimeType: 'text/plain', buffer: TRANSCRIPT },
		{ name: 'annotations.yaml', mimeType: 'application/yaml', buffer: Buffer.from(original) }
	]);
	await expect(page).toHaveURL(/\/local#harbour-further$/);
	await page.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0);
	await page.getByRole('button', { name: 'Annotate' }).click();
	await expect(panel(page)).toBeVisible();
	await selectWords(page, 'for ferries only');
	await panel(page)
		.getByRole('button', { name: /^Topic/ })
		.click();
	await panel(page).getByLabel('Label').fill('Ferries');
	await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
	await kept(page, 'Added “Ferries”');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		panel(page).getByRole('button', { name: 'Download annotations.yaml' }).click()
	]);
	const saved = readFileSync(await download.path(), 'utf8').split('\n');
	const before = original.split('\n');
	// Exactly the new topic's lines were added, at the end of the topics (before the claims).
	const at = saved.findIndex((line) => line === '  - id: ferries');
	expect(at).toBe(before.indexOf('claims:') - 1);
	const added = saved.slice(at, saved.indexOf('claims:') - 1);
	expect(added.join('\n')).toBe(
		[
			'  - id: ferries',
			'    type: concept',
			'    label: Ferries',
			'    quotes:',
			"      - 'for ferries only'"
		].join('\n')
	);
	expect([...saved.slice(0, at), ...saved.slice(at + added.length)]).toEqual(before);
	// The comments at the top are still there, word for word.
	expect(saved.slice(0, 4)).toEqual(before.slice(0, 4));
	expect(saved[0]).toMatch(/^# A small document written for Citegraph's tests/);
});

test('suggestions: a recurring phrase is offered as a topic and is not in the graph until accepted and added; a dismissed one stays dismissed', async ({
	page
}) => {
	await importAndAnnotate(page, 'harbour-suggested');
	await panel(page)
		.getByRole('button', { name: /^Find suggestions/ })
		.click();
	const list = panel(page).getByRole('list', { name: 'Suggestions' });
	const shorePower = list.getByRole('listitem').filter({ hasText: 'Topic “Shore power”' });
	await expect(shorePower).toHaveText(
		/^Topic “Shore power”: 3 times, by Mara Quinn, Ines Alvarez, Tom Becker/
	);
	// Offered, not added: the starter graph has no topic at all.
	for (const type of ['sector', 'scenario', 'concept'])
		expect(await nodesOfType(page, type)).toEqual([]);

	// Accepting opens the topic's form, filled in, for the person to check: still nothing added.
	await shorePower.getByRole('button', { name: 'Accept' }).click();
	await expect(panel(page).getByLabel('Label')).toHaveValue('Shore power');
	await expect(quoteBox(page)).toHaveValue(
		'Should ships plug into shore power while they are docked?'
	);
	expect(await nodesOfType(page, 'concept')).toEqual([]);
	await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
	await kept(page, 'Added “Shore power”');
	expect(await nodesOfType(page, 'concept')).toEqual(['shore-power: Shore power']);
	// The list is found again for the new graph: the topic is no longer offered.
	await expect(list.getByRole('listitem').first()).toBeVisible();
	await expect(list.getByRole('listitem').filter({ hasText: 'Topic “Shore power”' })).toHaveCount(
		0
	);

	// Dismissed, and still dismissed after a reload.
	const ships = list.getByRole('listitem').filter({ hasText: 'Topic “Ships”' });
	await ships.getByRole('button', { name: 'Dismiss' }).click();
	await expect(ships).toHaveCount(0);
	await page.reload();
	await expect(panel(page)).toBeVisible();
	await panel(page)
		.getByRole('button', { name: /^Find suggestions/ })
		.click();
	await expect(list.getByRole('listitem').first()).toBeVisible();
	await expect(list.getByRole('listitem').filter({ hasText: 'Topic “Ships”' })).toHaveCount(0);
	await expect(
		list.getByRole('listitem').filter({ hasText: 'Topic “Batteries at the quay”' })
	).toHaveCount(1);
	expect(await nodesOfType(page, 'concept')).toEqual(['shore-power: Shore power']);
});

test('a quote that is not in the transcript is refused with the compiler’s message, and nothing changes', async ({
	page
}) => {
	await importAndAnnotate(page, 'harbour-misquoted');
	const before = await storedAnnotations(page, 'harbour-misquoted');
	// Typed from memory: the transcript says "at night".
	await quoteBox(page).fill('Offshore wind can supply the harbour at noon.');
	await expect(panel(page).locator('#quote-where')).toHaveText(
		'These words are not in the transcript as written.'
	);
	await panel(page)
		.getByRole('button', { name: /^Claim/ })
		.click();
	await panel(page).getByLabel('Speaker').selectOption({ label: 'Ines Alvarez' });
	await panel(page).getByRole('button', { name: 'Add', exact: true }).click();
	const alert = panel(page).getByRole('alert');
	await expect(alert.locator('pre')).toHaveText(
		/^annotations\.yaml:\d+:\d+: error: quote not found in transcript\.txt; nearest text \(line 17\): "Offshore wind can supply the harbour at night"/
	);
	await expect(alert.locator('pre')).toContainText(
		'Copy the words exactly as the transcript has them, punctuation and spelling included.'
	);
	expect(await storedAnnotations(page, 'harbour-misquoted')).toBe(before);
	expect(await nodesOfType(page, 'claim')).toEqual([]);
});

test('with the keyboard, W takes the words of the sentence that has the focus in the transcript', async ({
	page
}) => {
	await importAndAnnotate(page, 'harbour-sentence-key');
	const question = page
		.locator('#reader-pane [data-sentence]')
		.filter({ hasText: 'Who should pay for storage on the grid?' });
	await question.focus();
	await page.keyboard.press('w');
	await expect(quoteBox(page)).toHaveValue('Who should pay for storage on the grid?');
	await expect(panel(page).locator('#quote-where')).toHaveText('Mara Quinn, line 25');
	await page.keyboard.press('t');
	await expect(panel(page).getByLabel('Label')).toBeFocused();
	await page.keyboard.press('Control+a');
	await page.keyboard.type('Grid storage');
	await page.keyboard.press('Enter');
	await kept(page, 'Added “Grid storage”');
	expect(await nodesOfType(page, 'concept')).toEqual(['grid-storage: Grid storage']);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('the annotation panel and the transcript are both on screen, one above the other', async ({
		page
	}) => {
		await importAndAnnotate(page, 'harbour-phone');
		const reader = page.locator('#reader-pane');
		await expect(reader).toBeVisible();
		const panelBox = (await panel(page).locator('xpath=ancestor::aside').boundingBox())!;
		const readerBox = (await reader.boundingBox())!;
		expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(readerBox.y + 1);
		expect(readerBox.y + readerBox.height).toBeLessThanOrEqual(844 + 1);
		// Words picked in the transcript while the panel shows them.
		await selectWords(page, 'Offshore wind can supply the harbour at night.');
		await expect(panel(page).getByRole('button', { name: /^Claim/ })).toBeInViewport();
	});
});
