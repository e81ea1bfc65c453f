/**
 * Bring your own interview: importing a transcript, its annotations or a .qdpx project in the
 * browser, exploring it at once, keeping it across reloads, removing it, the limits, and the round
 * trip (download its folder, build it with graph:build, get the identical graph file).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { toQdpx } from '../../src/lib/graph/qdpx';
import type { Graph } from '../../src/lib/graph/schema';
import {
	builtWithCli,
	canvasOf,
	expect as baseExpect,
	exportedGraphFile,
	graphs,
	held,
	settled,
	storedDocument,
	test,
	TEST_DOCUMENT_ID
} from './fixtures';

/**
 * Compiling and laying out in the worker takes under a second on an idle machine, but many
 * seconds on a busy one: the states these tests wait for may take that long to come.
 */
const expect = baseExpect.configure({ timeout: 60_000 });

// Importing compiles and lays out in a worker; the round trip runs the build too.
test.describe.configure({ timeout: 90_000 });

const FOLDER = `tests/fixtures/documents/${TEST_DOCUMENT_ID}`;
const TRANSCRIPT = readFileSync(`${FOLDER}/transcript.txt`);
const ANNOTATIONS = readFileSync(`${FOLDER}/annotations.yaml`);
/** The test document as graph:build compiled it: the oracle for what the page compiles. */
const built = graphs.find((g) => g.document.id === TEST_DOCUMENT_ID)!;
const TITLE = 'Three Questions on Harbour Power: a test document for Citegraph';

const transcriptFile = (name = 'Harbour talk.txt', buffer = TRANSCRIPT) => ({
	name,
	mimeType: 'text/plain',
	buffer
});
const annotationsFile = (buffer = ANNOTATIONS, name = 'annotations.yaml') => ({
	name,
	mimeType: 'application/yaml',
	buffer
});

const picker = (page: Page) => page.getByLabel('Choose files…');
const keptList = (page: Page) => page.getByRole('list', { name: 'Imported documents' });

/** Waits until the explorer shows a graph with its nodes drawn and laid out. */
async function explorerReady(page: Page) {
	await page.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0);
	await settled(page);
}

/**
 * Opens the import page and waits for its script: a drop before then has no one to take it (a
 * file picked before then is taken when the script runs).
 */
async function openImport(page: Page) {
	await page.goto('/import');
	await expect(page.getByText("Reading this browser's storage…")).toHaveCount(0);
}

/** Imports the test document's transcript and annotations through the picker. */
async function importHarbour(page: Page, id?: string) {
	await page.goto('/import');
	if (id) await page.getByLabel(/Document id/).fill(id);
	await picker(page).setInputFiles([transcriptFile(), annotationsFile()]);
	await expect(page).toHaveURL(new RegExp(`/local#${id ?? 'harbour-talk'}$`));
	await explorerReady(page);
}

test('a transcript with its annotations opens in the explorer at once, compiled as the build compiles it', async ({
	page
}) => {
	await importHarbour(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
	const { nodes, edges } = await held(page);
	expect(nodes.map((n) => n.id).sort()).toEqual(built.nodes.map((n) => n.id).sort());
	expect(edges.map((e) => e.id).sort()).toEqual(built.edges.map((e) => e.id).sort());
	// An imported document has no prerendered pages: no stance link, no permalinks.
	await expect(page.getByRole('link', { name: 'Compare the speakers' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Import a document' })).toBeVisible();
});

test('files picked before the page’s script has loaded are imported once it has, under the id typed', async ({
	page
}) => {
	// Hold the app's script until the files are picked, as a slow connection would.
	let release!: () => void;
	const loaded = new Promise<void>((resolve) => (release = resolve));
	let waiting = 0;
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		waiting += 1;
		await loaded;
		await route.continue();
	});
	await page.goto('/import', { waitUntil: 'domcontentloaded' });
	await page.getByLabel(/Document id/).fill('picked-early');
	await picker(page).setInputFiles([transcriptFile(), annotationsFile()]);
	await expect.poll(() => waiting).toBeGreaterThan(0);
	release();
	await expect(page).toHaveURL(/\/local#picked-early$/);
	await explorerReady(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
});

test('on a laptop an imported document’s title keeps room to be read beside the documents and counts', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await importHarbour(page, 'harbour-on-a-laptop');
	const header = page.getByRole('banner');
	const title = header.getByRole('heading', { level: 1 });
	const nav = header.getByRole('navigation', { name: 'Documents' });
	await expect(nav).toBeVisible();
	const [heading, documents] = await Promise.all([
		title.evaluate((h) => h.parentElement!.getBoundingClientRect().toJSON() as DOMRect),
		nav.boundingBox()
	]);
	// 20rem: the title's first words and the whole byline; before, the links took all but 190 px.
	expect(heading.width).toBeGreaterThanOrEqual(320);
	expect(heading.right).toBeLessThanOrEqual(documents!.x);
	await expect(header.getByText('By Citegraph Tests · edited by Fixture Desk')).toBeVisible();
	// The documents' names get what room is left: a long one ends in an ellipsis inside the
	// switcher, not cut off at its edge (the links were wider than the switcher before).
	const links = await nav.getByRole('link').evaluateAll((as) =>
		as.map((a) => {
			const box = a.getBoundingClientRect();
			const style = getComputedStyle(a);
			return { right: box.right, cut: a.scrollWidth > a.clientWidth, ellipsis: style.textOverflow };
		})
	);
	expect(links.length).toBeGreaterThan(1);
	for (const link of links) {
		expect(link.right).toBeLessThanOrEqual(documents!.x + documents!.width + 0.5);
		if (link.cut) expect(link.ellipsis).toBe('ellipsis');
	}
	expect(links.some((l) => l.cut)).toBe(true);
});

test('a dropped .qdpx project opens in the explorer with its claims', async ({ page }) => {
	await openImport(page);
	await page.getByLabel(/Document id/).fill('harbour-coded');
	const bytes = [...toQdpx(built, { transcript: TRANSCRIPT.toString('utf8') })];
	const drop = page.getByRole('group', { name: 'Drop files here' });
	const dataTransfer = await page.evaluateHandle((data) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([new Uint8Array(data)], 'Harbour coded.qdpx'));
		return transfer;
	}, bytes);
	await drop.dispatchEvent('drop', { dataTransfer });
	await expect(page).toHaveURL(/\/local#harbour-coded$/);
	await explorerReady(page);
	const claims = await page.evaluate(() =>
		window.cy!.nodes('[type = "claim"]').map((n) => n.data('label') as string)
	);
	expect(claims.sort()).toEqual(
		built.nodes
			.filter((n) => n.type === 'claim')
			.map((n) => n.label)
			.sort()
	);
});

test('a bad annotations file is refused with its line beside the text, and nothing kept is lost', async ({
	page
}) => {
	await importHarbour(page, 'harbour-first');
	const bad = ANNOTATIONS.toString('utf8').replace(
		"quotes: ['Offshore wind can supply the harbour at night.']",
		"quotes: ['Offshore wind can supply the harbour at noon.']"
	);
	// The first of the two quotes is the entity's, on line 56 of the file.
	expect(bad.split('\n')[55]).toContain('at noon');
	await page.goto('/import');
	await expect(keptList(page).getByRole('listitem')).toHaveCount(1);
	await page.getByLabel(/Document id/).fill('harbour-second');
	await picker(page).setInputFiles([
		transcriptFile(),
		annotationsFile(Buffer.from(bad), 'my-notes.yaml')
	]);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('The import was refused');
	await expect(alert).toContainText(
		'Nothing was imported; the documents kept in this browser are as they were.'
	);
	const problems = page.getByRole('list', { name: 'Problems' });
	await expect(problems.getByRole('listitem')).toHaveCount(1);
	await expect(problems).toContainText('my-notes.yaml:56:');
	await expect(problems).toContainText('quote not found');
	const excerpt = page.getByRole('list', { name: 'my-notes.yaml around line 56' });
	await expect(excerpt.locator('li[aria-current="true"]')).toContainText(
		"quotes: ['Offshore wind can supply the harbour at noon.']"
	);
	await expect(excerpt.locator('li[aria-current="true"]')).toHaveAttribute('value', '56');
	// The page stayed; the kept document is still there, whole.
	await expect(page).toHaveURL(/\/import$/);
	await expect(keptList(page).getByRole('listitem')).toHaveCount(1);
	await page.goto('/local#harbour-first');
	await explorerReady(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
});

test('a transcript without annotations opens with its speakers, questions and answers, and what to check', async ({
	page
}) => {
	await page.goto('/import');
	await picker(page).setInputFiles([transcriptFile()]);
	await expect(page).toHaveURL(/\/local#harbour-talk$/);
	await explorerReady(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
	const graph = await held(page);
	const labels = (type: string) =>
		graph.nodes
			.filter((n) => n.type === type)
			.map((n) => n.label!)
			.sort();
	expect(labels('speaker')).toEqual(['Ines Alvarez', 'Mara Quinn', 'Tom Becker']);
	// Mara Quinn asks two questions (transcript lines 11 and 23); both guests answer each.
	expect(labels('question')).toHaveLength(2);
	expect(labels('answer')).toHaveLength(4);
	// Every edge of the graph the page keeps cites sentences.
	const stored = (await storedDocument(page, 'harbour-talk')).graph;
	expect(stored.edges.length).toBe(graph.edges.length);
	const uncited = stored.edges.filter((e) => e.citations.length === 0).length;
	expect(uncited).toBe(0);
	await page.getByText(/^What to check \(\d+\)$/).click();
	await expect(page.getByRole('listitem').filter({ hasText: /^Form: published/ })).toBeVisible();
});

test('a dropped WebVTT caption file opens with its voices as speakers', async ({ page }) => {
	await openImport(page);
	const text = readFileSync('tests/fixtures/forms/webvtt.vtt', 'utf8');
	const drop = page.getByRole('group', { name: 'Drop files here' });
	const dataTransfer = await page.evaluateHandle((content) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([content], 'Rotterdam talk.vtt', { type: 'text/vtt' }));
		return transfer;
	}, text);
	await drop.dispatchEvent('drop', { dataTransfer });
	await expect(page).toHaveURL(/\/local#rotterdam-talk$/);
	await explorerReady(page);
	const speakers = await page.evaluate(() =>
		window
			.cy!.nodes('[type = "speaker"]')
			.map((n) => n.data('label') as string)
			.sort()
	);
	expect(speakers).toEqual(['Mara Holt', 'Ravi Sen']);
});

test('text from an imported file is shown as text, never run', async ({ page }) => {
	const markup = [
		'A talk about markup',
		'',
		'Host:',
		'',
		'What does <img src=x onerror="window.hacked=1"> do?',
		'',
		'Guest:',
		'',
		'It is shown as text, <b>never</b> run.',
		''
	].join('\n');
	await page.goto('/import');
	await picker(page).setInputFiles([transcriptFile('markup.txt', Buffer.from(markup))]);
	await expect(page).toHaveURL(/\/local#markup$/);
	await explorerReady(page);
	const reader = page.getByRole('region', { name: 'Transcript' });
	await expect(reader).toContainText('What does <img src=x onerror="window.hacked=1"> do?');
	await expect(reader).toContainText('It is shown as text, <b>never</b> run.');
	await expect(reader.locator('img, b')).toHaveCount(0);
	expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
});

test('an imported document survives a reload and is listed in the switcher', async ({ page }) => {
	await importHarbour(page);
	await page.reload();
	await explorerReady(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
	const switcher = page.getByRole('navigation', { name: 'Documents' });
	const link = switcher.getByRole('link', { name: `${TITLE} (imported)` });
	await expect(link).toHaveAttribute('aria-current', 'page');
	// The bundled documents' explorers list it too.
	await page.goto(`/d/${TEST_DOCUMENT_ID}`);
	await expect(switcher.getByRole('link', { name: `${TITLE} (imported)` })).toBeVisible();
	await expect(switcher.getByRole('link', { name: TITLE, exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await switcher.getByRole('link', { name: `${TITLE} (imported)` }).click();
	await expect(page).toHaveURL(/\/local#harbour-talk$/);
	await explorerReady(page);
});

test('Remove takes a document out of this browser', async ({ page }) => {
	await importHarbour(page);
	await page.goto('/import');
	await page.getByRole('button', { name: `Remove ${TITLE}` }).click();
	await expect(page.getByText('No documents imported yet.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('No documents imported yet.')).toBeVisible();
	await page.goto('/local#harbour-talk');
	await expect(page.getByRole('alert')).toContainText(
		'No document "harbour-talk" is kept in this browser'
	);
	await expect(page.getByRole('navigation', { name: 'Documents' })).toHaveCount(0);
});

test('a transcript over 5 MB is refused with both sizes, before it is read', async ({ page }) => {
	await page.goto('/import');
	await picker(page).setInputFiles([
		transcriptFile('huge.txt', Buffer.alloc(5_000_001, 'a')),
		annotationsFile()
	]);
	await expect(page.getByRole('list', { name: 'Problems' })).toContainText(
		'huge.txt is 5,000,001 bytes; the largest transcript the browser imports is 5,000,000 bytes (5 MB)'
	);
	await expect(page.getByText('No documents imported yet.')).toBeVisible();
});

test('with 50 documents kept, another is refused until one is removed', async ({ page }) => {
	await page.goto('/import');
	await expect(page.getByText('No documents imported yet.')).toBeVisible();
	// Fill the storage as 50 imports would (their graphs are the test document's).
	await page.evaluate(async (graph) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('citegraph', 1);
			open.onupgradeneeded = () => {
				open.result.createObjectStore('summaries', { keyPath: 'id' });
				open.result.createObjectStore('documents', { keyPath: 'id' });
			};
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const tx = db.transaction(['summaries', 'documents'], 'readwrite');
		for (let i = 1; i <= 50; i++) {
			const id = `kept-${i}`;
			const title = `Kept ${i}`;
			tx.objectStore('summaries').put({
				id,
				title,
				origin: `${id}.txt`,
				importedAt: `2026-12-01T10:00:${String(i).padStart(2, '0')}.000Z`,
				nodes: 1,
				edges: 0
			});
			tx.objectStore('documents').put({
				id,
				title,
				origin: `${id}.txt`,
				transcriptName: 'transcript.txt',
				transcript: '',
				annotations: '',
				graph: { ...graph, document: { ...graph.document, id, title } }
			});
		}
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	}, built as Graph);
	await page.reload();
	await expect(page.getByText('50 of 50')).toBeVisible();
	await picker(page).setInputFiles([transcriptFile(), annotationsFile()]);
	await expect(page.getByRole('alert')).toContainText(
		'This browser keeps at most 50 imported documents and holds 50: remove one below to import another.'
	);
	await page.getByRole('button', { name: 'Remove Kept 7' }).click();
	await expect(page.getByText('49 of 50')).toBeVisible();
	await picker(page).setInputFiles([transcriptFile(), annotationsFile()]);
	await expect(page).toHaveURL(/\/local#harbour-talk$/);
	await explorerReady(page);
});

test('round trip: the downloaded folder builds with graph:build to the graph file the page exports', async ({
	page
}) => {
	await importHarbour(page, 'harbour-round-trip');
	const [folder] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download folder' }).click()
	]);
	expect(folder.suggestedFilename()).toBe('harbour-round-trip.zip');
	const files = unzipSync(readFileSync(await folder.path()));
	expect(Object.keys(files).sort()).toEqual([
		'harbour-round-trip/annotations.yaml',
		'harbour-round-trip/transcript.txt'
	]);
	expect(Buffer.from(files['harbour-round-trip/transcript.txt']!).equals(TRANSCRIPT)).toBe(true);
	expect(Buffer.from(files['harbour-round-trip/annotations.yaml']!).equals(ANNOTATIONS)).toBe(true);

	// The graph file the page exports: what it compiled, as it compiled it.
	const pageGraph = await exportedGraphFile(page);
	const cliGraph = builtWithCli(files, 'harbour-round-trip');
	expect(JSON.parse(pageGraph.toString('utf8'))).toEqual(JSON.parse(cliGraph.toString('utf8')));
	expect(pageGraph.equals(cliGraph)).toBe(true);
	await expect(canvasOf(page)).toBeVisible();
});

/**
 * Opens the corpus view, imported documents merged in. The merge has no layout from the build:
 * the worker lays it out, which takes a while on a busy machine (this file's expect waits up to
 * 60 s).
 */
async function openCorpus(page: Page) {
	await page.goto('/corpus');
	await page.waitForFunction(() => window.cy !== undefined && window.cy.nodes().length > 0);
	await expect(canvasOf(page)).toHaveAttribute('aria-busy', 'false');
}

/** Saves the Web Annotation export from the Export menu and returns its annotations. */
async function exportWebAnnotation(page: Page) {
	await page.getByRole('button', { name: 'Export…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Export' });
	await dialog.getByRole('radio', { name: 'Web Annotation', exact: true }).check();
	const [exported] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: /^Export / }).click()
	]);
	await expect(dialog.getByRole('status')).toHaveText(/^Saved /);
	return JSON.parse(readFileSync(await exported.path(), 'utf8')).first.items as {
		target: { source: string; selector: [{ exact: string }, { start: number; end: number }] };
		body: { value?: string; purpose: string }[];
	}[];
}

test('an imported document exports its citations as Web Annotation, quoting its own transcript', async ({
	page
}) => {
	await importHarbour(page, 'harbour-cited');
	const items = await exportWebAnnotation(page);
	// The site publishes no page for a document imported in this browser: its transcript is named
	// by a URN, and every position points at the quoted words in the transcript that was imported.
	const text = [...TRANSCRIPT.toString('utf8')];
	expect(items.length).toBeGreaterThan(10);
	for (const { target } of items) {
		expect(target.source).toBe('urn:citegraph:harbour-cited:transcript');
		const [quote, position] = target.selector;
		expect(text.slice(position.start, position.end).join('')).toBe(quote.exact);
	}
	const claim = items.find((a) => a.body.some((b) => b.value === 'alvarez-shore-power-first'))!;
	expect(claim.target.selector[0].exact).toBe('Yes, shore power should come first.');
});

test('the corpus with an imported document exports its citations from the transcript that was imported', async ({
	page,
	baseURL
}) => {
	await importHarbour(page, 'harbour-joined');
	await openCorpus(page);
	const items = await exportWebAnnotation(page);
	// The imported document has no pages on the site: a URN names its transcript, and no link
	// leads to its nodes; the bundled documents' transcripts are the site's.
	const mine = items.filter((a) => a.target.source === 'urn:citegraph:harbour-joined:transcript');
	const text = [...TRANSCRIPT.toString('utf8')];
	expect(mine.length).toBeGreaterThan(10);
	for (const { target } of mine) {
		const [quote, position] = target.selector;
		expect(text.slice(position.start, position.end).join('')).toBe(quote.exact);
	}
	const claim = mine.find((a) =>
		a.body.some((b) => b.value === 'harbour-joined:alvarez-shore-power-first')
	)!;
	expect(claim.target.selector[0].exact).toBe('Yes, shore power should come first.');
	expect(claim.body.some((b) => b.purpose === 'linking')).toBe(false);
	const site = baseURL!.replace(/\/$/, '');
	expect(items.map((a) => a.target.source)).toContain(
		`${site}/d/${TEST_DOCUMENT_ID}/transcript.txt`
	);
});

test('an imported document joins the corpus view, merged with the bundled documents', async ({
	page
}) => {
	await importHarbour(page, 'harbour-imported');
	await openCorpus(page);
	const graph = await held(page);
	const corpus = {
		claim: graph.nodes.filter((n) => n.id === 'harbour-imported:alvarez-shore-power-first').length,
		ines: graph.nodes.filter((n) => n.label === 'Ines Alvarez').length,
		saidBy: graph.edges
			.filter((e) => e.relation === 'said-by' && e.target === 'ines-alvarez')
			.map((e) => e.source!)
			.filter((id) => id.startsWith('harbour-imported:'))
			.sort()
	};
	// The imported copy of the roundtable keeps its claims and answers under its own id, and its Ines
	// Alvarez is the bundled documents' one: her two answers and five claims there, said by her.
	expect(corpus).toEqual({
		claim: 1,
		ines: 1,
		saidBy: [
			'harbour-imported:alvarez-batteries-smooth-load',
			'harbour-imported:alvarez-idling-burns-fuel',
			'harbour-imported:alvarez-port-pays',
			'harbour-imported:alvarez-shore-power-first',
			'harbour-imported:alvarez-wind-supplies-harbour',
			'harbour-imported:q1-ines-alvarez',
			'harbour-imported:q2-ines-alvarez'
		]
	});
	const reader = page.getByRole('region', { name: 'Transcript' });
	await expect(reader.getByRole('heading', { level: 2 }).last()).toHaveText(TITLE);
});
