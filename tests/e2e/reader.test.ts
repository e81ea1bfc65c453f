/**
 * The transcript beside the graph: sentences select and emphasise what cites them, the graph's
 * selection marks and scrolls to its sentences, and the pane can be hidden (in the URL).
 */
import type { Page } from '@playwright/test';
import {
	detailsOf,
	expect,
	home,
	openGraph,
	params,
	selectedInCy,
	seriousViolations,
	settled,
	test
} from './fixtures';

const transcriptOf = (page: Page) => page.getByRole('region', { name: 'Transcript' });
const sentenceButton = (page: Page, id: string) =>
	transcriptOf(page).locator(`[data-sentence="${id}"]`);

/** Ids citing a sentence, as the compiled graph says. */
function citing(sentence: string): string[] {
	return [
		...home.nodes.filter((n) => n.citations.includes(sentence)).map((n) => n.id),
		...home.edges.filter((e) => e.citations.includes(sentence)).map((e) => e.id)
	].sort();
}

/** A sentence cited by a claim (visible without expanding answers) and by at least one edge. */
const claim = home.nodes.find((n) => n.type === 'claim')!;
const claimSentence = claim.citations[0]!;
/** A sentence of an answer, cited by the answer node too (which starts collapsed). */
const answerSentence = home.sentences.find(
	(s) => citing(s.id).length > 2 && home.turns.find((t) => t.id === s.turn)?.kind === 'answer'
)!;

const selectedIds = (page: Page) =>
	page.evaluate(() =>
		window
			.cy!.$(':selected')
			.map((element) => element.id())
			.sort()
	);

test('the transcript shows every turn with its speaker', async ({ page }) => {
	await openGraph(page);
	const transcript = transcriptOf(page);
	await expect(transcript).toBeVisible();
	const turns = transcript.getByRole('article');
	await expect(turns).toHaveCount(home.turns.length);
	const speaker = home.nodes.find((n) => n.type === 'speaker')!;
	await expect(
		transcript.getByRole('heading', { name: new RegExp(speaker.label) }).first()
	).toBeVisible();
	await expect(transcript.getByRole('heading', { name: /Question 1/ })).toHaveCount(1);
});

test('clicking a sentence selects exactly the elements that cite it', async ({ page }) => {
	await openGraph(page);
	await sentenceButton(page, answerSentence.id).click();
	await expect.poll(() => selectedIds(page)).toEqual(citing(answerSentence.id));
	expect(params(page).sentence).toBe(answerSentence.id);
	await expect(sentenceButton(page, answerSentence.id)).toHaveAttribute('aria-pressed', 'true');
	// The details panel lists what cites it.
	await expect(detailsOf(page).getByRole('heading', { name: /Cited by/ })).toBeVisible();
	// And it survives a reload.
	await page.reload();
	await page.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0);
	await settled(page);
	await expect.poll(() => selectedIds(page)).toEqual(citing(answerSentence.id));
});

test('Enter on a focused sentence selects what cites it; focus emphasises it', async ({ page }) => {
	await openGraph(page);
	const sentence = sentenceButton(page, claimSentence);
	await sentence.focus();
	await expect
		.poll(() =>
			page.evaluate(() =>
				window
					.cy!.$('.highlighted')
					.map((e) => e.id())
					.sort()
			)
		)
		.toContain(claim.id);
	await page.keyboard.press('Enter');
	await expect.poll(() => selectedIds(page)).toContain(claim.id);
	await page.getByRole('combobox', { name: 'Search the graph' }).focus();
	await expect.poll(() => page.evaluate(() => window.cy!.$('.highlighted').length)).toBe(0);
});

test('hovering a sentence emphasises what cites it and nothing else', async ({ page }) => {
	await openGraph(page);
	await sentenceButton(page, claimSentence).hover();
	const drawnCiting = await page.evaluate(
		(ids) =>
			window
				.cy!.elements(':visible')
				.filter((e) => ids.includes(e.id()))
				.map((e) => e.id())
				.sort(),
		citing(claimSentence)
	);
	await expect
		.poll(() =>
			page.evaluate(() =>
				window
					.cy!.$('.highlighted:visible')
					.map((e) => e.id())
					.sort()
			)
		)
		.toEqual(drawnCiting);
	expect(drawnCiting).toContain(claim.id);
	await page.mouse.move(5, 5);
	await expect.poll(() => page.evaluate(() => window.cy!.$('.highlighted').length)).toBe(0);
});

test('selecting a claim scrolls to and highlights its sentence', async ({ page }) => {
	// A claim from late in the interview, so its sentence starts out of view.
	const late = home.nodes
		.filter((n) => n.type === 'claim')
		.sort(
			(a, b) =>
				home.sentences.findIndex((s) => s.id === b.citations[0]) -
				home.sentences.findIndex((s) => s.id === a.citations[0])
		)[0]!;
	await openGraph(page);
	const sentence = sentenceButton(page, late.citations[0]!);
	await expect(sentence).not.toBeInViewport();
	await page.getByRole('combobox', { name: 'Search the graph' }).fill(late.label);
	await page.getByRole('option').first().click();
	expect(await selectedInCy(page)).toBe(late.id);
	await expect(sentence).toHaveClass(/marked/);
	await expect(sentence).toBeInViewport();
	for (const id of late.citations) await expect(sentenceButton(page, id)).toHaveClass(/marked/);
});

test('the transcript can be hidden and shown, and the URL remembers it', async ({ page }) => {
	await openGraph(page);
	const toggle = page.getByRole('button', { name: 'Transcript' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await toggle.click();
	await expect(transcriptOf(page)).toBeHidden();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	expect(params(page).reader).toBe('0');
	await page.reload();
	await settled(page);
	await expect(transcriptOf(page)).toBeHidden();
	await page.getByRole('button', { name: 'Transcript' }).click();
	await expect(transcriptOf(page)).toBeVisible();
	expect(params(page).reader).toBeUndefined();
});

test('the transcript-open state has no serious accessibility problems', async ({ page }) => {
	await openGraph(page, `/?sentence=${answerSentence.id}`);
	await expect.poll(() => selectedIds(page)).toEqual(citing(answerSentence.id));
	expect(await seriousViolations(page)).toEqual([]);
});
