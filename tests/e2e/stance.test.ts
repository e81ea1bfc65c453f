import type { Locator, Page } from '@playwright/test';
import {
	claimQuoting,
	expect,
	graphs,
	home,
	nodeOf,
	seriousViolations,
	speakerName,
	test
} from './fixtures';

// The guests' answers to "which field breaks out first?", found by what they said.
const industrialFirst = claimQuoting('I expect that the industrial Internet will emerge first');
const fiveGFirst = claimQuoting('So I think 5G will break out first');
const aboutOf = (claim: { id: string }) =>
	home.edges.filter((e) => e.source === claim.id && e.relation === 'about').map((e) => e.target);

/** The table's row for a topic, found by the topic's label. */
function rowOf(page: Page, topic: string): Locator {
	return page
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader').getByRole('link', { name: topic, exact: true }) });
}

/** The cell of a speaker in a row, found through the column headers. */
async function cellOf(page: Page, row: Locator, speaker: string): Promise<Locator> {
	const headers = await page.getByRole('columnheader').allInnerTexts();
	const column = headers.findIndex((text) => text.startsWith(speakerName(speaker)));
	expect(column, `a column for ${speakerName(speaker)}`).toBeGreaterThan(1);
	// Cells exclude the row header, which is the first column.
	return row.getByRole('cell').nth(column - 1);
}

/** What the stance table has a row for: the topics, not the organisations a claim names. */
const TOPIC_TYPES: string[] = ['sector', 'scenario', 'concept'];

test('the stance view shows the two guests’ different answers on which sector breaks out first', async ({
	noScript: page
}) => {
	await page.goto('/stance');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare the speakers');
	expect(industrialFirst.speaker).not.toBe(fiveGFirst.speaker);

	// The summary at the top sets the two side by side, each with its quote.
	const disputes = page.getByRole('region', { name: 'Where they disagree' });
	for (const claim of [industrialFirst, fiveGFirst]) {
		const side = disputes.getByRole('region', { name: `${speakerName(claim.speaker)}’s side` });
		await expect(side.getByRole('link', { name: claim.label, exact: true })).toBeVisible();
		await expect(side.locator('mark').filter({ hasText: claim.quotes[0]!.text })).toBeVisible();
	}

	// In the table, each guest's row for the sector they named says they disagree, and their
	// cell leads with that claim.
	for (const [claim, other] of [
		[industrialFirst, fiveGFirst],
		[fiveGFirst, industrialFirst]
	] as const) {
		const [topic] = aboutOf(claim);
		const row = rowOf(page, nodeOf(topic!).label);
		await expect(row).toHaveCount(1);
		await expect(row.getByRole('cell').first()).toContainText('Disagree');
		const cell = await cellOf(page, row, claim.speaker);
		await expect(cell.locator('summary')).toContainText(claim.label);
		await expect(cell.locator('summary')).toContainText('disagrees');
		const otherCell = await cellOf(page, row, other.speaker);
		await expect(otherCell.locator('summary')).not.toContainText(claim.label);
	}

	// Disagreements come first.
	await expect(page.getByRole('row').nth(1).getByRole('cell').first()).toContainText('Disagree');
});

test('opening a cell shows the claims behind it and their quotes, without JavaScript', async ({
	noScript: page
}) => {
	await page.goto('/stance');
	const [topic] = aboutOf(fiveGFirst);
	const cell = await cellOf(page, rowOf(page, nodeOf(topic!).label), fiveGFirst.speaker);
	const claims = cell.getByRole('listitem').filter({ has: page.getByRole('link') });
	await expect(cell.getByRole('link', { name: fiveGFirst.label, exact: true })).toBeHidden();

	await cell.locator('summary').click();
	const claim = cell.getByRole('link', { name: fiveGFirst.label, exact: true });
	await expect(claim).toBeVisible();
	await expect(cell.locator('mark').filter({ hasText: fiveGFirst.quotes[0]!.text })).toBeVisible();
	await expect(cell).toContainText(`Disagrees with ${speakerName(industrialFirst.speaker)}`);
	expect(await claims.count()).toBe(
		home.edges.filter(
			(e) =>
				e.relation === 'about' &&
				e.target === topic &&
				home.nodes.some(
					(n) => n.id === e.source && n.type === 'claim' && n.speaker === fiveGFirst.speaker
				)
		).length
	);

	await claim.click();
	await expect(page).toHaveURL(new RegExp(`/node/${fiveGFirst.id}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fiveGFirst.label);
});

test('a topic only one speaker addressed says so', async ({ noScript: page }) => {
	await page.goto('/stance');
	const speakers = home.nodes.filter((n) => n.type === 'speaker');
	// Find, from the graph, a topic exactly one speaker made claims about and no claim about it
	// agrees or disagrees with another speaker's.
	const claimsAbout = (topic: string) =>
		home.edges
			.filter((e) => e.relation === 'about' && e.target === topic)
			.map((e) => nodeOf(e.source))
			.filter((n) => n.type === 'claim');
	// The table's rows are the sectors, scenarios and concepts (organisations a claim is about,
	// such as the Hubei institute, are not stances).
	const topic = home.nodes.find((n) => {
		if (!TOPIC_TYPES.includes(n.type)) return false;
		const claims = claimsAbout(n.id);
		const ids = new Set(claims.map((c) => c.id));
		return (
			claims.length > 0 &&
			new Set(claims.map((c) => ('speaker' in c ? c.speaker : ''))).size === 1 &&
			!home.edges.some(
				(e) =>
					(e.relation === 'agrees-with' || e.relation === 'disagrees-with') &&
					(ids.has(e.source) || ids.has(e.target))
			)
		);
	});
	test.skip(!topic, 'every topic was addressed by several speakers');
	const only = claimsAbout(topic!.id)[0]!;
	const row = rowOf(page, topic!.label);
	await expect(row.getByRole('cell').first()).toContainText('One speaker');
	for (const speaker of speakers) {
		// A column per speaker with claims of their own; the host only relays a view.
		if (!home.nodes.some((n) => n.type === 'claim' && n.speaker === speaker.id && !n.relayed))
			continue;
		const cell = await cellOf(page, row, speaker.id);
		if ('speaker' in only && speaker.id === only.speaker) {
			await expect(cell.locator('summary')).toContainText(only.label);
		} else {
			await expect(cell).toHaveText('Did not address it');
		}
	}
});

test('the table has a caption, scoped headers and a legend in words', async ({
	noScript: page
}) => {
	await page.goto('/stance');
	await expect(page.getByRole('table')).toHaveAccessibleName(/What each speaker claimed/);
	await expect(page.locator('th[scope="col"]').first()).toHaveText('Topic');
	const topics = new Set(
		home.edges
			.filter((e) => e.relation === 'about' && nodeOf(e.source).type === 'claim')
			.map((e) => e.target)
			.filter((id) => TOPIC_TYPES.includes(nodeOf(id).type))
	);
	await expect(page.locator('tbody th[scope="row"]')).toHaveCount(topics.size);
	for (const word of ['Disagree', 'Agree', 'Both addressed', 'One speaker']) {
		await expect(
			page.getByRole('definition').or(page.getByRole('term')).filter({ hasText: word }).first()
		).toBeVisible();
	}
	await expect(page.locator('script')).toHaveCount(0);
});

// One page per document: each explorer links to its stance view and back.
for (const graph of graphs) {
	test(`${graph.document.id} has a stance view, linked from its explorer`, async ({ page }) => {
		const explorer = graph === home ? '/' : `/d/${graph.document.id}`;
		await page.goto(explorer);
		await page.getByRole('link', { name: 'Compare the speakers' }).click();
		await expect(page).toHaveURL(
			graph === home ? /\/stance$/ : new RegExp(`/d/${graph.document.id}/stance$`)
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare the speakers');
		await expect(page.getByRole('table')).toBeVisible();
		await page.getByRole('link', { name: 'Back to the explorer' }).click();
		await expect(page).toHaveURL(new RegExp(`${explorer.replace('/', '\\/')}$`));
	});
}

test('the stance view has no serious accessibility violations, cells open or closed', async ({
	page
}) => {
	await page.goto('/stance');
	expect(await seriousViolations(page)).toEqual([]);
	await page
		.locator('details')
		.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
	expect(await seriousViolations(page)).toEqual([]);
});
