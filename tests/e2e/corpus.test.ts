/**
 * The corpus view, /corpus: every document in one graph. The two harbour test documents
 * (tests/fixtures/documents/harbour-*) share the host Mara Quinn, the guest Ines Alvarez and the
 * sector "Offshore wind"; every expectation below is written by hand from their transcripts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
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

/** Exports `format` (its radio's name) of the whole graph from the menu; returns the file. */
async function exportWhole(page: Page, format: string) {
	await page.getByRole('button', { name: 'Export…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Export' });
	await dialog.getByRole('radio', { name: format, exact: true }).check();
	await dialog.getByRole('radio', { name: 'Whole graph', exact: true }).check();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: /^Export / }).click()
	]);
	await expect(dialog.getByRole('status')).toHaveText(/^Saved /);
	return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** The transcripts of the four bundled test documents, read from the repository. */
const TRANSCRIPTS: Record<string, string> = Object.fromEntries(
	[ROUNDTABLE, FOLLOW_UP, 'harbour-talk-captions'].map((id) => [
		id,
		readFileSync(`tests/fixtures/documents/${id}/transcript.txt`, 'utf8')
	])
);

test('the corpus exports Web Annotation: each citation points into its own document’s transcript', async ({
	page,
	baseURL
}) => {
	await openGraph(page, '/corpus');
	const file = await exportWhole(page, 'Web Annotation');
	expect(file.name).toMatch(/^corpus_citations-whole-graph_\d{4}-\d{2}-\d{2}\.jsonld$/);
	const items = JSON.parse(file.bytes.toString('utf8')).first.items as {
		target: {
			source: string;
			creator?: { name: string };
			selector: [{ exact: string }, { start: number; end: number }];
		};
		body: { value?: string; id?: string }[];
	}[];
	const site = baseURL!.replace(/\/$/, '');
	const sources = [...new Set(items.map((a) => a.target.source))].sort();
	// Four documents: the interview and the three harbour test documents, each its own transcript.
	expect(sources).toHaveLength(4);
	for (const source of sources) {
		expect(source).toMatch(new RegExp(`^${site}/d/[a-z0-9-]+/transcript\\.txt$`));
		// Every selector's positions hold its words in the transcript the site publishes.
		const text = [...(await (await page.request.get(source)).text())];
		for (const { target } of items.filter((a) => a.target.source === source)) {
			const [quote, position] = target.selector;
			expect(text.slice(position.start, position.end).join('')).toBe(quote.exact);
		}
	}
	const shah = items.find((a) =>
		a.body.some((b) => b.value === `${FOLLOW_UP}:shah-wind-not-enough-in-winter`)
	)!;
	expect(shah.target.source).toBe(`${site}/d/${FOLLOW_UP}/transcript.txt`);
	expect(shah.target.selector[0].exact).toBe(
		'The cables held up, but offshore wind alone was not enough in winter.'
	);
	const [start, end] = [shah.target.selector[1].start, shah.target.selector[1].end];
	expect([...TRANSCRIPTS[FOLLOW_UP]!].slice(start, end).join('')).toBe(
		'The cables held up, but offshore wind alone was not enough in winter.'
	);
	expect(shah.target.creator?.name).toBe('Ravi Shah');
	expect(shah.body.map((b) => b.id).filter(Boolean)).toEqual([
		`${site}/d/${FOLLOW_UP}/node/shah-wind-not-enough-in-winter`
	]);
});

test('the corpus exports REFI-QDA with one text source per document, each verbatim', async ({
	page
}) => {
	await openGraph(page, '/corpus');
	const file = await exportWhole(page, 'REFI-QDA');
	const zip = unzipSync(new Uint8Array(file.bytes));
	const project = strFromU8(zip['project.qde']!);
	const names = [
		...project.matchAll(
			/<TextSource guid="[^"]+" name="([^"]+)" plainTextPath="internal:\/\/([^"]+)"/g
		)
	];
	expect(names.map((m) => m[1])).toContain(ROUNDTABLE_TITLE);
	expect(names.map((m) => m[1])).toContain(FOLLOW_UP_TITLE);
	expect(names).toHaveLength(4);
	const text = (title: string) =>
		strFromU8(zip[`sources/${names.find((m) => m[1] === title)![2]}`]!);
	expect(text(ROUNDTABLE_TITLE)).toBe(TRANSCRIPTS[ROUNDTABLE]);
	expect(text(FOLLOW_UP_TITLE)).toBe(TRANSCRIPTS[FOLLOW_UP]);
	const dir = mkdtempSync(join(tmpdir(), 'citegraph-e2e-corpus-qdpx-'));
	try {
		writeFileSync(join(dir, 'project.qde'), project);
		const verdict = execFileSync(
			'xmllint',
			[
				'--noout',
				'--schema',
				'tests/fixtures/formats/refi-qda-project-1.0.xsd',
				join(dir, 'project.qde')
			],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
		);
		expect(verdict).toBe('');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
