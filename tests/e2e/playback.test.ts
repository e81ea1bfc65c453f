/**
 * A timed transcript (the captions test document, tests/fixtures/documents/harbour-talk-captions)
 * in the reader: each turn shows its time, a sentence's time plays the recording from that
 * moment, the sentence being spoken is marked, and the graph emphasises what cites it. The
 * recording is a short WAV the test writes itself, served for the document's `recording` URL or
 * picked as a local file.
 */
import type { Page } from '@playwright/test';
import { expect, graphs, home, openGraph, seriousViolations, test } from './fixtures';

const CAPTIONS_ID = 'harbour-talk-captions';
const captions = graphs.find((g) => g.document.id === CAPTIONS_ID)!;
const PATH = `/d/${CAPTIONS_ID}`;

/** A WAV file of `seconds` of silence: 8 kHz, 8-bit, mono PCM, written byte by byte. */
function silentWav(seconds: number): Buffer {
	const rate = 8000;
	const samples = Math.round(rate * seconds);
	const wav = Buffer.alloc(44 + samples, 128); // 128 is silence in 8-bit PCM
	wav.write('RIFF', 0, 'ascii');
	wav.writeUInt32LE(36 + samples, 4);
	wav.write('WAVE', 8, 'ascii');
	wav.write('fmt ', 12, 'ascii');
	wav.writeUInt32LE(16, 16); // size of the fmt chunk
	wav.writeUInt16LE(1, 20); // PCM
	wav.writeUInt16LE(1, 22); // one channel
	wav.writeUInt32LE(rate, 24);
	wav.writeUInt32LE(rate, 28); // bytes per second
	wav.writeUInt16LE(1, 32); // bytes per frame
	wav.writeUInt16LE(8, 34); // bits per sample
	wav.write('data', 36, 'ascii');
	wav.writeUInt32LE(samples, 40);
	return wav;
}

const transcriptOf = (page: Page) => page.getByRole('region', { name: 'Transcript' });
const sentenceAt = (page: Page, id: string) =>
	transcriptOf(page).locator(`[data-sentence="${id}"]`);

/** Ids of the nodes and edges citing a sentence, as the compiled graph says. */
function citing(sentence: string): string[] {
	return [
		...captions.nodes.filter((n) => n.citations.includes(sentence)).map((n) => n.id),
		...captions.edges.filter((e) => e.citations.includes(sentence)).map((e) => e.id)
	].sort();
}

/**
 * What the graph emphasises, beside what it should: the elements citing `sentence` that it
 * draws (an answer while collapsed is not drawn).
 */
const emphasis = (page: Page, sentence: string) =>
	page.evaluate((citers) => {
		const cy = window.cy!;
		const drawn = new Set(cy.elements(':visible').map((e) => e.id()));
		return {
			marked: cy
				.$('.highlighted')
				.filter(':visible')
				.map((e) => e.id())
				.sort(),
			wanted: citers.filter((id) => drawn.has(id))
		};
	}, citing(sentence));

/** Whether the graph emphasises the drawn elements citing `sentence`, and only those. */
const emphasises = async (page: Page, sentence: string) => {
	const { marked, wanted } = await emphasis(page, sentence);
	return wanted.length > 0 && marked.join(' ') === wanted.join(' ');
};

const audioState = (page: Page) =>
	page.evaluate(() => {
		const audio = document.querySelector('audio')!;
		return { time: audio.currentTime, paused: audio.paused, src: audio.currentSrc };
	});

test('each turn of a timed transcript shows its time', async ({ page }) => {
	await openGraph(page, PATH);
	const headings = transcriptOf(page).getByRole('heading', { level: 3 });
	// Hand-read from the captions: cues 1–2, 3–4, 5 and 6. The captions have no narration.
	await expect(headings).toHaveText([
		/Mara Holt.*Question 1.*line 5.*0:00–0:06$/,
		/Ravi Sen.*Answer to question 1.*line 13.*0:06–0:12$/,
		/Mara Holt.*Question 2.*line 22.*0:12–0:13$/,
		/Ravi Sen.*Answer to question 2.*line 26.*0:13–0:15$/
	]);
	await expect(transcriptOf(page).getByRole('group', { name: 'Recording' })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('a transcript without times has no times and no player', async ({ page }) => {
	expect(home.turns.some((t) => t.time)).toBe(false);
	await openGraph(page, '/');
	await expect(transcriptOf(page).getByRole('article')).toHaveCount(home.turns.length);
	await expect(transcriptOf(page).getByRole('group', { name: 'Recording' })).toHaveCount(0);
	await expect(transcriptOf(page).getByRole('button', { name: /^Play / })).toHaveCount(0);
});

test('a sentence’s time plays the document’s recording from there; the reader and the graph follow', async ({
	page
}) => {
	let served = 0;
	const wav = silentWav(16);
	// Served as a web server serves media: byte ranges, so the player can seek.
	await page.route('**/recordings/harbour-talk.wav', (route) => {
		served++;
		const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers()['range'] ?? '');
		if (!range) {
			return route.fulfill({
				contentType: 'audio/wav',
				headers: { 'accept-ranges': 'bytes' },
				body: wav
			});
		}
		const start = Number(range[1]);
		const end = range[2] ? Number(range[2]) : wav.length - 1;
		return route.fulfill({
			status: 206,
			contentType: 'audio/wav',
			headers: {
				'accept-ranges': 'bytes',
				'content-range': `bytes ${start}-${end}/${wav.length}`
			},
			body: wav.subarray(start, end + 1)
		});
	});
	await openGraph(page, PATH);
	// Nothing is fetched until the reader asks to play.
	expect(served).toBe(0);
	await transcriptOf(page)
		.getByRole('button', { name: 'Play from 0:06: Ships sit idle at the quay for days.' })
		.click();
	await expect.poll(async () => (await audioState(page)).paused).toBe(false);
	// Playing (not paused) comes at once; the seek once the recording's length is known, before
	// any of it is heard.
	await expect.poll(async () => (await audioState(page)).time).toBeGreaterThanOrEqual(6.5);
	expect((await audioState(page)).src).toMatch(/\/recordings\/harbour-talk\.wav$/);

	// 6.5–8.618 s: the first sentence of Ravi Sen's answer (t2-s1).
	await expect(sentenceAt(page, 't2-s1')).toHaveAttribute('aria-current', 'time');
	await expect.poll(() => emphasises(page, 't2-s1')).toBe(true);
	expect(citing('t2-s1')).toContain('ravi-idle-ships-burn-diesel');

	// Playing on: from 8.618 s the second sentence (t2-s2) is spoken, and the graph follows.
	await expect(sentenceAt(page, 't2-s2')).toHaveAttribute('aria-current', 'time', {
		timeout: 10_000
	});
	await expect(sentenceAt(page, 't2-s1')).not.toHaveAttribute('aria-current', 'time');
	await expect.poll(() => emphasises(page, 't2-s2')).toBe(true);
	expect(citing('t2-s2')).not.toEqual(citing('t2-s1'));
});

test('a recording picked from this computer plays from a turn’s time', async ({ page }) => {
	await openGraph(page, PATH);
	await transcriptOf(page)
		.getByLabel('Another recording…')
		.setInputFiles({ name: 'harbour.wav', mimeType: 'audio/wav', buffer: silentWav(16) });
	await expect(page.getByLabel('Recording: harbour.wav')).toBeAttached();
	await transcriptOf(page).getByRole('button', { name: 'Play Mara Holt, 0:12–0:13' }).click();
	await expect.poll(async () => (await audioState(page)).paused).toBe(false);
	expect((await audioState(page)).src).toMatch(/^blob:/);
	await expect(sentenceAt(page, 't3-s1')).toHaveAttribute('aria-current', 'time');
	await expect.poll(() => emphasises(page, 't3-s1')).toBe(true);
	expect(citing('t3-s1')).toContain('q2');
});
