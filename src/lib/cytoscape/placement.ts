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
	private readonly cells = new Map<string, Footprint[]>();
	constructor(private readonly cell = 120) {}

	private keys(box: Footprint): string[] {
		const keys: string[] = [];
		const x1 = Math.floor((box.x - box.width / 2) / this.cell);
		const x2 = Math.floor((box.x + box.width / 2) / this.cell);
		const y1 = Math.floor((box.y - box.height / 2) / this.cell);
		const y2 = Math.floor((box.y + box.height / 2) / this.cell);
		for (let x = x1; x <= x2; x++) for (let y = y1; y <= y2; y++) keys.push(`${x},${y}`);
		return keys;
	}

	add(box: Footprint): void {
		for (const key of this.keys(box)) {
			const list = this.cells.get(key);
			if (list) list.push(box);
			else this.cells.set(key, [box]);
		}
	}

	/** Whether `box` (with `gap` round it) is clear of every box added so far. */
	isFree(box: Footprint, gap = 6): boolean {
		for (const key of this.keys(box)) {
			for (const other of this.cells.get(key) ?? []) {
				if (
					Math.abs(other.x - box.x) < (other.width + box.width) / 2 + gap &&
					Math.abs(other.y - box.y) < (other.height + box.height) / 2 + gap
				)
					return false;
			}
		}
		return true;
	}

	/**
	 * The free spot nearest `near` for a box of this size, searched outwards on a golden-angle
	 * spiral; deterministic. Adds the box there and returns its centre.
	 */
	place(near: Point, width: number, height: number, gap = 6): Point {
		const step = Math.max(8, Math.min(width, height) / 2);
		for (let i = 0; i < 4000; i++) {
			const radius = step * Math.sqrt(i);
			const spot = {
				x: near.x + radius * Math.cos(i * GOLDEN_ANGLE),
				y: near.y + radius * Math.sin(i * GOLDEN_ANGLE),
				width,
				height
			};
			if (this.isFree(spot, gap)) {
				this.add(spot);
				return { x: spot.x, y: spot.y };
			}
		}
		const fallback = { x: near.x, y: near.y, width, height };
		this.add(fallback);
		return near;
	}
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
