/**
 * How a set of elements the reader should look at is shown: an evidence chain (a trace or a
 * connection), or what a turn of the interview added. Every node and edge of it is drawn in full
 * over whatever else fades, each node labelled at a size the reader can read, and the view moved
 * so that all of it is on the canvas. GraphCanvas calls `showMarked` when the set changes (or
 * once the running layout stops); the look is the stylesheet's `chain` and `added` classes.
 */
import type { Collection, Core } from 'cytoscape';
import { LINE_EMS } from './label-room';

/** The class the stylesheet draws an evidence chain with. */
export const CHAIN_CLASS = 'chain';

/** The class the stylesheet draws what the current turn of the interview added with. */
export const ADDED_CLASS = 'added';

/** The smallest size, in screen pixels, a chain label is drawn at. */
export const CHAIN_LABEL_PX = 13;

/** The most a chain is zoomed in: a chain of two neighbours should not fill the screen. */
const MAX_CHAIN_ZOOM = 1.6;

/** Room round the chain's nodes for their labels (below and to the sides) and the controls. */
const MARGIN = { left: 90, right: 90, top: 30, bottom: 70 };

/** The model-unit font size that renders at least `CHAIN_LABEL_PX` at `zoom`. */
export function chainFontSize(zoom: number, base: number): number {
	return Math.max(base, Math.ceil(CHAIN_LABEL_PX / Math.max(zoom, 0.01)));
}

/**
 * The zoom and pan that fit a box (model units) inside a viewport with room for labels; the
 * zoom is capped at `maxZoom` and not below `minZoom`. Pure, for tests.
 */
export function frameFor(
	box: { x1: number; y1: number; x2: number; y2: number },
	viewport: { width: number; height: number },
	limits: { minZoom: number; maxZoom: number }
): { zoom: number; pan: { x: number; y: number } } {
	const width = Math.max(viewport.width - MARGIN.left - MARGIN.right, viewport.width * 0.3);
	const height = Math.max(viewport.height - MARGIN.top - MARGIN.bottom, viewport.height * 0.3);
	const fits = Math.min(
		width / Math.max(box.x2 - box.x1, 1),
		height / Math.max(box.y2 - box.y1, 1)
	);
	const zoom = Math.max(limits.minZoom, Math.min(fits, limits.maxZoom, MAX_CHAIN_ZOOM));
	// Centre the box in the room left between the margins.
	const centre = {
		x: (MARGIN.left + viewport.width - MARGIN.right) / 2,
		y: (MARGIN.top + viewport.height - MARGIN.bottom) / 2
	};
	return {
		zoom,
		pan: {
			x: centre.x - (zoom * (box.x1 + box.x2)) / 2,
			y: centre.y - (zoom * (box.y1 + box.y2)) / 2
		}
	};
}

/** Removes a class's marks, and the label sizes given with them. */
export function clearMarks(cy: Core, className: string) {
	const marked = cy.elements(`.${className}`);
	if (marked.empty()) return;
	cy.batch(() => {
		marked.removeClass(className);
		marked.nodes().removeStyle('font-size text-max-width');
	});
}

/**
 * Marks elements with a class (replacing the class's previous marks); with `frame`, also moves
 * the view onto them and sizes their labels for the new zoom. `baseFont` is the stylesheet's
 * label size for emphasised nodes (model units). Returns the marked elements that are drawn.
 */
export function showMarked(
	cy: Core,
	className: string,
	ids: Iterable<string>,
	options: {
		baseFont: number;
		animation: { duration: number; easing: 'ease-in-out-cubic' };
		frame?: boolean;
	}
): Collection {
	clearMarks(cy, className);
	const chain = cy
		.collection()
		.union([...ids].map((id) => cy.getElementById(id)))
		.not('.hidden');
	if (chain.empty()) return chain;
	const nodes = chain.nodes();
	if (options.frame === false || nodes.empty()) {
		chain.addClass(className);
		return chain;
	}
	const { zoom, pan } = frameFor(
		nodes.boundingBox({ includeLabels: false, includeOverlays: false }),
		{ width: cy.width(), height: cy.height() },
		{ minZoom: cy.minZoom(), maxZoom: cy.maxZoom() }
	);
	const font = chainFontSize(zoom, options.baseFont);
	cy.batch(() => {
		chain.addClass(className);
		nodes.style({ 'font-size': font, 'text-max-width': `${LINE_EMS * font}px` });
	});
	cy.stop();
	cy.animate({ zoom, pan, ...options.animation });
	return chain;
}
