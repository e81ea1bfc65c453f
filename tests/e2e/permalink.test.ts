import type { Page } from '@playwright/test';
import type { GraphNode } from '../../src/lib/graph/schema';
import {
	claimQuoting,
	detailsOf,
	expect,
	graphs,
	home,
	nodeOf,
	openGraph,
	seriousViolations,
	speakerName,
	TEST_DOCUMENT_ID,
	test
} from './fixtures';

/** The path of a node's permalink: the home page's document at the root. */
const permalinkOf = (id: string, document = home.document.id) =>
	document === home.document.id ? `/node/${id}` : `/d/${document}/node/${id}`;

/** What a reader must find on a node's page: the words it rests on. */
function evidenceOf(node: GraphNode): string[] {
	const sentence = (id: string) => home.sentences.find((s) => s.id === id)!.text;
	switch (node.type) {
		case 'claim':
			return node.quotes.map((q) => q.text);
		case 'question':
		case 'answer':
			return home.sentences.filter((s) => s.turn === node.turn).map((s) => s.text);
		default:
			return node.citations.map(sentence);
	}
}

/** The same-site links of a page, as absolute URLs without duplicates. */
async function internalLinks(page: Page): Promise<URL[]> {
	const hrefs = await page
		.locator('a[href]')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	const origin = new URL(page.url()).origin;
	const unique = [...new Set(hrefs)].map((href) => new URL(href));
	return unique.filter((url) => url.origin === origin);
}

// One test per page, each with its own time budget: a loop over every page under one timeout
// failed on a busy machine.
for (const node of home.nodes) {
	test(`the ${node.type} page ${node.id} reads without JavaScript and shows what it rests on`, async ({
		noScript
	}) => {
		await noScript.goto(permalinkOf(node.id));
		await expect(noScript.getByRole('heading', { level: 1 }), node.id).toHaveText(node.label);
		await expect(noScript).toHaveTitle(new RegExp(`^${escape(node.label)}.* · Citegraph$`));
		const main = noScript.getByRole('main');
		for (const words of evidenceOf(node)) {
			if (node.type === 'claim') {
				// The quote, marked, inside its full answer: a quote over several sentences is
				// marked in each of them.
				const inContext = main
					.getByRole('region', { name: /^Quoted from the transcript/ })
					.getByRole('figure');
				await expect(inContext.first()).toBeVisible();
				const marked = (await inContext.locator('mark').allInnerTexts()).join('');
				expect(squash(marked), `${node.id}: "${words}" marked in context`).toContain(squash(words));
			} else {
				await expect(main, `${node.id}: "${words}"`).toContainText(words);
			}
		}
		if (node.type === 'claim' || node.type === 'answer' || node.type === 'question') {
			await expect(
				main.getByRole('link', { name: speakerName(node.speaker) }).first()
			).toBeVisible();
		}
		await expect(noScript.locator('script')).toHaveCount(0);
	});
}

test('a claim’s page says who said it, where, and links back into the explorer', async ({
	noScript
}) => {
	const claim = claimQuoting('So I think 5G will break out first');
	await noScript.goto(permalinkOf(claim.id));
	const header = noScript.getByRole('article').locator('header');
	await expect(header).toContainText(`Said by ${speakerName(claim.speaker)}`);
	const speaker = nodeOf(claim.speaker);
	if (speaker.type === 'speaker' && speaker.organization) {
		await expect(
			header.getByRole('link', { name: nodeOf(speaker.organization).label })
		).toBeVisible();
	}

	const explorer = noScript.getByRole('link', { name: 'Open in the explorer' });
	const target = new URL((await explorer.getAttribute('href'))!, noScript.url());
	expect(target.pathname).toBe('/');
	expect(target.searchParams.get('select')).toBe(claim.id);

	await expect(noScript.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		new RegExp(`node/${claim.id}$`)
	);
	await expect(noScript.locator('meta[name="description"]')).toHaveAttribute(
		'content',
		new RegExp(escape(claim.statement.slice(0, 30)))
	);
	await expect(noScript.getByRole('region', { name: 'Cite this' })).toContainText(
		home.document.title
	);
});

test('every link on a claim’s page resolves, and sentence links land on the sentence', async ({
	noScript,
	request
}) => {
	const claim = claimQuoting('So I think 5G will break out first');
	await noScript.goto(permalinkOf(claim.id));
	const links = await internalLinks(noScript);
	expect(links.length).toBeGreaterThan(10);
	for (const url of links) {
		const response = await request.get(url.pathname + url.search);
		expect(response.status(), url.href).toBe(200);
		if (url.hash) {
			expect(await response.text(), `${url.href} has the anchor`).toContain(
				`id="${decodeURIComponent(url.hash.slice(1))}"`
			);
		}
	}

	// Follow the speaker, then back, then the quote in its answer.
	await noScript
		.getByRole('article')
		.locator('header')
		.getByRole('link', { name: speakerName(claim.speaker), exact: true })
		.click();
	await expect(noScript.getByRole('heading', { level: 1 })).toHaveText(speakerName(claim.speaker));
	await expect(noScript.getByRole('main')).toContainText(claim.label);
	await noScript.goBack();

	const sentenceId = claim.quotes[0]!.sentences[0]!;
	const inContext = noScript.locator(`a[href*="/node/"][href$="#${sentenceId}"]`).first();
	await inContext.click();
	await expect(noScript).toHaveURL(new RegExp(`#${sentenceId}$`));
	const answer = nodeOf(noScript.url().split('/node/')[1]!.split('#')[0]!);
	await expect(noScript.getByRole('heading', { level: 1 })).toHaveText(answer.label);
	await expect(noScript.locator(`[id="${sentenceId}"]`)).toHaveText(
		home.sentences.find((s) => s.id === sentenceId)!.text
	);
	await expect(noScript.locator(':target')).toHaveCount(1);
});

test('a topic’s page traces it to a speaker and lists what is said about it', async ({
	noScript
}) => {
	const claim = claimQuoting('So I think 5G will break out first');
	const about = home.edges.find((e) => e.source === claim.id && e.relation === 'about')!;
	await noScript.goto(permalinkOf(about.target));
	const chain = noScript.getByRole('region', { name: 'Evidence chain' });
	await expect(chain.getByRole('listitem').first()).toContainText('is discussed in');
	await expect(chain.getByRole('listitem').filter({ hasText: 'said by' })).toHaveCount(1);
	const said = noScript.getByRole('region', { name: /^What is said about it/ });
	await expect(said.getByRole('link', { name: claim.label, exact: true })).toHaveAttribute(
		'href',
		new RegExp(`node/${claim.id}$`)
	);
	await expect(
		said.locator('mark').filter({ hasText: claim.quotes[0]!.text }).first()
	).toBeVisible();
});

test('each document’s permalinks also live under /d/<document>, pointing to the canonical one', async ({
	noScript
}) => {
	for (const graph of graphs) {
		const node = graph.nodes.find((n) => n.type === 'claim') ?? graph.nodes[0]!;
		await noScript.goto(`/d/${graph.document.id}/node/${node.id}`);
		await expect(noScript.getByRole('heading', { level: 1 })).toHaveText(node.label);
		const canonical = await noScript.locator('link[rel="canonical"]').getAttribute('href');
		expect(new URL(canonical!, noScript.url()).pathname).toBe(
			permalinkOf(node.id, graph.document.id)
		);
		const explorer = await noScript
			.getByRole('link', { name: 'Open in the explorer' })
			.getAttribute('href');
		const url = new URL(explorer!, noScript.url());
		expect(url.pathname).toBe(graph === home ? '/' : `/d/${graph.document.id}`);
		expect(url.searchParams.get('select')).toBe(node.id);
	}
});

test('permalink pages have no serious accessibility violations', async ({ page }) => {
	for (const id of [
		claimQuoting('So I think 5G will break out first').id,
		home.nodes.find((n) => n.type === 'answer')!.id,
		home.nodes.find((n) => n.type === 'speaker')!.id,
		home.nodes.find((n) => n.type === 'sector')!.id
	]) {
		await page.goto(permalinkOf(id));
		expect(await seriousViolations(page), id).toEqual([]);
	}
});

/** Text with runs of white space made single spaces, for comparing text across elements. */
function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A permalink page is plain HTML whose data is in its HTML only: from the explorer, the browser
// loads it whole (a fresh window), where SvelteKit's router would have had nothing to draw it with.
for (const document of [home.document.id, TEST_DOCUMENT_ID]) {
	test(`the Permalink link in ${document}'s explorer opens the node's page whole`, async ({
		page
	}) => {
		const graph = graphs.find((g) => g.document.id === document)!;
		const claim = graph.nodes.find((node) => node.type === 'claim')!;
		const path = document === home.document.id ? '/' : `/d/${document}`;
		await openGraph(page, `${path}?select=${encodeURIComponent(claim.id)}`);
		await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
		const link = detailsOf(page).getByRole('link', { name: 'Permalink' });
		// A hover preloads a link's page; this one's has nothing to preload, and says nothing.
		await link.hover();
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${permalinkOf(claim.id, document)}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.label);
		for (const quote of 'quotes' in claim ? claim.quotes : []) {
			await expect(page.getByRole('main').getByText(quote.text).first()).toBeVisible();
		}
		expect(await page.evaluate(() => 'stayed' in window)).toBe(false);
	});
}
