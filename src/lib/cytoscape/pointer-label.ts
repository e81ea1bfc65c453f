/**
 * On a large graph the node under the pointer is named by a label of the page's own, laid over
 * the canvas, rather than by restyling the node as a small graph does (the `hover` class,
 * style.ts). Any restyle makes Cytoscape draw every element afresh and throw away its cached
 * picture of the graph: at 5,000 nodes, redraws of 0.3–0.45 s each time the pointer crosses a
 * node. The label here looks as the restyled one would (the same text, font, size,
 * colours and place below the node) and costs the canvas nothing.
 */
import type { NodeSingular } from 'cytoscape';
import { hoverFont, LABEL_GAP, LINE_EMS, NAMED_TYPES } from './label-room';
import { CONTEXT_FONT } from './style';

/** A node's label over the canvas, in screen pixels from the canvas's top left. */
export interface PointerLabel {
	/** The node named. */
	id: string;
	/** Its label, as text. */
	text: string;
	/** The node's centre, across. */
	x: number;
	/** The node's rim below its centre, and above it: the label goes below, or above if need be. */
	below: number;
	above: number;
	/** The text's size and the widest a line may be. */
	font: number;
	wrap: number;
	/** The canvas's size, as Cytoscape last measured it. */
	canvas: { width: number; height: number };
}

/**
 * The label `node` is named by while pointed at, at the view's zoom: a name at the size it is
 * drawn at (label-room.ts grows names as the view zooms out), anything else at the size a
 * pointed-at label is drawn ({@link hoverFont}); as many words a line as Cytoscape's wrapping.
 */
export function pointerLabel(node: NodeSingular): PointerLabel {
	const cy = node.cy();
	const zoom = cy.zoom();
	const font = NAMED_TYPES.has(node.data('type'))
		? node.numericStyle('font-size')
		: hoverFont(CONTEXT_FONT, zoom);
	const centre = node.renderedPosition();
	const rim = node.renderedOuterHeight() / 2;
	return {
		id: node.id(),
		text: String(node.data('label') ?? ''),
		x: centre.x,
		below: centre.y + rim + LABEL_GAP * zoom,
		above: centre.y - rim - LABEL_GAP * zoom,
		font: font * zoom,
		wrap: LINE_EMS * font * zoom,
		canvas: { width: cy.width(), height: cy.height() }
	};
}

/**
 * Where a label `width` by `height` goes (its top left) inside a canvas `bounds` wide and high,
 * keeping `margin` clear of the edges: centred below its node; above it if there is no room
 * below; moved along as little as keeps it whole.
 *
 * @example
 * placePointerLabel({ x: 100, below: 60, above: 40 }, { width: 80, height: 20 }, { width: 400, height: 300 });
 * // { left: 60, top: 60 }
 */
export function placePointerLabel(
	anchor: Pick<PointerLabel, 'x' | 'below' | 'above'>,
	size: { width: number; height: number },
	bounds: { width: number; height: number },
	margin = 4
): { left: number; top: number } {
	const clamp = (value: number, low: number, high: number) =>
		Math.max(low, Math.min(value, Math.max(low, high)));
	const roomBelow = anchor.below + size.height <= bounds.height - margin;
	const top = roomBelow ? anchor.below : anchor.above - size.height;
	return {
		left: clamp(anchor.x - size.width / 2, margin, bounds.width - size.width - margin),
		top: clamp(top, margin, bounds.height - size.height - margin)
	};
}
