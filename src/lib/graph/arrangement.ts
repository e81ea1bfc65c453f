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
