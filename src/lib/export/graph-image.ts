/**
 * The graph itself as an image, framed for the figure and drawn by Cytoscape's own renderer
 * (nodes and edges as on screen, without their labels): onto a canvas for PNG, or into
 * svgcanvas (a maintained canvas-to-SVG context) for SVG and PDF.
 */
import type { Core } from 'cytoscape';
import { CLAIM_FONT } from './labels';

/** Which part of the graph an image shows. */
export type ImageView = 'whole' | 'view';

/**
 * The region of the graph an image shows, in model coordinates, and its size in the figure in
 * CSS pixels (see {@link graphRegion}).
 */
export interface GraphRegion {
	view: ImageView;
	/** Model coordinates of the top-left corner. */
	x: number;
	y: number;
	/** Figure pixels per model unit. */
	zoom: number;
	width: number;
	height: number;
}

/** Room round the framed nodes, in figure pixels, for the labels of those on the edge. */
const FRAME_MARGIN = 48;
/** However few nodes a figure shows, they are drawn at most this many times their model size. */
const MAX_ZOOM = 2.5;

/** Bounds on the graph's size in a figure, in figure pixels. */
export interface FrameBounds {
	/** The graph's width (the paper page's, for PDF): otherwise chosen from how much is shown. */
	width?: number;
	/** At most this tall. */
	maxHeight?: number;
	/** Times the chosen width (a figure made larger so that every label finds room). */
	grow?: number;
}

/**
 * What a figure frames: for the whole graph, everything shown; for the current view, the
 * selection's or focus's neighbourhood when one is emphasised (what is not faded), else the
 * nodes inside the window.
 */
export function framedElements(cy: Core, view: ImageView) {
	const shown = cy.elements(':visible');
	if (view === 'whole') return shown;
	const emphasised = shown.not('.faded, .dimmed');
	if (emphasised.length < shown.length && emphasised.nodes().nonempty()) return emphasised;
	const extent = cy.extent();
	const nodes = shown.nodes().filter((node) => {
		const { x, y } = node.position();
		return x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2;
	});
	return nodes.union(nodes.edgesWith(nodes).filter(':visible'));
}

/** The nodes a figure names: those it frames that are not faded or dimmed. */
export function namedNodes(cy: Core, view: ImageView) {
	return framedElements(cy, view)
		.nodes()
		.filter((node) => !node.hasClass('faded') && !node.hasClass('dimmed'));
}

/**
 * The region a figure draws: the framed nodes' bounding box, scaled to fill a graph area sized
 * for how many nodes it holds (wider for more; a paper page's width for PDF), with a margin for
 * the labels of the outermost nodes. The figure is composed for the page, not copied from the
 * screen: its zoom is its own.
 */
export function graphRegion(cy: Core, view: ImageView, bounds: FrameBounds = {}): GraphRegion {
	const framed = framedElements(cy, view).nodes();
	const nodes = framed.nonempty() ? framed : cy.nodes(':visible');
	const box = nodes.nonempty()
		? nodes.boundingBox({ includeLabels: false, includeOverlays: false })
		: { x1: 0, y1: 0, w: 1, h: 1 };
	const w = Math.max(box.w, 1);
	const h = Math.max(box.h, 1);
	const count = Math.max(nodes.length, 1);
	const width =
		bounds.width ??
		Math.round(Math.min(1600, Math.max(640, 150 * Math.sqrt(count))) * (bounds.grow ?? 1));
	const height = Math.min(
		bounds.maxHeight ?? Infinity,
		Math.max(width * 0.5, Math.min(width * 1.1, (width * h) / w))
	);
	const zoom = Math.min(
		(width - 2 * FRAME_MARGIN) / w,
		(height - 2 * FRAME_MARGIN) / h,
		MAX_ZOOM * (bounds.grow ?? 1)
	);
	// The graph area is cut to what the framed nodes fill (a paper page keeps its width).
	const areaWidth = bounds.width ?? Math.ceil(w * zoom + 2 * FRAME_MARGIN);
	const areaHeight = Math.ceil(h * zoom + 2 * FRAME_MARGIN);
	return {
		view,
		x: box.x1 - (areaWidth - w * zoom) / 2 / zoom,
		y: box.y1 - FRAME_MARGIN / zoom,
		zoom,
		width: areaWidth,
		height: areaHeight
	};
}

/** The elements an image of `region` shows (for its legend and counts). */
export function elementsIn(cy: Core, region: GraphRegion) {
	return framedElements(cy, region.view);
}

/** The parts of Cytoscape's canvas renderer that drawing into another context needs. */
interface CanvasRenderer {
	usePaths(): boolean;
	drawRoundPolygonPath(context: CanvasRenderingContext2D | Path2D, ...rest: unknown[]): void;
	getCachedZSortedEles(): unknown[];
	recalculateRenderedStyle(elements: unknown, useCache?: boolean): void;
	drawElement(
		context: unknown,
		element: unknown,
		shiftToOriginWithBb?: unknown,
		showLabel?: boolean | null
	): void;
}

/**
 * Draws `region` of the graph into a 2D context whose units are the figure's pixels, with
 * Cytoscape's own renderer, element by element in z-order, without node labels: the figure
 * places its own (labels.ts), sized for the page rather than the screen.
 */
export function drawGraph(cy: Core, context: CanvasRenderingContext2D, region: GraphRegion): void {
	const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
	// A selected edge's relation is drawn at the figure's smallest label size, and its line
	// thick enough to see, however far the figure zooms out to frame a long edge.
	const selected = cy.edges(':selected').filter((edge) => !!edge.style('label'));
	selected.forEach((edge) => {
		edge.style({
			'font-size': Math.max(edge.numericStyle('font-size'), CLAIM_FONT.size / region.zoom),
			width: Math.max(edge.numericStyle('width'), 3 / region.zoom)
		});
	});
	renderer.recalculateRenderedStyle(selected, false);
	try {
		drawElements(renderer, context, region);
	} finally {
		selected.removeStyle('font-size width');
		renderer.recalculateRenderedStyle(selected, false);
	}
}

function drawElements(
	renderer: CanvasRenderer,
	context: CanvasRenderingContext2D,
	region: GraphRegion
): void {
	context.save();
	context.scale(region.zoom, region.zoom);
	context.translate(-region.x, -region.y);
	// Nodes without their labels; an edge's label (the relation, shown when it is selected) as
	// on screen (`null` lets the renderer decide).
	for (const element of renderer.getCachedZSortedEles()) {
		const isNode = (element as { isNode(): boolean }).isNode();
		renderer.drawElement(context, element, undefined, isNode ? false : null);
	}
	context.restore();
}

/**
 * `region` as an SVG element of its on-screen size, drawn by Cytoscape's renderer into an
 * svgcanvas context. Path2D caching is switched off meanwhile (svgcanvas records plain path
 * calls only), and the path caches are cleared before and after so the screen redraws as before.
 *
 * Cytoscape draws round polygons (speakers' `round-octagon`, and the outline round a collapsed
 * one) without starting a new path: on a canvas that only extends the path before, but svgcanvas
 * would write the commands into whatever element it made last (a label's `<text>`, logging
 * "Attempted to apply path command to node text") or into the previous shape. Meanwhile each
 * round polygon begins its own path, so it becomes its own `<path>` as it is its own shape on
 * screen.
 */
export async function graphSvg(cy: Core, region: GraphRegion): Promise<SVGSVGElement> {
	const { Context } = await import('svgcanvas');
	const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
	const context = new Context({
		width: Math.ceil(region.width),
		height: Math.ceil(region.height)
	});
	const clearPathCache = () =>
		cy.elements().forEach((element) => {
			const scratch = (element as unknown as { _private: { rscratch: Record<string, unknown> } })
				._private.rscratch;
			scratch.pathCacheKey = null;
			scratch.pathCache = null;
		});
	const usePaths = renderer.usePaths;
	const drawRoundPolygonPath = renderer.drawRoundPolygonPath;
	renderer.usePaths = () => false;
	renderer.drawRoundPolygonPath = function (target, ...rest) {
		if ('beginPath' in target) target.beginPath();
		drawRoundPolygonPath.call(this, target, ...rest);
	};
	clearPathCache();
	try {
		drawGraph(cy, context as unknown as CanvasRenderingContext2D, region);
	} finally {
		renderer.usePaths = usePaths;
		// The override was the renderer's own property; its prototype's method shows through again.
		delete (renderer as Partial<CanvasRenderer>).drawRoundPolygonPath;
		if (renderer.drawRoundPolygonPath !== drawRoundPolygonPath) {
			renderer.drawRoundPolygonPath = drawRoundPolygonPath;
		}
		clearPathCache();
	}
	return scaleDashes(context.getSvg(), region.zoom);
}

/**
 * svgcanvas writes a stroked path in page coordinates and scales its width by the transform,
 * but not its dash pattern, which a canvas scales too: dashed edges would come out finer than
 * on screen. Scales the pattern of every untransformed path by the zoom.
 */
function scaleDashes(svg: SVGSVGElement, zoom: number): SVGSVGElement {
	for (const path of svg.querySelectorAll('path[stroke-dasharray]:not([transform])')) {
		const pattern = path.getAttribute('stroke-dasharray')!;
		if (pattern === 'none') continue;
		const scaled = pattern.split(/[\s,]+/).map((length) => Number(length) * zoom);
		if (scaled.every(Number.isFinite)) path.setAttribute('stroke-dasharray', scaled.join(','));
	}
	return svg;
}
