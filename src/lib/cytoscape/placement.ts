/**
 * Placing nodes beside what is already placed: plain geometry, no Cytoscape, cheap enough for
 * the main thread. Used by the layout (answers are placed after the opening view is laid out) and
 * by the canvas (a node drawn for the first time after a re-layout starts next to its neighbours).
 */

export interface Point {
	x: number;
	y: number;
}

/** A node's footprint: its centre and the box it must keep clear of other nodes. */
export interface Footprint extends Point {
	width: number;
	height: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A spatial hash of boxes, so that finding a free spot costs about the same whatever the number
 * of nodes already placed.
 */
export class FreeSpace {
	/** The boxes reaching into each cell, by the cell's {@link cellKey}. */
	private readonly cells = new Map<number, Footprint[]>();
	/**
	 * How far each spiral has been searched (see {@link place}): the next step to try, by the
	 * spiral's centre, the box's size and the gap.
	 */
	private readonly searched = new Map<string, number>();
	constructor(private readonly cell = 120) {}

	/**
	 * The range of cells `box` reaches into, with `margin` round it: columns `x1` to `x2`, rows
	 * `y1` to `y2`.
	 */
	private span(box: Footprint, margin = 0): { x1: number; x2: number; y1: number; y2: number } {
		const w = box.width / 2 + margin;
		const h = box.height / 2 + margin;
		return {
			x1: Math.floor((box.x - w) / this.cell),
			x2: Math.floor((box.x + w) / this.cell),
			y1: Math.floor((box.y - h) / this.cell),
			y2: Math.floor((box.y + h) / this.cell)
		};
	}

	add(box: Footprint): void {
		const { x1, x2, y1, y2 } = this.span(box);
		for (let x = x1; x <= x2; x++) {
			for (let y = y1; y <= y2; y++) {
				const key = cellKey(x, y);
				const list = this.cells.get(key);
				if (list) list.push(box);
				else this.cells.set(key, [box]);
			}
		}
	}

	/** Whether `box` (with `gap` round it) is clear of every box added so far. */
	isFree(box: Footprint, gap = 6): boolean {
		// A box within `gap` of this one may lie only in the cells round it.
		const { x1, x2, y1, y2 } = this.span(box, gap);
		for (let x = x1; x <= x2; x++) {
			for (let y = y1; y <= y2; y++) {
				const list = this.cells.get(cellKey(x, y));
				if (!list) continue;
				for (const other of list) {
					if (
						Math.abs(other.x - box.x) < (other.width + box.width) / 2 + gap &&
						Math.abs(other.y - box.y) < (other.height + box.height) / 2 + gap
					)
						return false;
				}
			}
		}
		return true;
	}

	/**
	 * The free spot nearest `near` for a box of this size, searched outwards on a golden-angle
	 * spiral; deterministic. Adds the box there and returns its centre.
	 *
	 * Boxes are only ever added, so a step of a spiral found taken stays taken, and so does the
	 * step a box was just put at: a later search on the same spiral (same centre, size and gap,
	 * as when many nodes gather round one) starts after it, with the same result as from the
	 * centre, without trying again every step before it.
	 */
	place(near: Point, width: number, height: number, gap = 6): Point {
		const step = Math.max(8, Math.min(width, height) / 2);
		const spiral = `${near.x},${near.y},${width},${height},${gap}`;
		for (let i = this.searched.get(spiral) ?? 0; i < SPIRAL_STEPS; i++) {
			const spot = { ...spiralStep(near, step, i), width, height };
			if (this.isFree(spot, gap)) {
				this.add(spot);
				this.searched.set(spiral, i + 1);
				return { x: spot.x, y: spot.y };
			}
		}
		this.searched.set(spiral, SPIRAL_STEPS);
		const fallback = { x: near.x, y: near.y, width, height };
		this.add(fallback);
		return near;
	}
}

/**
 * The steps of a search tried close to the centre, a step apart: where a node nearly always
 * finds room (the bundled interview's nodes within 340 steps).
 */
const CLOSE_STEPS = 400;
/** How much wider apart the steps are beyond {@link CLOSE_STEPS}, in the middle of a crowd. */
const WIDER = 4;
/**
 * How many steps of a spiral {@link FreeSpace.place} tries before it gives up: the close ones,
 * then 3,600 wider apart, reaching 240 steps from the centre (where 4,000 steps a step apart
 * reached 63).
 */
const SPIRAL_STEPS = CLOSE_STEPS + 3600;

/**
 * Step `i` of the golden-angle spiral round `near`: `step` apart up to {@link CLOSE_STEPS}, then
 * {@link WIDER} times as far apart, on from where the close steps stopped. A node deep in a crowd
 * (the middle of a graph of thousands) finds room at its edge in a few hundred steps rather than
 * tens of thousands.
 */
function spiralStep(near: Point, step: number, i: number): Point {
	const radius =
		i < CLOSE_STEPS
			? step * Math.sqrt(i)
			: step * WIDER * Math.sqrt(i - CLOSE_STEPS + CLOSE_STEPS / WIDER ** 2);
	return {
		x: near.x + radius * Math.cos(i * GOLDEN_ANGLE),
		y: near.y + radius * Math.sin(i * GOLDEN_ANGLE)
	};
}

/**
 * One number for a cell's column and row (each within ±2^20 cells, millions of units with cells
 * a hundred wide): cheaper to hash than a string.
 */
export function cellKey(x: number, y: number): number {
	return (x + 0x100000) * 0x200000 + (y + 0x100000);
}

/** The mean of some points, or null for none. */
export function centroid(points: readonly Point[]): Point | null {
	if (points.length === 0) return null;
	let x = 0;
	let y = 0;
	for (const p of points) {
		x += p.x;
		y += p.y;
	}
	return { x: x / points.length, y: y / points.length };
}

/**
 * Places `newcomers` next to their already-placed neighbours (at the centre of those neighbours,
 * moved to the nearest free spot), leaving every placed node where it is. A newcomer whose
 * neighbours are all newcomers waits for them; one with no placed neighbour at all goes below
 * everything. Deterministic: the same input gives the same positions.
 *
 * @param placed positions and sizes of the nodes that stay where they are
 * @param newcomers the nodes to place, with their sizes, in a fixed order
 * @param neighbours the ids of a node's neighbours
 */
export function placeBeside(
	placed: ReadonlyMap<string, Footprint>,
	newcomers: readonly { id: string; width: number; height: number }[],
	neighbours: (id: string) => readonly string[]
): Map<string, Point> {
	const space = new FreeSpace();
	let bottom = -Infinity;
	let left = Infinity;
	for (const box of placed.values()) {
		space.add(box);
		bottom = Math.max(bottom, box.y + box.height / 2);
		left = Math.min(left, box.x - box.width / 2);
	}
	const positions = new Map<string, Point>();
	const where = (id: string): Point | undefined => positions.get(id) ?? placed.get(id);
	let waiting = [...newcomers];
	while (waiting.length > 0) {
		const next: typeof waiting = [];
		for (const node of waiting) {
			const anchors = neighbours(node.id)
				.map(where)
				.filter((p): p is Point => p !== undefined);
			const near = centroid(anchors);
			if (near) positions.set(node.id, space.place(near, node.width, node.height));
			else next.push(node);
		}
		if (next.length === waiting.length) {
			// Nothing connects these to the placed nodes: start them on a row below.
			const [first, ...rest] = next;
			const start = {
				x: Number.isFinite(left) ? left : 0,
				y: Number.isFinite(bottom) ? bottom + 80 : 0
			};
			positions.set(first!.id, space.place(start, first!.width, first!.height));
			waiting = rest;
		} else {
			waiting = next;
		}
	}
	return positions;
}
