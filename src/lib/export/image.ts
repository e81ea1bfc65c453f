/**
 * Image export: plans a figure (graph, title, legend, caption, source line) and its size before
 * anything is drawn, refuses a PNG the browser cannot draw while naming the largest one it can,
 * and draws PNG, SVG or PDF from the same layout.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { typeColour } from '$lib/cytoscape/style';
import { localDay, type ImageCaption } from '$lib/graph/export-meta';
import type { Graph } from '$lib/graph/schema';
import { NODE_TYPES } from '$lib/graph/vocabulary';
import {
	drawGraph,
	elementsIn,
	graphRegion,
	graphSvg,
	namedNodes,
	type FrameBounds,
	type GraphRegion,
	type ImageView
} from './graph-image';
import { placeLabels, type LabelNode, type LabelPlan } from './labels';
import {
	FIGURE_PADDING,
	layoutFigure,
	type FigureContent,
	type FigureLayout,
	type Measure
} from './figure';
import {
	BROWSER_CANVAS_LIMITS,
	fitsCanvas,
	largestScale,
	measureLimits,
	pixelSize,
	probeCanvas,
	type CanvasLimits,
	type PixelSize
} from './limits';
import { figurePdf, paperArea, type PageSize } from './pdf';
import {
	canvasMeasure,
	canvasToPng,
	drawFigure,
	drawLabels,
	figureSvg,
	hasContent,
	tidyGraphSvg
} from './render';
import { figureColours, type Background } from './theme';

export type ImageFormat = 'png' | 'svg' | 'pdf';
export type { ImageView };

/** The PNG scales offered: pixels per CSS pixel of the figure (which is composed for print). */
export const SCALES = [1, 2, 4] as const;

export interface ImageRequest {
	format: ImageFormat;
	view: ImageView;
	/** PNG only: pixels per CSS pixel of the figure. */
	scale: number;
	background: Background;
	/** The selected element's or trace's sentences, or null for no caption. */
	caption: ImageCaption | null;
	/** PDF only. */
	page: PageSize;
}

/** An image export worked out before drawing: what it shows, its layout, and whether it fits. */
export interface ImagePlan {
	region: GraphRegion;
	/** The labels drawn on the graph, in its area's pixels, and the key to the numbered claims. */
	labels: LabelPlan;
	/** PDF on paper: whether the page is turned landscape (the framed graph is wider than tall). */
	landscape: boolean;
	content: FigureContent;
	layout: FigureLayout;
	/** The PNG's size in pixels at the requested scale. */
	pixels: PixelSize;
	/** Whether a PNG of that size is within the browser's canvas limits. */
	fits: boolean;
	/** The largest PNG within the limits (null if none is). */
	largest: LargestPng | null;
}

/** The largest PNG that works: its scale and size. */
export interface LargestPng {
	scale: number;
	pixels: PixelSize;
}

/** Thrown instead of saving a PNG the browser would draw blank. */
export class ImageTooLargeError extends Error {
	constructor(
		readonly requested: PixelSize,
		readonly largest: LargestPng | null,
		readonly limits: CanvasLimits
	) {
		super(tooLargeMessage(requested, largest, limits));
		this.name = 'ImageTooLargeError';
	}
}

const number = (value: number) => Math.round(value).toLocaleString('en-US');

/** "16,384 × 9,210 px" */
export function describeSize(size: PixelSize): string {
	return `${number(size.width)} × ${number(size.height)} px`;
}

/** "2×", "2.6×" */
export function describeScale(scale: number): string {
	return `${Number(scale.toFixed(2))}×`;
}

/** The largest scale at which a figure of `size` CSS pixels fits, and its pixel size. */
export function largestPng(size: PixelSize, limits = BROWSER_CANVAS_LIMITS): LargestPng | null {
	const scale = largestScale(size, limits);
	return scale === null ? null : { scale, pixels: pixelSize(size, scale) };
}

/** What to tell the reader when a PNG would be too large, and what works instead. */
export function tooLargeMessage(
	requested: PixelSize,
	largest: LargestPng | null,
	limits: CanvasLimits
): string {
	const said =
		`At ${describeSize(requested)} this image is larger than the browser can draw ` +
		`(at most ${number(limits.maxSide)} px a side and ${number(limits.maxArea / 1e6)} million pixels).`;
	return largest === null
		? `${said} Export the current view, or SVG or PDF, instead.`
		: `${said} The largest PNG that works is ${describeScale(largest.scale)}, ${describeSize(largest.pixels)}.`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (count: number, noun: string) => `${number(count)} ${noun}${count === 1 ? '' : 's'}`;

/** "Source: “Title”, by Author, edited by Editor, date. Every edge …" */
export function sourceLine(graph: Graph, date: Date): string {
	const { title, author, editor, date: published } = graph.document;
	const credits = [author && `by ${author}`, editor && `edited by ${editor}`, published].filter(
		Boolean
	);
	return (
		`Source: “${title}”${credits.length ? `, ${credits.join(', ')}` : ''}. ` +
		`Every edge cites the sentence it comes from. Exported from Citegraph on ${localDay(date)}.`
	);
}

/** The nodes of `region` to name, as the figure draws them. */
function labelNodes(cy: Core, region: GraphRegion): LabelNode[] {
	return namedNodes(cy, region.view).map((node: NodeSingular) => {
		const { x, y } = node.position();
		return {
			id: node.id(),
			type: node.data('type'),
			label: node.data('label'),
			degree: node.data('degree') ?? node.degree(false),
			x: (x - region.x) * region.zoom,
			y: (y - region.y) * region.zoom,
			radius: (Math.max(node.width(), node.height()) / 2) * region.zoom
		};
	});
}

/** How many times a figure may be made larger to find room for every label. */
const MAX_GROWTH = 4;

/**
 * Works out the figure for `request` from what `cy` shows now, without drawing: the region
 * framed for the page, every label placed (the figure is made larger, up to {@link MAX_GROWTH}
 * times, until all find room; a paper page keeps its width), the key and the layout.
 */
export function planImage(
	cy: Core,
	graph: Graph,
	request: ImageRequest,
	measure: Measure = canvasMeasure(),
	date = new Date()
): ImagePlan {
	const order = graph.nodes.map((node) => node.id);
	const paper = request.format === 'pdf' && request.page !== 'figure';
	const framed = graphRegion(cy, request.view);
	const landscape = framed.width >= framed.height;
	const content = (region: GraphRegion, key: LabelPlan['key'], names = 0): FigureContent => {
		const shown = elementsIn(cy, region);
		const types = new Set(shown.nodes().map((node) => node.data('type') as string));
		const emphasised = request.view === 'view' && shown.length < cy.elements(':visible').length;
		return {
			graph: { width: region.width, height: region.height },
			title: graph.document.title,
			subtitle: [
				request.view === 'whole' ? 'Whole graph' : emphasised ? 'Neighbourhood' : 'Current view',
				plural(shown.nodes().length, 'node'),
				plural(shown.edges().length, 'edge')
			].join(' · '),
			legend: NODE_TYPES.filter((type) => types.has(type)).map((type) => ({
				label: capitalise(type),
				colour: typeColour(type)
			})),
			caption: request.caption,
			key,
			keyedClaims: key.length - names,
			source: sourceLine(graph, date)
		};
	};
	// A screen figure grows until every label finds room; a paper page cannot, so it is tried
	// both ways round and the one that names more wins (landscape first for a wide graph).
	const attempts: { bounds: FrameBounds; landscape: boolean }[] = [];
	if (paper) {
		for (const turned of [landscape, !landscape]) {
			const area = paperArea(request.page as 'a4' | 'letter', turned);
			const width = area.width - 2 * FIGURE_PADDING;
			// The graph takes what the title, subtitle and legend leave of the first page.
			const header = layoutFigure(content({ ...framed, width, height: 0 }, []), measure).graph.y;
			attempts.push({ bounds: { width, maxHeight: area.height - header - 16 }, landscape: turned });
		}
	} else {
		for (let growth = 0; growth < MAX_GROWTH; growth++) {
			attempts.push({ bounds: { grow: 1.25 ** growth }, landscape });
		}
	}
	let best: { region: GraphRegion; labels: LabelPlan; landscape: boolean } | null = null;
	for (const attempt of attempts) {
		const region = graphRegion(cy, request.view, attempt.bounds);
		const labels = placeLabels(labelNodes(cy, region), region, measure, order);
		// Nodes without even a number first, then names numbered, then claims few enough to name.
		const missing = (plan: LabelPlan) =>
			plan.unplaced.length * 1e6 + plan.numberedNames.length * 1e3 + plan.crowdedClaims.length;
		if (!best || missing(labels) < missing(best.labels)) {
			best = { region, labels, landscape: attempt.landscape };
		}
		if (missing(labels) === 0) break;
	}
	const { region, labels } = best!;
	const figure = content(region, labels.key, labels.numberedNames.length);
	const layout = layoutFigure(figure, measure);
	const pixels = pixelSize(layout, request.scale);
	return {
		region,
		labels,
		landscape: best!.landscape,
		content: figure,
		layout,
		pixels,
		fits: fitsCanvas(pixels),
		largest: largestPng(layout)
	};
}

/** The words of a figure, for the SVG's title and description and the PDF's properties. */
function describe(plan: ImagePlan) {
	const { content } = plan;
	return {
		title: `${content.title} — ${content.subtitle}`,
		description: [content.caption?.title, content.source].filter(Boolean).join(' ')
	};
}

/**
 * Draws the planned figure as PNG, SVG or PDF. A PNG that would exceed the browser's canvas
 * limits is not drawn: an {@link ImageTooLargeError} says so and names the largest scale that
 * works, so no blank or cut-off file is ever saved.
 */
export async function drawImage(
	cy: Core,
	graph: Graph,
	plan: ImagePlan,
	request: ImageRequest
): Promise<Blob> {
	const colours = figureColours(request.background, cy.container());
	if (request.format === 'png') {
		if (!plan.fits) {
			throw new ImageTooLargeError(plan.pixels, plan.largest, BROWSER_CANVAS_LIMITS);
		}
		if (!(await probeCanvas(plan.pixels))) {
			const limits = await measureLimits();
			throw new ImageTooLargeError(plan.pixels, largestPng(plan.layout, limits), limits);
		}
		const canvas = drawFigure(
			plan.layout,
			(context) => {
				drawGraph(cy, context, plan.region);
				drawLabels(context, plan.labels.labels, colours);
			},
			colours,
			request.scale
		);
		try {
			if (!hasContent(canvas)) {
				throw new Error(
					request.scale < 1
						? 'The browser drew an empty image; try a larger scale.'
						: 'The browser drew an empty image; try a smaller scale.'
				);
			}
			return await canvasToPng(canvas);
		} finally {
			// Release the canvas's memory now rather than when it is collected.
			canvas.width = 0;
			canvas.height = 0;
		}
	}
	const graphPicture = tidyGraphSvg(await graphSvg(cy, plan.region), request.format === 'svg');
	const svg = figureSvg(
		plan.layout,
		graphPicture,
		plan.labels.labels,
		colours,
		describe(plan),
		request.format === 'svg'
	);
	if (request.format === 'svg') {
		const xml = new XMLSerializer().serializeToString(svg);
		return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`], {
			type: 'image/svg+xml'
		});
	}
	const { title, description } = describe(plan);
	return figurePdf(
		svg,
		plan.layout,
		{ title, subject: description, author: graph.document.author },
		request.page,
		plan.landscape
	);
}
