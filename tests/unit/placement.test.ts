/**
 * Free space for nodes placed after the layout (placement.ts): a spot is never taken twice, a
 * spiral resumed where the last search on it stopped finds what a search from its centre finds,
 * and a node in the middle of a crowd finds room at its edge rather than on top of another.
 */
import { describe, expect, it } from 'vitest';
import { FreeSpace, placeBeside, type Footprint } from '../../src/lib/cytoscape/placement';

const overlaps = (a: Footprint, b: Footprint, gap: number) =>
	Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap &&
	Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap;

describe('FreeSpace', () => {
	it('places boxes gathered round one centre clear of one another', () => {
		const space = new FreeSpace();
		const boxes: Footprint[] = [];
		for (let i = 0; i < 300; i++) {
			const at = space.place({ x: 0, y: 0 }, 30, 20);
			boxes.push({ ...at, width: 30, height: 20 });
		}
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++)
				expect(overlaps(boxes[i]!, boxes[j]!, 6), `${i} and ${j}`).toBe(false);
	});

	it('finds, resuming a spiral, the spot a search from its centre finds', () => {
		// One space places round the same centre again and again (resuming its spiral); for each,
		// a fresh space holding the same boxes searches from the centre.
		const resumed = new FreeSpace();
		const placed: Footprint[] = [{ x: 40, y: -10, width: 50, height: 50 }];
		resumed.add(placed[0]!);
		for (let i = 0; i < 60; i++) {
			const fresh = new FreeSpace();
			for (const box of placed) fresh.add(box);
			const expected = fresh.place({ x: 0, y: 0 }, 24, 24);
			const got = resumed.place({ x: 0, y: 0 }, 24, 24);
			expect(got, `box ${i}`).toEqual(expected);
			placed.push({ ...got, width: 24, height: 24 });
		}
	});

	it('finds room for a node in the middle of a crowd, at its edge', () => {
		// 160 × 160 boxes packed edge to edge, 2,400 units across: a step-wide spiral of 4,000
		// steps reaches 60 steps out, not the edge.
		const space = new FreeSpace();
		const crowd: Footprint[] = [];
		for (let x = -80; x < 80; x++)
			for (let y = -80; y < 80; y++) {
				const box = { x: x * 15, y: y * 15, width: 15, height: 15 };
				space.add(box);
				crowd.push(box);
			}
		const at = space.place({ x: 0, y: 0 }, 16, 16, 0);
		expect(Math.hypot(at.x, at.y)).toBeGreaterThan(1200);
		const box = { ...at, width: 16, height: 16 };
		expect(crowd.some((other) => overlaps(box, other, 0))).toBe(false);
	});
});

describe('placeBeside', () => {
	it('puts a newcomer next to its placed neighbours, clear of them, and is deterministic', () => {
		const placed = new Map<string, Footprint>([
			['a', { x: 0, y: 0, width: 40, height: 40 }],
			['b', { x: 200, y: 0, width: 40, height: 40 }]
		]);
		const newcomers = [
			{ id: 'n1', width: 30, height: 30 },
			{ id: 'n2', width: 30, height: 30 },
			{ id: 'lone', width: 30, height: 30 }
		];
		const neighbours = (id: string) => (id === 'lone' ? [] : ['a', 'b']);
		const first = placeBeside(placed, newcomers, neighbours);
		expect(placeBeside(placed, newcomers, neighbours)).toEqual(first);
		const n1 = first.get('n1')!;
		expect(Math.hypot(n1.x - 100, n1.y)).toBeLessThan(60);
		const boxes = [
			...placed.values(),
			...[...first.values()].map((p) => ({ ...p, width: 30, height: 30 }))
		];
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++)
				expect(overlaps(boxes[i]!, boxes[j]!, 6)).toBe(false);
		// Nothing connects it: it goes below everything.
		expect(first.get('lone')!.y).toBeGreaterThan(20);
	});
});
