/**
 * A relayed view: in Q4 the host passes on what unnamed commentators say ("There are comments
 * that …"). The reader must see it as the commentators' view, relayed by Gong Haihan, and never as
 * Gong Haihan's own claim. The expectations are written from the interview by hand.
 */
import { detailsOf, expect, home, openGraph, test } from './fixtures';

const VIEW = 'relayed-blockchain-only-basic-technology';
const LABEL =
	'Relayed by Gong Haihan: commentators say blockchain can only be a basic technology for now, not enough to be infrastructure';

test('the stance view lists the relayed view apart, and the host in no column', async ({
	noScript: page
}) => {
	await page.goto('/stance');
	// The host asked the questions and relayed one view; he holds none of his own. The article's
	// author (its introduction) comes last.
	await expect(page.getByRole('columnheader')).toHaveText([
		'Topic',
		'Verdict',
		/^Xiang Lipeng/,
		/^Wang Qing/,
		/^Wang Qiao\s+author/
	]);
	await expect(page.getByRole('table')).not.toContainText('commentators say');

	const section = page.getByRole('region', { name: 'Views passed on, not held' });
	const view = section.getByRole('listitem', { name: 'View relayed by Gong Haihan' });
	await expect(view.getByText('Relayed by Gong Haihan: commentators say')).toBeVisible();
	await expect(view.locator('mark')).toContainText(
		'blockchain can only be used as a basic technology at the moment'
	);
	// Wang Qing's "I quite agree with this view" agrees with the commentators, and Xiang Lipeng's
	// "It is not just a basic technology" disagrees with them.
	const answers = view.getByRole('list', { name: 'How the speakers answer it' });
	await expect(answers.getByRole('listitem').first()).toHaveText(
		/^Xiang Lipeng\s+disagrees with it: Blockchain is not just a basic technology$/
	);
	await expect(
		answers.getByRole('listitem').filter({
			hasText: "Wang Qing agrees with it: Quite agrees with the commentators' view"
		})
	).toHaveCount(1);
});

test('the host’s panel lists the view as relayed, not among claims of his own', async ({
	page
}) => {
	await openGraph(page, '/?select=gong-haihan');
	const details = detailsOf(page);
	await expect(details.getByRole('heading', { level: 2 })).toHaveText('Gong Haihan');
	await expect(details.getByRole('heading', { level: 3 })).toHaveText([
		'Introduced',
		'Questions asked',
		'Views relayed, not held'
	]);
	await expect(details.getByRole('heading', { name: 'Claims, by question' })).toHaveCount(0);
	await expect(
		details.getByRole('list', { name: 'Views relayed by Gong Haihan' }).getByRole('link')
	).toHaveText([LABEL]);

	// Selecting it from there: its panel says whose view it is and who relayed it.
	await details.getByRole('link', { name: LABEL }).click();
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(LABEL);
	await expect(details).toContainText('A view passed on, not held');
	await expect(details.getByRole('term')).toHaveText([
		'Whose view',
		'Relayed by',
		'Kind',
		'Made in'
	]);
	await expect(details.getByRole('definition').first()).toHaveText('commentators');
	await expect(details.getByRole('term').filter({ hasText: 'Speaker' })).toHaveCount(0);
});

test('a relayed view’s page says relayed by the host, whose view it is, and never “said by”', async ({
	noScript: page
}) => {
	expect(home.nodes.some((n) => n.id === VIEW)).toBe(true);
	await page.goto(`/node/${VIEW}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(LABEL);
	const header = page.getByRole('article').locator('header');
	await expect(header).toContainText('Relayed by Gong Haihan, founder, Zinc Link');
	await expect(header).toContainText('Whose view: commentators');
	await expect(header).not.toContainText('Said by');
	await expect(page).toHaveTitle(`${LABEL} · Citegraph`);

	// The evidence chain reaches the host by "relayed by".
	const chain = page.getByRole('region', { name: 'Evidence chain' });
	await expect(chain.getByRole('heading', { name: 'Who relayed it: Gong Haihan' })).toBeVisible();
	await expect(chain).not.toContainText('said by');

	// The guests' answers to it are listed from its end.
	const connections = page.getByRole('region', { name: 'Connections' });
	await expect(connections).toContainText('Disagreed with by');
	await expect(connections).toContainText('Blockchain is not just a basic technology');
});
