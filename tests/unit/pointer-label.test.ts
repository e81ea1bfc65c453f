/**
 * What a large graph does for the node under the pointer and for a moving view: the label laid
 * over the canvas (pointer-label.ts), and when the label rule runs (label-room.ts).
 */
import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenSettled } from '../../src/lib/cytoscape/label-room';
import { placePointerLabel } from '../../src/lib/cytoscape/pointer-label';

describe('placePointerLabel', () => {
	const canvas = { width: 400, height: 300 };
	const size = { width: 80, height: 20 };

	it('centres the label below its node', () => {
		expect(placePointerLabel({ x: 100, below: 60, above: 40 }, size, canvas)).toEqual({
			left: 60,
			top: 60
		});
	});

	it('puts it above the node when there is no room below', () => {
		expect(placePointerLabel({ x: 100, below: 285, above: 265 }, size, canvas)).toEqual({
			left: 60,
			top: 245
		});
	});

	it('moves it along just enough to keep it inside the canvas, 4 px from each edge', () => {
		expect(placePointerLabel({ x: 10, below: 60, above: 40 }, size, canvas).left).toBe(4);
		expect(placePointerLabel({ x: 395, below: 60, above: 40 }, size, canvas).left).toBe(316);
		// A node above the top edge: the label stays in.
		expect(placePointerLabel({ x: 100, below: -10, above: -30 }, size, canvas).top).toBe(4);
	});

	it('starts a label wider than the canvas at its left margin', () => {
		expect(
			placePointerLabel({ x: 100, below: 60, above: 40 }, { width: 500, height: 20 }, canvas).left
		).toBe(4);
	});
});

describe('whenSettled', () => {
	let cy: cytoscape.Core;
	beforeEach(() => {
		vi.useFakeTimers();
		cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
	});
	afterEach(() => {
		cy.destroy();
		vi.useRealTimers();
	});

	it('runs once the view has been still for the time given', () => {
		const run = vi.fn();
		whenSettled(cy, 'viewport', 150, run);
		vi.advanceTimersByTime(150);
		expect(run).toHaveBeenCalledTimes(1);
		cy.pan({ x: 10, y: 0 });
		vi.advanceTimersByTime(100);
		cy.pan({ x: 20, y: 0 });
		vi.advanceTimersByTime(100);
		expect(run).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(50);
		expect(run).toHaveBeenCalledTimes(2);
	});

	/** `run`, called by `whenSettled` on `viewport` after 150 ms, past the run it starts with. */
	const pastFirstRun = () => {
		const run = vi.fn();
		whenSettled(cy, 'viewport', 150, run);
		vi.advanceTimersByTime(150);
		run.mockClear();
		return run;
	};

	it('runs at once when a pan is let go, and not again after', () => {
		const run = pastFirstRun();
		cy.pan({ x: 10, y: 0 });
		cy.emit('dragpan');
		cy.emit('tapend');
		expect(run).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(500);
		expect(run).toHaveBeenCalledTimes(1);
	});

	it('waits for a pan held still to be let go', () => {
		const run = pastFirstRun();
		cy.pan({ x: 10, y: 0 });
		cy.emit('dragpan');
		vi.advanceTimersByTime(300);
		cy.pan({ x: 20, y: 0 });
		cy.emit('dragpan');
		vi.advanceTimersByTime(300);
		expect(run).not.toHaveBeenCalled();
		cy.emit('tapend');
		expect(run).toHaveBeenCalledTimes(1);
	});

	it('waits as before when a tap ends without a pan, or with nothing to run', () => {
		const run = pastFirstRun();
		// A pan let go with nothing waiting runs nothing.
		cy.emit('dragpan');
		cy.emit('tapend');
		expect(run).not.toHaveBeenCalled();
		// A tap after it is a tap, not the end of a pan.
		cy.pan({ x: 10, y: 0 });
		cy.emit('tapend');
		expect(run).not.toHaveBeenCalled();
		vi.advanceTimersByTime(150);
		expect(run).toHaveBeenCalledTimes(1);
	});

	it('waits for a node dragged on a large graph to be let go, however slowly it moves, then runs once', () => {
		const run = pastFirstRun();
		const node = cy.$id('a');
		for (let step = 1; step <= 3; step++) {
			node.position({ x: 10 * step, y: 0 });
			node.emit('drag');
			cy.pan({ x: step, y: 0 });
			vi.advanceTimersByTime(300);
		}
		expect(run).not.toHaveBeenCalled();
		node.emit('free');
		expect(run).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(500);
		expect(run).toHaveBeenCalledTimes(1);
		// A node grabbed and let go without a drag is a tap: the wait is as before.
		node.emit('grab');
		node.emit('free');
		expect(run).toHaveBeenCalledTimes(1);
	});

	it('places labels every frame of a drag on a small graph', () => {
		let frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
			frames.push(callback);
			return frames.length;
		});
		const nextFrame = () => {
			const due = frames;
			frames = [];
			for (const callback of due) callback(0);
		};
		const run = vi.fn();
		whenSettled(cy, 'viewport', 0, run);
		nextFrame();
		run.mockClear();
		const node = cy.$id('a');
		for (let step = 1; step <= 3; step++) {
			node.emit('drag');
			cy.pan({ x: step, y: 0 });
			nextFrame();
		}
		expect(run).toHaveBeenCalledTimes(3);
		vi.unstubAllGlobals();
	});

	it('stops when asked', () => {
		const run = vi.fn();
		const stop = whenSettled(cy, 'viewport', 150, run);
		stop();
		cy.pan({ x: 10, y: 0 });
		cy.emit('dragpan');
		cy.emit('tapend');
		vi.advanceTimersByTime(500);
		expect(run).not.toHaveBeenCalled();
	});
});
