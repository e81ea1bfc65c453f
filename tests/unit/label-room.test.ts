/**
 * The canvas's label rule (label-room.ts): where each label goes and which find no room, on
 * nodes and label sizes written by hand.
 */
import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/lib/cytoscape/claim-keys';
import {
	claimKeyPlaces,
	FAR_REACH_PX,
	MAX_FAR_LABELS,
	farLabelPlaces,
	labelPlaces,
	labelScale,
	labelRank,
	hoverFont,
	nameFont,
	placedLabel,
	type Bounds,
	type LabelCandidate
} from '../../src/lib/cytoscape/label-room';

/** A node body 10 × 10 centred on (x, y). */
const at = (x: number, y: number): Bounds => ({ x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 });
const node = (
	id: string,
	type: LabelCandidate['type'],
	body: Bounds,
	width = 40,
	height = 10,
	tier: LabelCandidate['tier'] = 'plain',
	degree = 1
): LabelCandidate => ({ id, type, degree, tier, body, width, height });
const bodiesOf = (...nodes: LabelCandidate[]) => nodes.map((n) => ({ id: n.id, box: n.body }));
const placesOf = (...args: Parameters<typeof labelPlaces>) =>
	Object.fromEntries(labelPlaces(...args));

describe('placedLabel', () => {
	it('puts a label below, above, right or left of its node, 3 units away', () => {
		const body = at(0, 0);
		expect(placedLabel(body, 40, 10, 'below')).toEqual({ x1: -20, x2: 20, y1: 8, y2: 18 });
		expect(placedLabel(body, 40, 10, 'above')).toEqual({ x1: -20, x2: 20, y1: -18, y2: -8 });
		expect(placedLabel(body, 40, 10, 'right')).toEqual({ x1: 8, x2: 48, y1: -5, y2: 5 });
		expect(placedLabel(body, 40, 10, 'left')).toEqual({ x1: -48, x2: -8, y1: -5, y2: 5 });
	});

	it('keeps the gap the canvas measured, even one that reaches into the body', () => {
		expect(placedLabel(at(0, 0), 40, 10, 'left', -2)).toEqual({ x1: -43, x2: -3, y1: -5, y2: 5 });
		expect(placedLabel(at(0, 0), 40, 10, 'below', -2)).toEqual({ x1: -20, x2: 20, y1: 3, y2: 13 });
	});
});

describe('labelPlaces', () => {
	it('labels with room go below their nodes', () => {
		const a = node('a', 'claim', at(0, 0));
		const b = node('b', 'claim', at(100, 0));
		expect(placesOf([a, b], bodiesOf(a, b))).toEqual({ a: 'below', b: 'below' });
	});

	it('a label with a node below it goes above its own', () => {
		const a = node('a', 'sector', at(0, 0));
		const under = node('under', 'claim', at(0, 20), 10, 10);
		expect(placesOf([a], bodiesOf(a, under))).toEqual({ a: 'above' });
	});

	it('then to the right, then to the left', () => {
		const a = node('a', 'sector', at(0, 0));
		const above = node('above', 'claim', at(0, -20));
		const below = node('below', 'claim', at(0, 20));
		const right = node('right', 'claim', at(30, 0));
		expect(placesOf([a], bodiesOf(a, above, below))).toEqual({ a: 'right' });
		expect(placesOf([a], bodiesOf(a, above, below, right))).toEqual({ a: 'left' });
	});

	it('finds the same places wherever the nodes lie, across cells and below zero', () => {
		// The same crowd at four offsets: in the positive quadrant, across the axes (where cells
		// change sign), and far out; each label's place depends on its neighbours only.
		const crowd = (dx: number, dy: number) =>
			[at(0, 0), at(0, 20), at(30, 0), at(-30, 0), at(0, -20)].map((b, i) =>
				node(`n${i}`, i === 0 ? 'sector' : 'claim', {
					x1: b.x1 + dx,
					y1: b.y1 + dy,
					x2: b.x2 + dx,
					y2: b.y2 + dy
				})
			);
		const places = [
			[1000, 1000],
			[-3, -7],
			[-1000, 500],
			[123_456, -654_321]
		].map(([dx, dy]) => {
			const nodes = crowd(dx!, dy!);
			return placesOf(nodes, bodiesOf(...nodes));
		});
		expect(places[0]).toEqual({ n0: null, n1: 'below', n2: 'below', n3: 'below', n4: 'above' });
		for (const other of places.slice(1)) expect(other).toEqual(places[0]);
	});

	it('boxed in on every side, a label finds no room', () => {
		const a = node('a', 'claim', at(0, 0));
		const others = [at(0, -20), at(0, 20), at(30, 0), at(-30, 0)].map((b, i) =>
			node(`n${i}`, 'claim', b)
		);
		expect(placesOf([a], bodiesOf(a, ...others))).toEqual({ a: null });
	});

	it("a name boxed in by claims lies over them, on its halo; a claim's label does not", () => {
		const around = [at(0, -20), at(0, 20), at(30, 0), at(-30, 0)];
		const claims = around.map((box, i) => ({ id: `c${i}`, box, minor: true }));
		const speaker = node('ines', 'speaker', at(0, 0));
		const claim = node('claim-9', 'claim', at(0, 0));
		expect(placesOf([speaker], [...bodiesOf(speaker), ...claims])).toEqual({ ines: 'below' });
		expect(placesOf([claim], [...bodiesOf(claim), ...claims])).toEqual({ 'claim-9': null });
	});

	it('a name still keeps clear of the other names, bodies and labels', () => {
		const around = [at(0, -20), at(0, 20), at(30, 0), at(-30, 0)];
		const sectors = around.map((box, i) => ({ id: `s${i}`, box, minor: false }));
		const speaker = node('ines', 'speaker', at(0, 0));
		expect(placesOf([speaker], [...bodiesOf(speaker), ...sectors])).toEqual({ ines: null });
	});

	it('the higher-priority label takes the room first: a speaker before a claim', () => {
		// Two nodes side by side whose labels below would overlap; the claim's goes above.
		const claim = node('claim-1', 'claim', at(0, 0), 60);
		const speaker = node('ines', 'speaker', at(30, 0), 60);
		expect(placesOf([claim, speaker], bodiesOf(claim, speaker))).toEqual({
			ines: 'below',
			'claim-1': 'above'
		});
	});

	it('within a type, the better-connected label wins; then the id decides', () => {
		// a's label can only go below it and b's only above it, where the two would overlap.
		const walls = [at(0, -20), at(30, 0), at(-30, 0), at(0, 50), at(30, 30), at(-30, 30)].map(
			(b, i) => node(`wall-${i}`, 'claim', b)
		);
		const pair = (da: number, db: number, ids = ['a', 'b']) => {
			const a = node(ids[0]!, 'sector', at(0, 0), 40, 10, 'plain', da);
			const b = node(ids[1]!, 'sector', at(0, 30), 40, 10, 'plain', db);
			return placesOf([a, b], bodiesOf(a, b, ...walls));
		};
		expect(pair(2, 7)).toEqual({ a: null, b: 'above' });
		expect(pair(7, 2)).toEqual({ a: 'below', b: null });
		expect(pair(3, 3)).toEqual({ a: 'below', b: null });
		expect(pair(3, 3, ['z', 'y'])).toEqual({ z: null, y: 'above' });
	});

	it('a label the edge of the view would cut goes elsewhere, or nowhere', () => {
		const view = { x1: -100, y1: -100, x2: 100, y2: 12 };
		const a = node('a', 'speaker', at(0, 0));
		expect(placesOf([a], bodiesOf(a), view)).toEqual({ a: 'above' });
		const tight = { x1: -6, y1: -6, x2: 6, y2: 6 };
		expect(placesOf([a], bodiesOf(a), tight)).toEqual({ a: null });
	});

	it('the selection is named where it covers no node, and takes its room first', () => {
		const picked = node('picked', 'claim', at(0, 0), 60, 10, 'selected');
		const speaker = node('speaker', 'speaker', at(20, 0), 60, 10, 'plain', 40);
		const under = node('under', 'claim', at(0, 16), 4, 4);
		const places = placesOf([speaker, picked], bodiesOf(picked, speaker, under));
		// Below, it would lie over `under`: above is clear of every node.
		expect(places.picked).toBe('above');
		// The speaker outranks any other label but gives way to the selection's (above it) and
		// keeps off `under` (below it).
		expect(places.speaker).toBe('right');
	});

	it('the selection is named below its node when every place covers one, and what it covers gives way', () => {
		const picked = node('picked', 'claim', at(0, 0), 60, 10, 'selected');
		const around = [at(0, 16), at(0, -16), at(40, 0), at(-40, 0)].map((box, i) =>
			node(`n${i}`, 'speaker', box, 60, 10, 'plain', 40)
		);
		const places = placesOf([...around, picked], bodiesOf(picked, ...around));
		expect(places.picked).toBe('below');
		// The speaker under it finds room elsewhere or none, never under the selection's label.
		expect(places.n0).not.toBe('above');
	});

	it('the label under the pointer is drawn and takes no room from the others', () => {
		const hovered = node('hovered', 'claim', at(0, 0), 60, 10, 'hover');
		const next = node('next', 'claim', at(20, 0), 60, 10);
		expect(placesOf([hovered, next], bodiesOf(hovered, next))).toEqual({
			hovered: 'below',
			next: 'below'
		});
	});

	it('a chain outranks an emphasis, which outranks what a turn added, which outranks the rest', () => {
		const ranks = (['chain', 'highlighted', 'added', 'plain'] as const).map((tier) =>
			labelRank({ type: 'claim', degree: 1, tier })
		);
		expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
		// Tier comes before type: a chain's claim outranks a plain speaker.
		expect(labelRank({ type: 'claim', degree: 0, tier: 'chain' })).toBeLessThan(
			labelRank({ type: 'speaker', degree: 99, tier: 'plain' })
		);
	});

	it('no two labels it places overlap, in a crowd of a hundred nodes', () => {
		// A 10 × 10 grid of nodes 30 apart with labels 50 wide: many must move or give way.
		const crowd = Array.from({ length: 100 }, (_, i) =>
			node(
				`n${i}`,
				i % 7 === 0 ? 'sector' : 'claim',
				at((i % 10) * 30, Math.floor(i / 10) * 30),
				50,
				10,
				'plain',
				i % 5
			)
		);
		const places = labelPlaces(crowd, bodiesOf(...crowd));
		const boxes = crowd.flatMap((n) => {
			const place = places.get(n.id);
			return place ? [{ id: n.id, box: placedLabel(n.body, n.width, n.height, place) }] : [];
		});
		expect(boxes.length).toBeGreaterThan(10);
		const overlap = (a: Bounds, b: Bounds) =>
			a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
		const problems: string[] = [];
		boxes.forEach(({ id, box }, i) => {
			for (const other of boxes.slice(i + 1)) {
				if (overlap(box, other.box)) problems.push(`${id} overlaps ${other.id}`);
			}
			for (const body of crowd) {
				if (body.id !== id && overlap(box, body.body)) problems.push(`${id} covers ${body.id}`);
			}
		});
		expect(problems).toEqual([]);
	});
});

describe('labelScale', () => {
	it("rounds the zoom times the pixel ratio up to a power of two, as Cytoscape's canvas does", () => {
		expect(labelScale(1, 1)).toBe(1);
		expect(labelScale(0.255, 1)).toBe(0.5);
		expect(labelScale(0.255, 3)).toBe(1);
		expect(labelScale(0.6, 2)).toBe(2);
		expect(labelScale(0.5, 1)).toBe(0.5);
	});
});

describe('nameFont', () => {
	it('keeps a name at its own size while that is drawn 9 px or more', () => {
		expect(nameFont(24, 1)).toBe(24);
		expect(nameFont(24, 0.375)).toBe(24);
	});

	it('grows a name so that it is drawn 9 px high once its own size would be smaller', () => {
		expect(nameFont(24, 0.25)).toBe(36);
		expect(nameFont(12, 0.1)).toBe(90);
	});
});

describe('hoverFont', () => {
	it('keeps the label under the pointer at its own size while that is drawn 12 px or more', () => {
		expect(hoverFont(20, 1)).toBe(20);
		expect(hoverFont(20, 0.6)).toBe(20);
	});

	it('grows it so that it is drawn 12 px high when the view is zoomed further out', () => {
		expect(hoverFont(20, 0.2)).toBe(60);
		expect(hoverFont(20, 0.5)).toBe(24);
	});
});

describe('claimKeyPlaces', () => {
	const claim = (id: string, number: number, body: Bounds) => ({ id, number, body });

	it('puts a key below its claim, sized for its digits at the zoom', () => {
		const keys = claimKeyPlaces([claim('c', 7, at(0, 0))], [], [], 1);
		// One digit at 9 px: 0.62 × 9 + 4 = 9.58 wide, 9 × 1.25 = 11.25 high, 2 below the body.
		expect(keys).toEqual([
			{ id: 'c', number: 7, box: { x1: -4.79, y1: 7, x2: 4.79, y2: 18.25 }, node: { x: 0, y: 0 } }
		]);
		// At half the zoom, the same key on screen takes twice the room in the graph.
		const [half] = claimKeyPlaces([claim('c', 7, at(0, 0))], [], [], 0.5);
		expect(half!.box).toEqual({ x1: -9.58, y1: 9, x2: 9.58, y2: 31.5 });
	});

	it('keeps a key off the labels drawn and the other nodes, trying above, right and left', () => {
		// A label under the claim: its key goes above.
		const label: Bounds = { x1: -10, y1: 9, x2: 10, y2: 22 };
		const [above] = claimKeyPlaces([claim('c', 12, at(0, 0))], [], [label], 1);
		expect(above!.box.y2).toBe(-7);
		// Nodes above and below too: its key goes to the right.
		const bodies = [
			{ id: 'up', box: at(0, -16) },
			{ id: 'c', box: at(0, 0) }
		];
		const [right] = claimKeyPlaces([claim('c', 12, at(0, 0))], bodies, [label], 1);
		expect(right!.box.x1).toBe(7);
	});

	it('leaves out a key with no room, the lower number winning the room', () => {
		// Two narrow claims side by side in a view that leaves room below them only, and for one
		// three-digit key (about 21 units wide) there.
		const view: Bounds = { x1: -20, y1: -6, x2: 20, y2: 20 };
		const left: Bounds = { x1: -10, y1: -5, x2: -6, y2: 5 };
		const right: Bounds = { x1: 6, y1: -5, x2: 10, y2: 5 };
		const bodies = [
			{ id: 'left', box: left },
			{ id: 'right', box: right }
		];
		const winner = (leftNumber: number, rightNumber: number) =>
			claimKeyPlaces(
				[claim('right', rightNumber, right), claim('left', leftNumber, left)],
				bodies,
				[],
				1,
				view
			).map((k) => k.id);
		expect(winner(100, 101)).toEqual(['left']);
		expect(winner(101, 100)).toEqual(['right']);
	});
});

describe('farLabelPlaces', () => {
	const sector = (id: string, body: Bounds, type: LabelCandidate['type'] = 'sector') =>
		node(id, type, body, 20, 10);

	it('puts a name with no room beside its node 6 px further out below it, whatever the zoom', () => {
		const [name] = farLabelPlaces([sector('s', at(0, 0))], [{ id: 's', box: at(0, 0) }], [], 1);
		expect(name).toEqual({
			id: 's',
			box: { x1: -10, y1: 11, x2: 10, y2: 21 },
			node: { x: 0, y: 0 }
		});
		// At half the zoom, 6 px on screen are 12 units.
		const [half] = farLabelPlaces([sector('s', at(0, 0))], [], [], 0.5);
		expect(half!.box).toEqual({ x1: -10, y1: 17, x2: 10, y2: 27 });
	});

	it('boxed in by four claims, the name goes out on a diagonal, clear of them', () => {
		const claims = [at(0, 15), at(0, -15), at(15, 0), at(-15, 0)].map((box, i) => ({
			id: `c${i}`,
			box,
			minor: true
		}));
		const [name] = farLabelPlaces([sector('s', at(0, 0))], claims, [], 1);
		// Below, above and to the sides, 6 and 12 px out, each box touches a claim; 12 px out
		// below and to the right (45°): centre (cos 45° × 27, sin 45° × 22) = (19.09, 15.56).
		expect(name!.box.x1).toBeCloseTo(9.09, 2);
		expect(name!.box.y1).toBeCloseTo(10.56, 2);
		expect(name!.box.x2).toBeCloseTo(29.09, 2);
		expect(name!.box.y2).toBeCloseTo(20.56, 2);
	});

	it('keeps clear of the labels drawn and of the names placed before, taken by priority', () => {
		// A label drawn where the spot below would be: the name goes above instead.
		const label: Bounds = { x1: -30, y1: 8, x2: 30, y2: 40 };
		const [above] = farLabelPlaces([sector('s', at(0, 0))], [], [label], 1);
		expect(above!.box).toEqual({ x1: -10, y1: -21, x2: 10, y2: -11 });
		// Two names on one spot: the speaker's takes it first, whatever order they come in.
		const both = farLabelPlaces(
			[sector('topic', at(0, 0), 'concept'), sector('who', at(0, 0), 'speaker')],
			[],
			[],
			1
		);
		expect(both.map((n) => n.id)).toEqual(['who', 'topic']);
		expect(both[0]!.box).toEqual({ x1: -10, y1: 11, x2: 10, y2: 21 });
		expect(both[1]!.box).toEqual({ x1: -10, y1: -21, x2: 10, y2: -11 });
	});

	it(`looks no further than ${FAR_REACH_PX} px out, and inside the view: else the name is left out`, () => {
		// A view that ends just below the node and a wall of labels round the rest, out to the reach.
		const view: Bounds = { x1: -400, y1: -400, x2: 400, y2: 12 };
		const wall: Bounds[] = [
			{ x1: -400, y1: -400, x2: 400, y2: -6 },
			{ x1: -400, y1: -6, x2: -6, y2: 5 },
			{ x1: 6, y1: -6, x2: 400, y2: 5 }
		];
		expect(farLabelPlaces([sector('s', at(0, 0))], [], wall, 1, view)).toEqual([]);
		// A view reaching further down leaves room below.
		const taller = { ...view, y2: 40 };
		expect(farLabelPlaces([sector('s', at(0, 0))], [], wall, 1, taller)[0]!.box.y1).toBe(11);
	});
});

describe('farLabelPlaces, many at once', () => {
	it(`places at most ${MAX_FAR_LABELS}, the first by priority`, () => {
		// Nodes 100 apart in a row, each with room below: more than the cap, speakers last by id.
		const many = Array.from({ length: MAX_FAR_LABELS + 5 }, (_, i) =>
			node(`n${String(i).padStart(3, '0')}`, i < 5 ? 'speaker' : 'concept', at(i * 100, 0), 20, 10)
		).reverse();
		const placed = farLabelPlaces(many, [], [], 1);
		expect(placed).toHaveLength(MAX_FAR_LABELS);
		expect(placed.slice(0, 5).map((p) => p.id)).toEqual(['n000', 'n001', 'n002', 'n003', 'n004']);
	});
});

describe('wrapLines', () => {
	const measure = (text: string) => text.length * 8;

	it('breaks a label at spaces into lines no wider than asked, as the canvas does', () => {
		expect(wrapLines('Digital economy applications', 130, measure)).toEqual([
			'Digital economy',
			'applications'
		]);
		expect(wrapLines('Blockchain', 130, measure)).toEqual(['Blockchain']);
	});

	it('gives a word longer than a line a line of its own, and keeps line breaks', () => {
		expect(wrapLines('a supercalifragilistic b', 40, measure)).toEqual([
			'a',
			'supercalifragilistic',
			'b'
		]);
		expect(wrapLines('one\ntwo', 400, measure)).toEqual(['one', 'two']);
	});
});
