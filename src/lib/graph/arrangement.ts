/**
 * Reading an arrangement's positions out of a graph's layout. Plain data, so the page can use it
 * without the layout code.
 */
import type { GraphLayout } from './schema';
import type { Arrangement } from './vocabulary';

/**
 * The positions of one arrangement of a layout: `positions` for the one it opens on, else the
 * stored alternative.
 *
 * @example
 * positionsOf(graph.layout, 'question')['q1']; // { x: 0, y: 0 }
 */
export function positionsOf(
	layout: GraphLayout,
	arrangement: Arrangement
): Record<string, { x: number; y: number }> {
	return arrangement === layout.arrangement
		? layout.positions
		: (layout.arrangements[arrangement] ?? layout.positions);
}

type Positions = Record<string, { x: number; y: number }>;

/** How much wider than tall an arrangement must be to be turned on its side for a tall screen. */
export const TURN_ABOVE = 1.15;

/**
 * Whether `positions` spread clearly wider than tall ({@link TURN_ABOVE}): on a screen taller
 * than wide (a phone held upright) such an arrangement is drawn turned ({@link turned}), so that
 * it fills the screen's height rather than a band across it.
 *
 * @example
 * turnsOnPortrait({ a: { x: 0, y: 0 }, b: { x: 300, y: 100 } }); // true
 */
export function turnsOnPortrait(positions: Positions): boolean {
	let x1 = Infinity;
	let y1 = Infinity;
	let x2 = -Infinity;
	let y2 = -Infinity;
	for (const { x, y } of Object.values(positions)) {
		x1 = Math.min(x1, x);
		x2 = Math.max(x2, x);
		y1 = Math.min(y1, y);
		y2 = Math.max(y2, y);
	}
	return x2 - x1 > TURN_ABOVE * (y2 - y1);
}

/**
 * `positions` turned on their side, x and y exchanged: what ran left to right runs top to
 * bottom (the discussion in order, question by question, reads down the screen) and what ran
 * top to bottom runs left to right.
 *
 * @example
 * turned({ a: { x: 300, y: 100 } }); // { a: { x: 100, y: 300 } }
 */
export function turned(positions: Positions): Positions {
	const out: Positions = {};
	for (const [id, { x, y }] of Object.entries(positions)) out[id] = { x: y, y: x };
	return out;
}
