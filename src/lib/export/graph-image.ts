/**
 * The graph itself as an image, drawn by Cytoscape's own renderer: onto a canvas for PNG, or
 * into svgcanvas (a maintained canvas-to-SVG context) for SVG and PDF, so that what the file
 * shows is what the screen shows, text included as text.
 */
import type { BoundingBox12, Core } from 'cytoscape';

/** Which part of the graph an image shows. */
export type ImageView = 'whole' | 'view';

/**
 * The region of the graph an image shows, in model coordinates, and its size on screen in CSS
 * pixels: the whole graph (every element shown) at the current zoom, or exactly the viewport.
 */
export interface GraphRegion {
	view: ImageView;
	/** Model coordinates of the top-left corner. */
	x: number;
	y: number;
	/** Screen pixels per model unit. */
	zoom: number;
	width: number;
	height: number;
}

/** Where the whole graph or the current view lies, without drawing anything. */
export function graphRegion(cy: Core, view: ImageView): GraphRegion {
	const zoom = cy.zoom();
	if (view === 'view') {
		const pan = cy.pan();
		return {
			view,
			x: -pan.x / zoom,
			y: -pan.y / zoom,
			zoom,
			width: cy.width(),
			height: cy.height()
		};
	}
	// What cy.png({ full: true }) draws: the bounding box of every displayed element.
	const box = cy.elements().boundingBox({});
	return {
		view,
		x: box.x1,
		y: box.y1,
		zoom,
		width: Math.max(1, Math.ceil(box.w) * zoom),
		height: Math.max(1, Math.ceil(box.h) * zoom)
	};
}

/** The elements an image of `region` shows (for its legend and counts). */
export function elementsIn(cy: Core, region: GraphRegion) {
	const shown = cy.elements(':visible');
	if (region.view === 'whole') return shown;
	const extent: BoundingBox12 = {
		x1: region.x,
		y1: region.y,
		x2: region.x + region.width / region.zoom,
		y2: region.y + region.height / region.zoom
	};
	return shown.filter((element) => {
		const box = element.boundingBox({});
		return box.x2 >= extent.x1 && box.x1 <= extent.x2 && box.y2 >= extent.y1 && box.y1 <= extent.y2;
	});
}

/** The parts of Cytoscape's canvas renderer that drawing into another context needs. */
interface CanvasRenderer {
	usePaths(): boolean;
	drawRoundPolygonPath(context: CanvasRenderingContext2D | Path2D, ...rest: unknown[]): void;
	getCachedZSortedEles(): unknown[];
	drawElement(
		context: unknown,
		element: unknown,
		shiftToOriginWithBb?: unknown,
		showLabel?: boolean | null
	): void;
}

/**
 * Draws `region` of the graph into a 2D context whose units are the region's screen pixels,
 * with Cytoscape's own renderer, element by element in z-order. Labels follow the screen: one
 * that is too small to show at the current zoom (`min-zoomed-font-size`) is left out here too,
 * where `cy.png()` would draw every label.
 */
export function drawGraph(cy: Core, context: CanvasRenderingContext2D, region: GraphRegion): void {
	const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
	context.save();
	context.scale(region.zoom, region.zoom);
	context.translate(-region.x, -region.y);
	// `null` asks the renderer to decide on each label as it does on screen.
	for (const element of renderer.getCachedZSortedEles()) {
		renderer.drawElement(context, element, undefined, null);
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
