import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapping, separate, type Box } from '../../src/lib/cytoscape/overlap';

const moved = (boxes: Box[], gap = 0) => {
	const moves = separate(boxes, gap);
	return boxes.map((box) => {
		const move = moves.get(box.id) ?? { dx: 0, dy: 0 };
		return { ...box, x: box.x + move.dx, y: box.y + move.dy };
	});
};

describe('separate', () => {
	it('leaves boxes that do not overlap where they are', () => {
		const boxes = [
			{ id: 'a', x: 0, y: 0, width: 10, height: 10 },
			{ id: 'b', x: 20, y: 0, width: 10, height: 10 }
		];
		expect(separate(boxes, 4).size).toBe(0);
	});

	it('pushes two overlapping boxes apart along the axis where they overlap least', () => {
		const boxes = [
			{ id: 'a', x: 0, y: 0, width: 10, height: 10 },
			{ id: 'b', x: 8, y: 2, width: 10, height: 10 }
		];
		const moves = separate(boxes, 0);
		expect(moves.get('a')!.dy).toBe(0);
		expect(moves.get('a')!.dx).toBeLessThan(0);
		expect(moves.get('b')!.dx).toBeGreaterThan(0);
		expect(overlapping(moved(boxes))).toEqual([]);
	});

	it('separates boxes stacked on the same spot, deterministically', () => {
		const boxes = Array.from({ length: 6 }, (_, i) => ({
			id: `n${i}`,
			x: 0,
			y: 0,
			width: 10,
			height: 10
		}));
		expect(overlapping(moved(boxes, 1))).toEqual([]);
		expect(separate(boxes)).toEqual(separate(boxes));
	});

	it('leaves no overlaps among any set of boxes', () => {
		const box = fc.record({
			x: fc.integer({ min: -200, max: 200 }),
			y: fc.integer({ min: -200, max: 200 }),
			width: fc.integer({ min: 4, max: 120 }),
			height: fc.integer({ min: 4, max: 60 })
		});
		fc.assert(
			fc.property(fc.array(box, { minLength: 1, maxLength: 40 }), (shapes) => {
				const boxes = shapes.map((shape, i) => ({ id: `n${i}`, ...shape }));
				expect(overlapping(moved(boxes, 2))).toEqual([]);
			}),
			{ numRuns: 200 }
		);
	});
});
