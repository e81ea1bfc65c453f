import { describe, expect, it } from 'vitest';
import {
	layoutFigure,
	MAX_CAPTION_SENTENCES,
	wrapText,
	type FigureContent,
	type Measure
} from '../../src/lib/export/figure';
import { largestPng, sourceLine, tooLargeMessage } from '../../src/lib/export/image';
import { fileNameFor, viewWords } from '../../src/lib/export/exporter';
import {
	BROWSER_CANVAS_LIMITS,
	fitsCanvas,
	largestScale,
	pixelSize
} from '../../src/lib/export/limits';
import { unsupportedPdfCharacters } from '../../src/lib/export/pdf';
import { compiledInterview } from './helpers';

/** A monospaced stand-in for the browser: every character is half the font size wide. */
const measure: Measure = (text, font) => text.length * font.size * 0.5;

const content = (change: Partial<FigureContent> = {}): FigureContent => ({
	graph: { width: 800, height: 600 },
	title: 'Five Questions on New Infrastructure',
	subtitle: 'Whole graph · 124 nodes · 412 edges',
	legend: ['Speaker', 'Organization', 'Question', 'Claim'].map((label) => ({
		label,
		colour: '#4e79a7'
	})),
	caption: null,
	key: [],
	source: 'Source: “Five Questions on New Infrastructure”, by Wang Qiao.',
	...change
});

const sentence = (i: number) => ({
	id: `t3-s${i}`,
	text: `Sentence number ${i} of the answer, quoted word for word from the transcript.`,
	speaker: 'Wang Qing',
	line: 40 + i
});

describe('wrapText', () => {
	const font = { size: 10, weight: 400 } as const; // 5 px a character
	it.each([
		['short', 100, ['short']],
		['one two three four', 45, ['one two', 'three', 'four']],
		['abcdefghijklmnop', 40, ['abcdefgh', 'ijklmnop']],
		['first line\nsecond', 200, ['first line', 'second']],
		['', 100, ['']]
	])('wraps %j at %i px', (text, width, lines) => {
		expect(wrapText(text, width, font, measure)).toEqual(lines);
	});

	it('never makes a line wider than asked, unless one character is', () => {
		const text =
			'The Industrial Internet will emerge first, and blockchain with it, as infrastructure.';
		for (const width of [30, 55, 80, 120, 400]) {
			for (const line of wrapText(text, width, font, measure)) {
				expect(line.length === 1 || measure(line, font) <= width).toBe(true);
			}
		}
	});
});

describe('layoutFigure', () => {
	it('puts title, subtitle and legend above the graph and the source line below it', () => {
		const layout = layoutFigure(content(), measure);
		const [title, subtitle] = layout.texts;
		const source = layout.texts.at(-1)!;
		expect(title!.text).toBe('Five Questions on New Infrastructure');
		expect(subtitle!.text).toBe('Whole graph · 124 nodes · 412 edges');
		expect(title!.y).toBeLessThan(subtitle!.y);
		expect(layout.swatches).toHaveLength(4);
		for (const swatch of layout.swatches) expect(swatch.cy).toBeLessThan(layout.graph.y);
		expect(source.text).toMatch(/^Source:/);
		expect(source.y).toBeGreaterThan(layout.graph.y + layout.graph.height);
		expect(layout.height).toBeGreaterThan(source.y);
		expect(layout.graph).toMatchObject({ width: 800, height: 600 });
		expect(layout.width).toBe(800 + 48);
	});

	it('keeps every piece of text inside the figure, however narrow the graph', () => {
		for (const width of [120, 560, 1400]) {
			const layout = layoutFigure(
				content({
					graph: { width, height: 300 },
					caption: { title: 'Claim: x', sentences: [sentence(1)] }
				}),
				measure
			);
			expect(layout.width).toBeGreaterThanOrEqual(560);
			for (const text of layout.texts) {
				expect(text.x).toBeGreaterThanOrEqual(0);
				expect(text.x + measure(text.text, text.font)).toBeLessThanOrEqual(layout.width);
				expect(text.y).toBeLessThanOrEqual(layout.height);
			}
			expect(layout.graph.x + layout.graph.width).toBeLessThanOrEqual(layout.width);
		}
	});

	it('quotes the caption’s sentences with speaker and line, and counts those left out', () => {
		const sentences = Array.from({ length: MAX_CAPTION_SENTENCES + 3 }, (_, i) => sentence(i + 1));
		const layout = layoutFigure(content({ caption: { title: 'Answer: Q1', sentences } }), measure);
		const below = layout.texts.filter((t) => t.y > layout.graph.y + layout.graph.height);
		const words = below.map((t) => t.text).join('\n');
		expect(below[0]!.text).toBe('Answer: Q1');
		expect(words).toContain('“Sentence number 1 of the answer');
		expect(words).toContain(`— Wang Qing, line ${40 + MAX_CAPTION_SENTENCES}`);
		expect(words).not.toContain(`Sentence number ${MAX_CAPTION_SENTENCES + 1} of`);
		expect(words).toContain('… and 3 more cited sentences.');
		const without = layoutFigure(content(), measure);
		expect(layout.height).toBeGreaterThan(without.height);
	});

	it('wraps a long legend onto more rows', () => {
		const legend = Array.from({ length: 12 }, (_, i) => ({ label: `Type ${i}`, colour: '#000' }));
		const layout = layoutFigure(content({ legend, graph: { width: 300, height: 200 } }), measure);
		const rows = new Set(layout.swatches.map((s) => s.cy));
		expect(rows.size).toBeGreaterThan(1);
		for (const swatch of layout.swatches)
			expect(swatch.cx + swatch.r).toBeLessThanOrEqual(layout.width);
	});
});

describe('canvas limits', () => {
	it.each([
		[{ width: 1000, height: 800 }, true],
		[{ width: 32767, height: 8192 }, true],
		[{ width: 32768, height: 10 }, false],
		[{ width: 16384, height: 16384 }, true],
		[{ width: 16385, height: 16384 }, false],
		[{ width: 0, height: 100 }, false]
	])('%o fits: %s', (size, fits) => {
		expect(fitsCanvas(size)).toBe(fits);
	});

	it.each([
		[{ width: 1000, height: 1000 }, 16.3],
		[{ width: 7476, height: 5356 }, 2.5],
		[{ width: 30000, height: 200 }, 1],
		[{ width: 100000, height: 100 }, 0.32]
	])('the largest scale for %o is %s', (size, scale) => {
		expect(largestScale(size)).toBe(scale);
		expect(fitsCanvas(pixelSize(size, scale))).toBe(true);
	});

	it('finds no scale when not even a tenth fits', () => {
		expect(largestScale({ width: 10_000_000, height: 10 })).toBeNull();
	});

	it('says how large the image would be, the limits, and what works instead', () => {
		const message = tooLargeMessage(
			{ width: 29904, height: 21424 },
			largestPng({ width: 7476, height: 5356 }),
			BROWSER_CANVAS_LIMITS
		);
		expect(message).toBe(
			'At 29,904 × 21,424 px this image is larger than the browser can draw (at most 32,767 px ' +
				'a side and 268 million pixels). The largest PNG that works is 2.5×, 18,690 × 13,390 px.'
		);
	});
});

describe('the words around an image', () => {
	const graph = compiledInterview();

	it('credit the source: title, author and editor', () => {
		expect(sourceLine(graph, new Date(2026, 4, 1))).toBe(
			`Source: “${graph.document.title}”, by Wang Qiao, edited by Sole Show. ` +
				'Every edge cites the sentence it comes from. Exported from Citegraph on 2026-05-01.'
		);
	});

	it.each([
		['png', 'whole', 2, 'whole graph 2x', 'whole-graph-2x', 'png'],
		['png', 'view', 2.5, 'current view 2.5x', 'current-view-2-5x', 'png'],
		['svg', 'view', 1, 'current view', 'current-view', 'svg'],
		['pdf', 'whole', 1, 'whole graph', 'whole-graph', 'pdf'],
		['cyjs', 'whole', 1, 'whole graph', 'whole-graph', 'cyjs'],
		['graphml', 'view', 1, 'current view', 'current-view', 'graphml'],
		['csv', 'whole', 1, 'claims whole graph', 'claims-whole-graph', 'csv'],
		['graph', 'view', 1, 'compiled graph', 'compiled-graph', 'graph.json']
	] as const)('name a %s of the %s at %s×', (format, view, scale, words, slug, extension) => {
		expect(viewWords({ format, view, scale })).toBe(words);
		expect(fileNameFor(graph, { format, view, scale }, new Date(2026, 4, 1))).toBe(
			`${graph.document.id}_${slug}_2026-05-01.${extension}`
		);
	});

	it('find the characters a PDF’s built-in fonts lack', () => {
		expect(unsupportedPdfCharacters(['Plain “quotes” — and café, €5'])).toEqual([]);
		expect(unsupportedPdfCharacters(['新基建 and ≥ 5G', '新'])).toEqual(['新', '基', '建', '≥']);
	});
});
