/**
 * The figure an image export draws: a title, the legend of node types, the graph, an optional
 * caption quoting the selected element's sentences, and a source line, so the image can be read
 * without the app. The layout is computed once, in CSS pixels, with a text-measuring function
 * passed in; PNG, SVG and PDF all draw the same layout.
 */
import type { ImageCaption } from '$lib/graph/export-meta';
import { plural } from '$lib/graph/plural';
import { CLAIM_FONT, NUMBER_FONT, type KeyEntry } from './labels';

/** The typeface of the figure's text: the app's. */
export const FIGURE_FONT_FAMILY =
	'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export interface FontSpec {
	size: number;
	weight: 400 | 600;
	italic?: boolean;
}

/** Width in CSS pixels of `text` set in `font`. */
export type Measure = (text: string, font: FontSpec) => number;

/** The font as CSS and canvas write it. */
export function cssFont(font: FontSpec): string {
	return `${font.italic ? 'italic ' : ''}${font.weight} ${font.size}px ${FIGURE_FONT_FAMILY}`;
}

/** Which of the figure's colours a piece of text or line takes. */
export type Tone = 'ink' | 'muted';

/** One line of text, placed by its left end on its baseline. */
export interface FigureText {
	text: string;
	x: number;
	y: number;
	font: FontSpec;
	tone: Tone;
	/** Part of the key to the numbered claims: a claim's number, or a line of its label. */
	key?: { role: 'number' | 'label'; number: number };
	/** Right-aligned on `x` rather than starting there. */
	alignRight?: boolean;
}

/** A legend's coloured dot. */
export interface FigureSwatch {
	cx: number;
	cy: number;
	r: number;
	colour: string;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface FigureLayout {
	/** Size of the whole figure in CSS pixels (whole numbers). */
	width: number;
	height: number;
	/** Where the graph goes. */
	graph: Rect;
	texts: FigureText[];
	swatches: FigureSwatch[];
	/** Heights at which the figure may be cut between pages: between its blocks and key rows. */
	breaks: number[];
}

/** What a figure says around the graph. */
export interface FigureContent {
	/** Size of the graph in CSS pixels. */
	graph: { width: number; height: number };
	title: string;
	/** What the picture shows: "Whole graph · 124 nodes · 412 edges". */
	subtitle: string;
	legend: { label: string; colour: string }[];
	caption: ImageCaption | null;
	/** The numbered claims (and any names that found no room), listed under the graph. */
	key: KeyEntry[];
	/** How many of the key's entries are claims (when all are, the key says so). */
	keyedClaims?: number;
	/** Where the text comes from: document title and author. */
	source: string;
}

/** Room round the figure's content, in CSS pixels. */
export const FIGURE_PADDING = 24;
const PADDING = FIGURE_PADDING;
/** Narrow graphs still get room for a readable title, legend and caption. */
const MIN_CONTENT_WIDTH = 560;
/** Text lines stop at a readable measure, however wide the graph. */
const MAX_LINE_WIDTH = 960;
/** A caption quotes at most this many sentences and says how many it left out. */
export const MAX_CAPTION_SENTENCES = 8;

const TITLE: FontSpec = { size: 20, weight: 600 };
const SUBTITLE: FontSpec = { size: 13, weight: 400 };
const LEGEND: FontSpec = { size: 13, weight: 400 };
const CAPTION_TITLE: FontSpec = { size: 13, weight: 600 };
const QUOTE: FontSpec = { size: 13, weight: 400 };
const CITATION: FontSpec = { size: 12, weight: 400 };
const KEY_TITLE: FontSpec = { size: 13, weight: 600 };
/** A key column is at least this wide; the key takes as many columns as the figure has room for. */
const KEY_COLUMN = 300;
const KEY_GUTTER = 24;
const SOURCE: FontSpec = { size: 12, weight: 400 };
const LINE_HEIGHT = 1.4;
const SWATCH_RADIUS = 5;

/**
 * Breaks `text` into lines no wider than `width`, at spaces; a word longer than a line is cut
 * where it overflows. Line breaks in the text are kept.
 */
export function wrapText(text: string, width: number, font: FontSpec, measure: Measure): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			const candidate = line ? `${line} ${word}` : word;
			if (measure(candidate, font) <= width) {
				line = candidate;
				continue;
			}
			if (line) lines.push(line);
			line = word;
			while (measure(line, font) > width && line.length > 1) {
				let cut = line.length - 1;
				while (cut > 1 && measure(line.slice(0, cut), font) > width) cut--;
				lines.push(line.slice(0, cut));
				line = line.slice(cut);
			}
		}
		lines.push(line);
	}
	return lines;
}

/**
 * Places the title, subtitle and legend above the graph, and the caption and source line below
 * it, in a figure at least {@link MIN_CONTENT_WIDTH} wide; the graph is centred.
 *
 * @example
 * const layout = layoutFigure(content, (text, font) => context.measureText(text).width);
 * layout.graph; // { x: 24, y: 96, width: 1000, height: 700 }
 */
export function layoutFigure(content: FigureContent, measure: Measure): FigureLayout {
	const contentWidth = Math.max(Math.ceil(content.graph.width), MIN_CONTENT_WIDTH);
	const lineWidth = Math.min(contentWidth, MAX_LINE_WIDTH);
	const texts: FigureText[] = [];
	const swatches: FigureSwatch[] = [];
	const breaks: number[] = [];
	let y = PADDING;

	/** Adds wrapped text at the left margin (plus `indent`), moving `y` down past it. */
	const block = (text: string, font: FontSpec, tone: Tone, indent = 0) => {
		const step = font.size * LINE_HEIGHT;
		for (const line of wrapText(text, lineWidth - indent, font, measure)) {
			texts.push({ text: line, x: PADDING + indent, y: y + baseline(font), font, tone });
			y += step;
		}
	};

	block(content.title, TITLE, 'ink');
	y += 2;
	block(content.subtitle, SUBTITLE, 'muted');

	if (content.legend.length > 0) {
		y += 8;
		const step = LEGEND.size * LINE_HEIGHT;
		let x = PADDING;
		for (const entry of content.legend) {
			const width = SWATCH_RADIUS * 2 + 6 + measure(entry.label, LEGEND);
			if (x > PADDING && x + width > PADDING + contentWidth) {
				x = PADDING;
				y += step;
			}
			swatches.push({
				cx: x + SWATCH_RADIUS,
				cy: y + step / 2,
				r: SWATCH_RADIUS,
				colour: entry.colour
			});
			texts.push({
				text: entry.label,
				x: x + SWATCH_RADIUS * 2 + 6,
				y: y + baseline(LEGEND),
				font: LEGEND,
				tone: 'ink'
			});
			x += width + 18;
		}
		y += step;
	}

	y += 12;
	const graph: Rect = {
		x: PADDING + (contentWidth - content.graph.width) / 2,
		y,
		width: content.graph.width,
		height: content.graph.height
	};
	y += content.graph.height + 14;
	breaks.push(y - 7);

	if (content.key.length > 0) {
		block(
			content.key.length === (content.keyedClaims ?? content.key.length)
				? 'Key to the numbered claims'
				: 'Key to the numbered nodes',
			KEY_TITLE,
			'ink'
		);
		y += 4;
		const columns = Math.max(1, Math.floor((contentWidth + 16) / (KEY_COLUMN + 16)));
		const columnWidth = (contentWidth - 16 * (columns - 1)) / columns;
		const step = CLAIM_FONT.size * LINE_HEIGHT;
		for (let row = 0; row < content.key.length; row += columns) {
			let rowHeight = 0;
			content.key.slice(row, row + columns).forEach((entry, column) => {
				const x = PADDING + column * (columnWidth + 16);
				texts.push({
					text: String(entry.number),
					x: x + KEY_GUTTER - 6,
					y: y + baseline(NUMBER_FONT),
					font: NUMBER_FONT,
					tone: 'ink',
					alignRight: true,
					key: { role: 'number', number: entry.number }
				});
				const lines = wrapText(entry.label, columnWidth - KEY_GUTTER, CLAIM_FONT, measure);
				lines.forEach((line, index) =>
					texts.push({
						text: line,
						x: x + KEY_GUTTER,
						y: y + index * step + baseline(CLAIM_FONT),
						font: CLAIM_FONT,
						tone: 'ink',
						key: { role: 'label', number: entry.number }
					})
				);
				rowHeight = Math.max(rowHeight, lines.length * step);
			});
			y += rowHeight + 3;
			breaks.push(y - 1.5);
		}
		y += 10;
	}

	if (content.caption) {
		const { title, sentences } = content.caption;
		block(title, CAPTION_TITLE, 'ink');
		for (const sentence of sentences.slice(0, MAX_CAPTION_SENTENCES)) {
			y += 4;
			block(`“${sentence.text}”`, QUOTE, 'ink', 12);
			block(`— ${sentence.speaker}, line ${sentence.line}`, CITATION, 'muted', 12);
			breaks.push(y);
		}
		const left = sentences.length - MAX_CAPTION_SENTENCES;
		if (left > 0) {
			y += 4;
			block(`… and ${plural(left, 'more cited sentence')}.`, CITATION, 'muted', 12);
		}
		y += 10;
	}

	block(content.source, SOURCE, 'muted');
	y += PADDING - (SOURCE.size * (LINE_HEIGHT - 1)) / 2;

	return {
		width: contentWidth + 2 * PADDING,
		height: Math.ceil(y),
		graph,
		texts,
		swatches,
		breaks
	};
}

/** Distance from the top of a line box to the baseline of text in it. */
function baseline(font: FontSpec): number {
	return (font.size * (LINE_HEIGHT - 1)) / 2 + font.size * 0.8;
}
