/** Following the interview turn by turn: the graph grows and shrinks, the transcript follows. */
import type { Page } from '@playwright/test';
import { expect, home, openGraph, params, settled, test } from './fixtures';

const sequenceOf = (page: Page) => page.getByRole('group', { name: 'Interview sequence' });
const drawnNodes = (page: Page) => page.evaluate(() => window.cy!.nodes(':visible').length);
const currentTurn = (page: Page) =>
	page.getByRole('region', { name: 'Transcript' }).locator('article[aria-current="step"]');

test('the sequence control steps forward and back; the graph and the transcript follow', async ({
	page
}) => {
	await openGraph(page);
	const all = await drawnNodes(page);
	await page.getByRole('button', { name: 'Follow the interview' }).click();
	const sequence = sequenceOf(page);
	await expect(sequence.getByRole('status')).toContainText(`Turn 1 of ${home.turns.length}`);
	await settled(page);
	const counts = [await drawnNodes(page)];
	await expect(currentTurn(page)).toHaveAttribute('data-turn', home.turns[0]!.id);
	for (let i = 1; i < 4; i++) {
		await sequence.getByRole('button', { name: 'Next turn' }).click();
		await expect(sequence.getByRole('status')).toContainText(`Turn ${i + 1} of`);
		await settled(page);
		counts.push(await drawnNodes(page));
		await expect(currentTurn(page)).toHaveAttribute('data-turn', home.turns[i]!.id);
		await expect(currentTurn(page)).toBeInViewport();
	}
	expect(params(page).step).toBe('4');
	for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
	expect(counts.at(-1)!).toBeGreaterThan(counts[0]!);
	expect(counts.at(-1)!).toBeLessThan(all);
	await expect(sequence.getByRole('status')).toContainText('Q1');

	// Back one turn: fewer nodes again.
	await sequence.getByRole('button', { name: 'Previous turn' }).click();
	await settled(page);
	expect(await drawnNodes(page)).toBe(counts[2]);

	// The keyboard steps too, and the step survives a reload.
	await sequence.getByRole('button', { name: 'Previous turn' }).focus();
	await page.keyboard.press('End');
	await expect(sequence.getByRole('status')).toContainText(
		`Turn ${home.turns.length} of ${home.turns.length}`
	);
	await page.keyboard.press('ArrowLeft');
	expect(params(page).step).toBe(String(home.turns.length - 1));
	await page.reload();
	await settled(page);
	await expect(sequenceOf(page).getByRole('status')).toContainText(
		`Turn ${home.turns.length - 1} of`
	);
	await sequenceOf(page).getByRole('button', { name: 'Show the whole interview' }).click();
	await settled(page);
	expect(await drawnNodes(page)).toBe(all);
	expect(params(page).step).toBeUndefined();
});
