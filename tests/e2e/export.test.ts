import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import cytoscape from 'cytoscape';
import { XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import {
	detailsOf,
	expect,
	home as graph,
	homeFile as graphFile,
	openGraph,
	test
} from './fixtures';
import {
	CONCEPTS,
	FIVE_G_NEIGHBOURHOOD,
	ORGANISATIONS,
	QUESTIONS,
	SCENARIOS,
	SECTORS,
	SPEAKERS
} from '../unit/interview-names';

const claims = graph.nodes.filter((node) => node.type === 'claim');

/** Today as the app writes it in file names. */
function today(): string {
	const now = new Date();
	return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
		.map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'))
		.join('-');
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

// Exports draw, encode and decode large files: give each test more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Export' });

interface Choices {
	format: string;
	view?: 'Whole graph' | 'Current view';
	/** The start of the scale's name: "1×", "2×". */
	scale?: string;
	background?: 'White' | 'Transparent' | 'Theme' | 'None (paper)';
	page?: 'A4' | 'US Letter' | 'Fit to figure';
	caption?: boolean;
}

/** Opens the Export menu and makes the choices, leaving the dialog open. */
async function choose(page: Page, choices: Choices): Promise<Locator> {
	const dialog = dialogOf(page);
	if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Export…' }).click();
	await expect(dialog).toBeVisible();
	await dialog.getByRole('radio', { name: choices.format, exact: true }).check();
	if (choices.view) await dialog.getByRole('radio', { name: choices.view, exact: true }).check();
	if (choices.scale) {
		await dialog
			.getByRole('radio', { name: new RegExp(`^${choices.scale.replace('.', '\\.')}`) })
			.check();
	}
	if (choices.background) {
		await dialog.getByRole('radio', { name: choices.background, exact: true }).check();
	}
	if (choices.page) await dialog.getByRole('radio', { name: choices.page, exact: true }).check();
	if (choices.caption !== undefined) {
		await dialog.getByRole('checkbox', { name: /Quote the selection/ }).setChecked(choices.caption);
	}
	return dialog;
}

/** Exports with the menu and returns the downloaded file. */
async function exportFromMenu(
	page: Page,
	choices: Choices
): Promise<{ name: string; bytes: Buffer; path: string }> {
	const dialog = await choose(page, choices);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: /^Export / }).click()
	]);
	const path = await download.path();
	await expect(dialog.getByRole('status')).toHaveText(
		new RegExp(`^Saved ${download.suggestedFilename().replaceAll('.', '\\.')} \\(`)
	);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	// The pointer is left where the dialog's button was: over the transcript, where it would
	// emphasise a sentence's nodes and so change what the next figure frames.
	await page.mouse.move(0, 0);
	return { name: download.suggestedFilename(), bytes: readFileSync(path), path };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Decodes a PNG as an image viewer would, after checking its signature. */
function readPng(bytes: Buffer): PNG {
	expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
	return PNG.sync.read(bytes);
}

/** RGBA of one pixel. */
function pixel(png: PNG, x: number, y: number): number[] {
	const at = (png.width * y + x) * 4;
	return [...png.data.subarray(at, at + 4)];
}

/** How many pixels are within a few levels of a colour (`#rrggbb`), fully opaque. */
function countColour(png: PNG, hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let count = 0;
	for (let i = 0; i < png.data.length; i += 4) {
		if (
			Math.abs(png.data[i]! - r!) < 4 &&
			Math.abs(png.data[i + 1]! - g!) < 4 &&
			Math.abs(png.data[i + 2]! - b!) < 4 &&
			png.data[i + 3] === 255
		) {
			count++;
		}
	}
	return count;
}

/** The colour the app gives a node type, read from the live graph. */
const typeColourIn = (page: Page, type: string) =>
	page.evaluate((type) => {
		const node = window.cy!.nodes(`[type = "${type}"]`)[0]!;
		const [r, g, b] = node.style('background-color').match(/\d+/g)!.map(Number) as [
			number,
			number,
			number
		];
		return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
	}, type);

/** The size a PNG export will have, as the app works it out. */
const plannedSize = (page: Page, view: 'whole' | 'view', scale: number) =>
	page.evaluate(({ view, scale }) => window.citegraph!.measure({ view, scale }).pixels, {
		view,
		scale
	});

/**
 * Where each node of the document is: where the page draws it, or for a node nothing has shown
 * yet (an answer while collapsed; the canvas adds it when first shown), where the build placed it.
 */
const positionsIn = async (page: Page) => {
	const drawn: Record<string, { x: number; y: number }> = await page.evaluate(() =>
		Object.fromEntries(window.cy!.nodes().map((node) => [node.id(), { ...node.position() }]))
	);
	const built = graph.layout!.positions;
	return Object.fromEntries(graph.nodes.map((node) => [node.id, drawn[node.id] ?? built[node.id]]));
};

/** A Python that can import networkx: Debian's python3-networkx, or a pip install. */
function networkxPython(): string {
	for (const python of ['python3', '/usr/bin/python3']) {
		try {
			execFileSync(python, ['-c', 'import networkx'], { stdio: 'ignore' });
			return python;
		} catch {
			// try the next one
		}
	}
	throw new Error('No Python with networkx: apt-get install -y python3-networkx');
}

/** Opens the graph with an element selected, as a link to it does, and waits for its details. */
async function openSelected(page: Page, id: string) {
	await openGraph(page, `/?select=${id}`);
	await expect(detailsOf(page).getByRole('heading', { level: 2 })).toBeVisible();
}

/** Brings every answer into the graph with the page's own control, and waits for the layout. */
async function expandAll(page: Page) {
	await page.getByRole('button', { name: 'Expand all answers' }).click();
	await expect(page.getByRole('application', { name: /^Knowledge graph/ })).toHaveAttribute(
		'aria-busy',
		'false'
	);
	await expect
		.poll(() => page.evaluate(() => window.cy!.nodes(':visible').length))
		.toBe(graph.nodes.length);
}

/** How many nodes the graph draws now. */
const drawnNodes = (page: Page) => page.evaluate(() => window.cy!.nodes(':visible').length);

/** The text of every <text> of an SVG in document order, as a browser parses it. */
const svgTexts = (page: Page, svg: string) =>
	page.evaluate((svg) => {
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		if (doc.querySelector('parsererror')) throw new Error('the SVG does not parse');
		// A label of several lines is one <text> with a <tspan> a line: read them with spaces.
		return [...doc.querySelectorAll('text')].map((text) => {
			const lines = [...text.querySelectorAll('tspan')].map((span) => span.textContent ?? '');
			return lines.length > 0 ? lines.join(' ') : (text.textContent ?? '');
		});
	}, svg);

// ---------------------------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------------------------

test('PNG: the size the menu names, twice as large at 2×, drawn, on white', async ({ page }) => {
	await openGraph(page);
	const planned = await plannedSize(page, 'whole', 1);
	const dialog = await choose(page, { format: 'PNG', view: 'Whole graph', scale: '1×' });
	await expect(dialog.getByRole('radio', { name: /^1×/ })).toHaveAccessibleName(
		`1× ${planned.width.toLocaleString('en-US')} × ${planned.height.toLocaleString('en-US')} px`
	);
	const one = await exportFromMenu(page, { format: 'PNG', scale: '1×', background: 'White' });
	expect(one.name).toBe(`${graph.document.id}_whole-graph-1x_${today()}.png`);
	const image = readPng(one.bytes);
	expect({ width: image.width, height: image.height }).toEqual(planned);
	expect(pixel(image, 0, 0)).toEqual([255, 255, 255, 255]);
	expect(countColour(image, await typeColourIn(page, 'claim'))).toBeGreaterThan(500);
	expect(countColour(image, await typeColourIn(page, 'speaker'))).toBeGreaterThan(50);

	const two = readPng((await exportFromMenu(page, { format: 'PNG', scale: '2×' })).bytes);
	expect(Math.abs(two.width - 2 * image.width)).toBeLessThanOrEqual(1);
	expect(Math.abs(two.height - 2 * image.height)).toBeLessThanOrEqual(1);
	expect(countColour(two, await typeColourIn(page, 'claim'))).toBeGreaterThan(
		3 * countColour(image, await typeColourIn(page, 'claim'))
	);
});

test('PNG: the current view at 4×, on a transparent or the theme’s background', async ({
	page
}) => {
	await openGraph(page);
	const transparent = readPng(
		(
			await exportFromMenu(page, {
				format: 'PNG',
				view: 'Current view',
				scale: '4×',
				background: 'Transparent'
			})
		).bytes
	);
	expect({ width: transparent.width, height: transparent.height }).toEqual(
		await plannedSize(page, 'view', 4)
	);
	expect(pixel(transparent, 0, 0)[3]).toBe(0);
	expect(countColour(transparent, await typeColourIn(page, 'claim'))).toBeGreaterThan(1000);

	const themed = readPng(
		(
			await exportFromMenu(page, {
				format: 'PNG',
				view: 'Current view',
				scale: '1×',
				background: 'Theme'
			})
		).bytes
	);
	// The colour behind the graph on screen: the first opaque background from its canvas up.
	const pane = await page.evaluate(() => {
		for (let at: Element | null = window.cy!.container(); at; at = at.parentElement) {
			const [r, g, b, a = 1] = getComputedStyle(at)
				.backgroundColor.match(/[\d.]+/g)!
				.map(Number);
			if (a === 1) return [r, g, b, 255];
		}
		throw new Error('nothing behind the graph has a background colour');
	});
	expect(pixel(themed, 0, 0)).toEqual(pane);
});

test('SVG: parses, and every label, the title and the legend are text', async ({ page }) => {
	await openGraph(page);
	// Answers start collapsed; with all of them expanded the graph draws every node.
	await expandAll(page);
	// At zoom 1 every label is large enough to show, on screen and so in the file.
	await page.evaluate(() => {
		window.cy!.zoom(1);
	});
	const svg = await exportFromMenu(page, { format: 'SVG', view: 'Whole graph' });
	expect(svg.name).toBe(`${graph.document.id}_whole-graph_${today()}.svg`);
	const xml = svg.bytes.toString('utf8');
	expect(XMLValidator.validate(xml)).toBe(true);
	expect(xml).not.toContain('"undefined"');
	const texts = await svgTexts(page, xml);
	const all = normalise(texts.join(' '));
	for (const node of graph.nodes) expect(all, node.id).toContain(normalise(node.label));
	expect(all).toContain(normalise(graph.document.title).split(' ').slice(0, 4).join(' '));
	for (const type of new Set(graph.nodes.map((n) => n.type))) {
		expect(texts).toContain(type.charAt(0).toUpperCase() + type.slice(1));
	}
	expect(texts.filter((t) => t.startsWith('Source: “'))).toHaveLength(1);
	// Each label is one <text>: its halo is painted under it, not written out a second time.
	expect(xml).toMatch(/<text [^>]*paint-order="stroke"/);
	expect(xml).not.toMatch(/<text [^>]*fill="none"/);
});

/**
 * The labels on the graph of an exported SVG, measured by Chromium: each label's text, kind
 * (name or number), box in the figure and font size, and the key's numbers and labels.
 */
const figureLabels = (page: Page, svg: string) =>
	page.evaluate((svg) => {
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
		document.body.append(root);
		try {
			const labels = [...root.querySelectorAll<SVGTextElement>('text.node-label')].map((text) => {
				const box = text.getBBox();
				const matrix = (text as SVGGraphicsElement).getCTM()!;
				return {
					text: [...text.querySelectorAll('tspan')].map((span) => span.textContent).join(' '),
					kind: text.dataset.kind,
					node: text.dataset.node,
					size: Number(text.getAttribute('font-size')),
					x1: box.x + matrix.e,
					y1: box.y + matrix.f,
					x2: box.x + box.width + matrix.e,
					y2: box.y + box.height + matrix.f
				};
			});
			const key = new Map<number, string>();
			for (const text of root.querySelectorAll<SVGTextElement>('text.key-label')) {
				const number = Number(text.dataset.number);
				key.set(number, [key.get(number), text.textContent].filter(Boolean).join(' '));
			}
			const keyNumbers = [...root.querySelectorAll('text.key-number')].map((t) =>
				Number(t.textContent)
			);
			const sizes = [...root.querySelectorAll('text')].map((t) =>
				Number(t.getAttribute('font-size') ?? t.closest('[font-size]')?.getAttribute('font-size'))
			);
			return { labels, key: [...key], keyNumbers, smallest: Math.min(...sizes) };
		} finally {
			root.remove();
		}
	}, svg);

type Measured = Awaited<ReturnType<typeof figureLabels>>['labels'];

/** Pairs of labels whose measured boxes overlap. */
function overlaps(labels: Measured): string[] {
	const pairs: string[] = [];
	for (const [i, a] of labels.entries()) {
		for (const b of labels.slice(i + 1)) {
			if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
				pairs.push(`${a.text} × ${b.text}`);
			}
		}
	}
	return pairs;
}

test('SVG figure of the whole graph: every node but a claim named, claims keyed, nothing overlaps', async ({
	page
}) => {
	await openGraph(page);
	const svg = await exportFromMenu(page, { format: 'SVG', view: 'Whole graph' });
	const { labels, key, keyNumbers, smallest } = await figureLabels(
		page,
		svg.bytes.toString('utf8')
	);
	const names = labels.filter((label) => label.kind === 'name').map((label) => label.text);
	for (const name of [
		...SPEAKERS,
		...ORGANISATIONS,
		...QUESTIONS,
		...SECTORS,
		...SCENARIOS,
		...CONCEPTS
	]) {
		expect(names, name).toContain(name);
	}
	expect(overlaps(labels)).toEqual([]);
	// 11 px is 8.25 pt at the figure's own size.
	expect(smallest).toBeGreaterThanOrEqual(11);
	// Every claim is numbered on its node, and the key gives each number that claim's label.
	const numbers = labels.filter((label) => label.kind === 'number');
	expect(numbers).toHaveLength(claims.length);
	expect(keyNumbers.sort((a, b) => a - b)).toEqual(
		numbers.map((label) => Number(label.text)).sort((a, b) => a - b)
	);
	const keyed = new Map(key);
	for (const label of numbers) {
		const claim = claims.find((node) => node.id === label.node)!;
		expect(normalise(keyed.get(Number(label.text))!)).toBe(normalise(claim.label));
	}
});

test('SVG figure of a claim’s neighbourhood: framed, every node named in full, nothing overlaps', async ({
	page
}) => {
	await openSelected(page, 'wang-5g-breaks-out-first');
	const svg = await exportFromMenu(page, { format: 'SVG', view: 'Current view' });
	const xml = svg.bytes.toString('utf8');
	const { labels, key, smallest } = await figureLabels(page, xml);
	expect(new Set(labels.map((label) => label.text))).toEqual(new Set(FIVE_G_NEIGHBOURHOOD));
	expect(key).toEqual([]);
	expect(overlaps(labels)).toEqual([]);
	expect(smallest).toBeGreaterThanOrEqual(11);
	expect(await svgTexts(page, xml)).toContain(
		`Neighbourhood · ${FIVE_G_NEIGHBOURHOOD.length} nodes · 6 edges`
	);
});

test('SVG: a selected edge’s rotated label keeps the colours, as on screen', async ({ page }) => {
	// The longest drawn argument edge, so its rotated label leaves some of the line uncovered.
	await openGraph(page);
	const longest = await page.evaluate(() => {
		const lengths = window
			.cy!.edges(':visible')
			.filter((e) => e.data('sourceType') === 'claim' && e.target().data('type') === 'claim')
			.edges()
			.map((e) => {
				const [a, b] = [e.source().position(), e.target().position()];
				return { id: e.id(), length: Math.hypot(a.x - b.x, a.y - b.y) };
			});
		return lengths.sort((x, y) => y.length - x.length)[0]!.id;
	});
	const edge = graph.edges.find((e) => e.id === longest)!;
	await openSelected(page, edge.id);
	// The graph frames a selection from a link once laid out: wait until it stops moving.
	const viewport = () => page.evaluate(() => JSON.stringify([window.cy!.zoom(), window.cy!.pan()]));
	let last = '';
	await expect
		.poll(
			async () => {
				const now = await viewport();
				const still = now === last;
				last = now;
				return still;
			},
			{ intervals: [300] }
		)
		.toBe(true);
	// Zoomed so the edge is far longer than its label, whose background covers the line beneath.
	await page.evaluate((id) => {
		const cy = window.cy!;
		const edge = cy.getElementById(id);
		const [a, b] = [edge.source().position(), edge.target().position()];
		cy.zoom(Math.max(1.5, 400 / Math.hypot(a.x - b.x, a.y - b.y)));
		cy.center(edge);
	}, edge.id);
	// What the screen shows of the selected edge, to compare the file with.
	const screen = PNG.sync.read(
		await page.getByRole('application', { name: /^Knowledge graph/ }).screenshot()
	);
	const onScreen = countColour(screen, '#d6336c');
	expect(onScreen, 'the selected edge on screen').toBeGreaterThan(20);
	const svg = (
		await exportFromMenu(page, { format: 'SVG', view: 'Current view' })
	).bytes.toString();
	const relation = edge.relation.replaceAll('-', ' ');
	expect(await svgTexts(page, svg)).toContain(relation);
	expect(svg).toMatch(
		new RegExp(`<text[^>]*transform="matrix\\([^)]*\\)"[^>]*>${relation}</text>`)
	);
	// However far the figure zooms out to frame the edge, its relation is drawn 11 px or more.
	const rotated = svg.match(
		new RegExp(
			`<text[^>]*font-size="([\\d.]+)px"[^>]*transform="matrix\\(([-\\d.e]+) ([-\\d.e]+) [^)]*\\)"[^>]*>${relation}</text>`
		)
	)!;
	const drawnPx = Number(rotated[1]) * Math.hypot(Number(rotated[2]), Number(rotated[3]));
	expect(drawnPx).toBeGreaterThanOrEqual(10.9);

	// Drawn by the browser, the file shows the selection's colour and the nodes' colours.
	const viewer = await page.context().newPage();
	await viewer.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
	const picture = PNG.sync.read(await viewer.screenshot({ fullPage: true }));
	await viewer.close();
	// The figure frames the selection at its own scale, not the screen's zoom: the line is there
	// in its colour, if shorter than on the zoomed-in screen.
	expect(countColour(picture, '#d6336c'), 'the selected edge').toBeGreaterThan(100);
	// Its two claims too (small: the figure zooms out to frame the guests' claims across the page).
	expect(countColour(picture, await typeColourIn(page, 'claim')), 'claims').toBeGreaterThan(60);
});

test('PDF: A4 pages at print size that carry the title and labels as text', async ({ page }) => {
	await openGraph(page);
	const pdf = await exportFromMenu(page, { format: 'PDF', page: 'A4', background: 'None (paper)' });
	expect(pdf.name).toBe(`${graph.document.id}_whole-graph_${today()}.pdf`);
	expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
	const info = execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' });
	// The graph on the first page, the key to its numbered claims on the next ones.
	expect(Number(info.match(/^Pages:\s+(\d+)$/m)![1])).toBeGreaterThan(1);
	expect(info).toMatch(/^Page size:\s+(841\.89 x 595\.28|595\.28 x 841\.89) pts \(A4\)/m);
	expect(info).toMatch(/^Creator:\s+Citegraph$/m);
	const text = normalise(execFileSync('pdftotext', ['-raw', pdf.path, '-'], { encoding: 'utf8' }));
	expect(text).toContain(graph.document.title.split(' ').slice(0, 4).join(' '));
	expect(text).toContain('Source: “');
	for (const label of SPEAKERS) expect(text).toContain(label);
	expect(text).toContain('Key to the numbered');
	// No text under 8 pt: pdftotext's word box is Helvetica's ascent to descent, 0.925 of the
	// type's size (8.25 pt type, the figure's smallest, gives 7.63 pt boxes).
	const heights = [
		...execFileSync('pdftotext', ['-bbox', pdf.path, '-'], { encoding: 'utf8' }).matchAll(
			/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g
		)
	].map(([, top, bottom]) => Number(bottom) - Number(top));
	expect(heights.length).toBeGreaterThan(500);
	expect(Math.min(...heights)).toBeGreaterThanOrEqual(8 * 0.925);

	const fitted = await exportFromMenu(page, { format: 'PDF', page: 'Fit to figure' });
	const size = await page.evaluate(
		() => window.citegraph!.measure({ view: 'whole', scale: 1 }).pixels
	);
	const [, width, height] = execFileSync('pdfinfo', [fitted.path], { encoding: 'utf8' }).match(
		/Page size:\s+([\d.]+) x ([\d.]+) pts/
	)!;
	expect(Number(width)).toBeCloseTo(size.width * 0.75, 0);
	expect(Number(height)).toBeCloseTo(size.height * 0.75, 0);
});

test('a selected claim’s quoted sentences become the caption, when asked', async ({ page }) => {
	await openGraph(page);
	const dialog = await choose(page, { format: 'SVG' });
	await expect(dialog.getByRole('checkbox', { name: /Quote the selection/ })).toBeDisabled();
	await expect(dialog).toContainText('Select a node, an edge or a trace in the graph');
	await page.keyboard.press('Escape');

	const claim = claims.find((c) => c.type === 'claim' && c.citations.length > 1) ?? claims[0]!;
	await openSelected(page, claim.id);
	const sentences = graph.sentences.filter((s) => claim.citations.includes(s.id));
	const withCaption = (
		await exportFromMenu(page, { format: 'SVG', caption: true })
	).bytes.toString();
	const quoted = normalise((await svgTexts(page, withCaption)).join(' '));
	expect(quoted).toContain(normalise(`Claim: ${claim.label}`));
	for (const sentence of sentences) {
		expect(quoted).toContain(normalise(`“${sentence.text}”`));
		expect(quoted).toContain(`, line ${sentence.line}`);
	}
	const without = (await exportFromMenu(page, { format: 'SVG', caption: false })).bytes.toString();
	expect(normalise((await svgTexts(page, without)).join(' '))).not.toContain(
		normalise(`“${sentences[0]!.text}”`)
	);
});

test('an oversized PNG is refused with the largest size that works, and no file', async ({
	page,
	downloads
}) => {
	// A figure is composed for the page whatever the screen's zoom, so the menu's 1×, 2× and 4×
	// of this interview all fit; a script asking for 16× is past any browser's canvas.
	await openGraph(page);
	const report = await page.evaluate(() =>
		window.citegraph!.measure({ format: 'png', view: 'whole', scale: 16 })
	);
	expect(report.fits).toBe(false);
	expect(report.largest!.pixels.width * report.largest!.pixels.height).toBeLessThanOrEqual(
		16384 * 16384
	);
	const refusal = await page.evaluate(() =>
		window.citegraph!.export({ format: 'png', view: 'whole', scale: 16 }).then(
			() => 'saved',
			(error: Error) => error.message
		)
	);
	const size = (n: number) => n.toLocaleString('en-US');
	expect(refusal).toContain(
		`At ${size(report.pixels.width)} × ${size(report.pixels.height)} px this image is larger than the browser can draw`
	);
	expect(refusal).toContain(
		`The largest PNG that works is ${report.largest!.scale}×, ${size(report.largest!.pixels.width)} × ${size(report.largest!.pixels.height)} px.`
	);
	expect(downloads, 'nothing was saved').toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

test('.cyjs loads into Cytoscape with the same elements, data and positions', async ({ page }) => {
	await openGraph(page);
	// The whole graph is the whole document, answers included while they are collapsed.
	expect(await drawnNodes(page)).toBeLessThan(graph.nodes.length);
	const file = await exportFromMenu(page, { format: 'Cytoscape JSON', view: 'Whole graph' });
	expect(file.name).toBe(`${graph.document.id}_whole-graph_${today()}.cyjs`);
	const cy = cytoscape({ headless: true, styleEnabled: false });
	cy.json(JSON.parse(file.bytes.toString('utf8')));
	expect(cy.nodes().length).toBe(graph.nodes.length);
	expect(cy.edges().length).toBe(graph.edges.length);
	const positions = await positionsIn(page);
	for (const node of cy.nodes()) expect(node.position()).toEqual(positions[node.id()]);
	for (const edge of graph.edges) {
		expect(cy.getElementById(edge.id).data('citations')).toEqual(edge.citations);
	}
	for (const node of graph.nodes) {
		expect(cy.getElementById(node.id).data('citations')).toEqual(node.citations);
		expect(cy.getElementById(node.id).data('type')).toBe(node.type);
	}
	cy.destroy();
});

test('the current view exports only the elements the graph shows', async ({ page }) => {
	// Answers start collapsed: the graph does not draw them.
	await openGraph(page);
	const shown = await page.evaluate(() => {
		const visible = window.cy!.elements(':visible');
		return { nodes: visible.nodes().length, edges: visible.edges().length };
	});
	expect(shown.nodes).toBeLessThan(graph.nodes.length);
	const file = await exportFromMenu(page, { format: 'Cytoscape JSON', view: 'Current view' });
	expect(file.name).toBe(`${graph.document.id}_current-view_${today()}.cyjs`);
	const cyjs = JSON.parse(file.bytes.toString('utf8'));
	expect(cyjs.elements.nodes).toHaveLength(shown.nodes);
	expect(cyjs.elements.edges).toHaveLength(shown.edges);
	expect(
		cyjs.elements.nodes.some((n: { data: { type: string } }) => n.data.type === 'answer')
	).toBe(false);
});

test('GraphML is read by networkx with the same counts and attributes', async ({ page }) => {
	await openGraph(page);
	expect(await drawnNodes(page)).toBeLessThan(graph.nodes.length);
	const file = await exportFromMenu(page, { format: 'GraphML', view: 'Whole graph' });
	expect(file.name).toBe(`${graph.document.id}_whole-graph_${today()}.graphml`);
	const script = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({
  "directed": g.is_directed(),
  "graph": g.graph,
  "nodes": {n: d for n, d in g.nodes(data=True)},
  "edges": [dict(d, source=u, target=v) for u, v, d in g.edges(data=True)],
}))`;
	const read = JSON.parse(
		execFileSync(networkxPython(), ['-c', script, file.path], {
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		})
	);
	expect(read.directed).toBe(true);
	expect(read.graph.title).toBe(graph.document.title);
	expect(Object.keys(read.nodes)).toHaveLength(graph.nodes.length);
	expect(read.edges).toHaveLength(graph.edges.length);
	const positions = await positionsIn(page);
	for (const node of graph.nodes) {
		const data = read.nodes[node.id];
		expect(data).toMatchObject({ type: node.type, label: node.label });
		expect(data.citations ?? '').toBe(node.citations.join(' '));
		expect(data.x).toBeCloseTo(positions[node.id]!.x, 6);
		expect(data.y).toBeCloseTo(positions[node.id]!.y, 6);
		expect([data.r, data.g, data.b].every((c: unknown) => Number.isInteger(c))).toBe(true);
	}
	const byEnds = new Map(graph.edges.map((e) => [`${e.source}|${e.target}|${e.relation}`, e]));
	for (const edge of read.edges) {
		const original = byEnds.get(`${edge.source}|${edge.target}|${edge.relation}`);
		expect(original, `${edge.source} ${edge.relation} ${edge.target}`).toBeDefined();
		expect(edge.citations).toBe(original!.citations.join(' '));
	}
});

test('the CSV of claims parses with one row per claim', async ({ page }) => {
	await openGraph(page);
	const file = await exportFromMenu(page, { format: 'CSV of claims', view: 'Whole graph' });
	expect(file.name).toBe(`${graph.document.id}_claims-whole-graph_${today()}.csv`);
	const text = file.bytes.toString('utf8').replace(/^\uFEFF/, '');
	const { data, errors, meta } = Papa.parse<Record<'claim_id' | 'claim' | 'sentence_ids', string>>(
		text,
		{
			header: true,
			skipEmptyLines: true
		}
	);
	expect(errors).toEqual([]);
	expect(meta.fields).toEqual(
		expect.arrayContaining([
			'claim',
			'speaker',
			'organisation',
			'question',
			'quoted_sentences',
			'sentence_ids'
		])
	);
	expect(data.map((row) => row.claim_id).sort()).toEqual(claims.map((c) => c.id).sort());
	for (const row of data) {
		const claim = claims.find((c) => c.id === row.claim_id)!;
		expect(row.claim).toBe(claim.label);
		expect(row.sentence_ids.split(' ').sort()).toEqual([...claim.citations].sort());
	}
});

test('the graph file is the compiled file itself', async ({ page }) => {
	await openGraph(page);
	const dialog = await choose(page, { format: 'Graph file' });
	await expect(dialog.getByRole('radio', { name: 'Whole graph' })).toHaveCount(0);
	const file = await exportFromMenu(page, { format: 'Graph file' });
	expect(file.name).toBe(`${graph.document.id}_compiled-graph_${today()}.graph.json`);
	expect(file.bytes.equals(readFileSync(graphFile))).toBe(true);
});

test('“Whole graph” says what it holds: data every node, images what is drawn', async ({
	page
}) => {
	await openGraph(page);
	const drawnBefore = await drawnNodes(page);
	expect(drawnBefore).toBeLessThan(graph.nodes.length);
	const dialog = await choose(page, { format: 'Cytoscape JSON', view: 'Whole graph' });
	await expect(dialog).toContainText(
		'Every node and edge of the interview, collapsed answers and filtered-out nodes included'
	);
	await choose(page, { format: 'PNG', view: 'Whole graph' });
	await expect(dialog).toContainText('Collapsed answers are not drawn: expand them first');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

// ---------------------------------------------------------------------------------------------
// The menu itself, and the command line
// ---------------------------------------------------------------------------------------------

test('the Export menu works from the keyboard', async ({ page }) => {
	await openGraph(page);
	const trigger = page.getByRole('button', { name: 'Export…' });
	await trigger.focus();
	await page.keyboard.press('Enter');
	const dialog = dialogOf(page);
	await expect(dialog).toBeVisible();
	const png = dialog.getByRole('radio', { name: 'PNG', exact: true });
	await expect(png).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(dialog.getByRole('radio', { name: 'SVG', exact: true })).toBeChecked();
	await expect(dialog.getByRole('button', { name: 'Export SVG' })).toBeVisible();
	await expect(dialog.getByText(`${graph.document.id}_whole-graph_${today()}.svg`)).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(trigger).toBeFocused();
});

test.describe('npm run graph:export', () => {
	const dir = mkdtempSync(join(tmpdir(), 'citegraph-cli-'));
	test.afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const cli = (baseURL: string, ...args: string[]) =>
		promisify(execFile)('npx', ['tsx', 'src/cli/export.ts', '--url', baseURL, ...args], {
			encoding: 'utf8'
		});

	test('makes the app’s PNG and .cyjs from the command line', async ({ page, baseURL }) => {
		await openGraph(page);
		const png = join(dir, 'graph.png');
		await cli(baseURL!, '--format', 'png', '--scale', '1', '--out', png);
		const image = readPng(readFileSync(png));
		expect({ width: image.width, height: image.height }).toEqual(
			await plannedSize(page, 'whole', 1)
		);
		expect(countColour(image, await typeColourIn(page, 'claim'))).toBeGreaterThan(500);

		const cyjs = join(dir, 'graph.cyjs');
		await cli(baseURL!, '--format', 'cyjs', '--out', cyjs);
		const positions = await positionsIn(page);
		const nodes = JSON.parse(readFileSync(cyjs, 'utf8')).elements.nodes;
		expect(nodes).toHaveLength(graph.nodes.length);
		for (const node of nodes) expect(node.position).toEqual(positions[node.data.id]);
	});

	test('refuses an oversized PNG, says what works, and writes nothing', async ({ baseURL }) => {
		const out = join(dir, 'huge.png');
		const run = cli(baseURL!, '--format', 'png', '--scale', '16', '--out', out);
		await expect(run).rejects.toMatchObject({
			stderr: expect.stringMatching(
				/graph:export: At [\d,]+ × [\d,]+ px this image is larger than the browser can draw .* The largest PNG that works is [\d.]+×/
			)
		});
		expect(existsSync(out)).toBe(false);
	});

	test('quotes a selected element in an SVG’s caption', async ({ page, baseURL }) => {
		const claim = claims[0]!;
		const out = join(dir, 'claim.svg');
		await cli(baseURL!, '--format', 'svg', '--select', claim.id, '--out', out);
		await page.goto('/');
		const texts = normalise((await svgTexts(page, readFileSync(out, 'utf8'))).join(' '));
		expect(texts).toContain(normalise(`Claim: ${claim.label}`));
		const sentence = graph.sentences.find((s) => s.id === claim.citations[0])!;
		expect(texts).toContain(normalise(`“${sentence.text}”`));
	});
});
