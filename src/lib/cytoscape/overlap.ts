/**
 * Overlap removal for a force-directed layout's result: forces leave some boxes overlapping,
 * and an overlapping node or label cannot be read or clicked. Plain geometry, no Cytoscape.
 */

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** An axis-aligned box round a node (its body, and its label if that must stay readable). */
export interface Box {
	id: string;
	/** Centre of the box. */
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * How far to move each box so that no two overlap (with `gap` between them), pushing each
 * overlapping pair apart along the axis where they overlap least, half each way, until none
 * overlap or `maxRounds` sweeps have run. Deterministic: the same boxes give the same moves.
 *
 * @returns the displacement of every box that moved
 */
export function separate(
	boxes: readonly Box[],
	gap = 4,
	maxRounds = 300
): Map<string, { dx: number; dy: number }> {
	const moving = boxes.map((box) => ({ ...box, x0: box.x, y0: box.y }));
	for (let round = 0; round < maxRounds; round++) {
		let moved = false;
		for (let i = 0; i < moving.length; i++) {
			const a = moving[i]!;
			for (let j = i + 1; j < moving.length; j++) {
				const b = moving[j]!;
				if (b.x === a.x && b.y === a.y) {
					// Boxes on the same spot have no direction to part in: give them one, by index.
					b.x += Math.cos(j * GOLDEN_ANGLE) * 1e-3;
					b.y += Math.sin(j * GOLDEN_ANGLE) * 1e-3;
				}
				const dx = b.x - a.x;
				const dy = b.y - a.y;
				const overlapX = (a.width + b.width) / 2 + gap - Math.abs(dx);
				if (overlapX <= 0) continue;
				const overlapY = (a.height + b.height) / 2 + gap - Math.abs(dy);
				if (overlapY <= 0) continue;
				moved = true;
				// Push a little further than needed so that sweeps converge rather than creep.
				if (overlapX < overlapY) {
					const shift = (overlapX / 2) * 1.05 * (dx < 0 ? -1 : 1);
					a.x -= shift;
					b.x += shift;
				} else {
					const shift = (overlapY / 2) * 1.05 * (dy < 0 ? -1 : 1);
					a.y -= shift;
					b.y += shift;
				}
			}
		}
		if (!moved) break;
	}
	const moves = new Map<string, { dx: number; dy: number }>();
	for (const box of moving) {
		if (box.x !== box.x0 || box.y !== box.y0) {
			moves.set(box.id, { dx: box.x - box.x0, dy: box.y - box.y0 });
		}
	}
	return moves;
}

/** Whether any two boxes overlap. */
export function overlapping(boxes: readonly Box[]): [string, string][] {
	const pairs: [string, string][] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			if (
				Math.abs(a.x - b.x) < (a.width + b.width) / 2 &&
				Math.abs(a.y - b.y) < (a.height + b.height) / 2
			) {
				pairs.push([a.id, b.id]);
			}
		}
	}
	return pairs;
}
