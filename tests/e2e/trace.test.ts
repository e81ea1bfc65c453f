/** Tracing a node to its speaker, and how two nodes are connected: each step with its quote. */
import type { Page } from '@playwright/test';
import {
	claimQuoting,
	detailsOf,
	expect,
	home,
	nodeById,
	openGraph,
	params,
	seriousViolations,
	settled,
	test
} from './fixtures';

// A guest's claim made in an answer: its trace has two branches, through the answer and direct.
// (The article's framing claims have no answer, so a first-found claim would not do.)
const claim = claimQuoting('So I think 5G will break out first');
const speaker = nodeById(home, 'speaker' in claim ? claim.speaker : '');
const otherClaim = home.nodes.find(
	(n) => n.type === 'claim' && 'speaker' in n && n.speaker !== speaker.id
)!;

const highlighted = (page: Page) =>
	page.evaluate(() =>
		window
			.cy!.$('.highlighted')
			.map((e) => e.id())
			.sort()
	);

test('tracing a claim shows a chain that ends at its speaker, with a quote at every step', async ({
	page
}) => {
	await openGraph(page, `/?select=${claim.id}`);
	const details = detailsOf(page);
	await details.getByRole('button', { name: 'Trace to speaker' }).click();
	await expect(
		details.getByRole('heading', { name: `Evidence chain to ${speaker.label}` })
	).toBeVisible();
	expect(params(page).trace).toBe(claim.id);
	const chains = details.getByRole('list', { name: /^Branch \d of 2/ });
	await expect(chains).toHaveCount(2);
	const steps = chains.getByRole('listitem');
	expect(await steps.count()).toBeGreaterThanOrEqual(3);
	for (const step of await steps.all()) {
		await expect(step.locator('blockquote').first()).toBeVisible();
		await expect(step.getByText(/line \d+/).first()).toBeVisible();
	}
	// The chain to the speaker ends at the speaker (or the organisation they belong to).
	const saidBy = chains.filter({ hasText: 'said by' });
	await expect(saidBy.getByRole('listitem').first()).toContainText(speaker.label);
	// In the graph, the chain's nodes and edges stand out.
	await expect.poll(() => highlighted(page)).toContain(`${claim.id}--said-by--${speaker.id}`);
	expect(await highlighted(page)).toContain(speaker.id);
	// It survives a reload, and Escape clears it.
	await page.reload();
	await settled(page);
	await expect(
		details.getByRole('heading', { name: `Evidence chain to ${speaker.label}` })
	).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(details.getByRole('heading', { name: /Evidence chain/ })).toHaveCount(0);
	expect(params(page).trace).toBeUndefined();
	await expect.poll(() => highlighted(page)).toEqual([]);
});

test('“How is this connected to…?” shows the shortest chain with a quote at every step', async ({
	page
}) => {
	await openGraph(page, `/?select=${claim.id}`);
	const details = detailsOf(page);
	const picker = details.getByRole('combobox', { name: 'How is this connected to…?' });
	await picker.fill(otherClaim.label);
	await picker.press('ArrowDown');
	await expect(details.getByRole('option').first()).toContainText(otherClaim.label);
	await picker.press('Enter');
	await expect(
		details.getByRole('heading', { name: `How ${claim.label} connects to ${otherClaim.label}` })
	).toBeVisible();
	expect(params(page).connect).toBe(`${claim.id},${otherClaim.id}`);
	const steps = details.getByRole('list', { name: /^Connection/ }).getByRole('listitem');
	expect(await steps.count()).toBeGreaterThanOrEqual(1);
	for (const step of await steps.all()) {
		await expect(step.locator('blockquote').first()).toBeVisible();
	}
	await expect.poll(() => highlighted(page)).toContain(otherClaim.id);
	expect(await seriousViolations(page)).toEqual([]);
	await page.reload();
	await settled(page);
	await expect(details.getByRole('heading', { name: /connects to/ })).toBeVisible();
});

test('the trace state has no serious accessibility problems; the permalink links to the node page', async ({
	page
}) => {
	await openGraph(page, `/?select=${claim.id}&trace=${claim.id}`);
	await expect(detailsOf(page).getByRole('heading', { name: /Evidence chain/ })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await detailsOf(page).getByRole('link', { name: 'Permalink' }).click();
	await expect(page).toHaveURL(new RegExp(`/node/${claim.id}$`));
});
