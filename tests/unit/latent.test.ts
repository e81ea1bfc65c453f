import { describe, expect, it } from 'vitest';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { attachLatent, Latent, nodePlaces } from '../../src/lib/cytoscape/latent';

// A question, its answer and a claim in the answer, written out by hand.
const elements = (): ElementDefinition[] => [
	{ group: 'nodes', data: { id: 'q1', size: 40 }, position: { x: 0, y: 0 } },
	{ group: 'nodes', data: { id: 'a1', size: 30 }, position: { x: 100, y: 0 } },
	{ group: 'nodes', data: { id: 'c1', size: 20 }, position: { x: 100, y: 80 } },
	{ group: 'edges', data: { id: 'q1-a1', source: 'q1', target: 'a1' } },
	{ group: 'edges', data: { id: 'a1-c1', source: 'a1', target: 'c1' } }
];

describe('Latent: elements added to the canvas only when first shown', () => {
	it('gives nodes before edges, and only what was asked for', () => {
		const latent = new Latent();
		latent.reset(elements());
		const taken = latent.take(['q1-a1', 'q1', 'a1']).map((e) => e.data.id);
		expect(taken).toEqual(['q1', 'a1', 'q1-a1']);
		expect(latent.size).toBe(2);
		expect(latent.has('c1')).toBe(true);
		expect(latent.has('q1')).toBe(false);
	});

	it('keeps an edge while one of its ends is still held, and gives it with that end', () => {
		const latent = new Latent();
		latent.reset(elements());
		latent.take(['a1']);
		expect(latent.take(['a1-c1']).map((e) => e.data.id)).toEqual([]);
		expect(latent.has('a1-c1')).toBe(true);
		expect(latent.take(['a1-c1', 'c1']).map((e) => e.data.id)).toEqual(['c1', 'a1-c1']);
	});

	it('what it gives can be added to Cytoscape in that order', () => {
		const latent = new Latent();
		latent.reset(elements());
		const cy = cytoscape({ headless: true });
		cy.add(latent.take(['q1-a1', 'a1', 'q1']));
		cy.add(latent.take(['a1-c1', 'c1']));
		expect(
			cy
				.nodes()
				.map((n) => n.id())
				.sort()
		).toEqual(['a1', 'c1', 'q1']);
		expect(
			cy
				.edges()
				.map((e) => e.id())
				.sort()
		).toEqual(['a1-c1', 'q1-a1']);
		expect(latent.size).toBe(0);
	});

	it('moves the nodes it holds, and leaves those the mover skips where they were', () => {
		const latent = new Latent();
		latent.reset(elements());
		latent.take(['q1']);
		latent.moveNodes((id, at) => (id === 'a1' ? { x: at!.y, y: at!.x } : null));
		expect(latent.node('a1')?.position).toEqual({ x: 0, y: 100 });
		expect(latent.node('c1')?.position).toEqual({ x: 100, y: 80 });
		expect(latent.node('q1')).toBeUndefined();
		expect(latent.node('q1-a1')).toBeUndefined();
		expect(latent.nodeIds().sort()).toEqual(['a1', 'c1']);
	});

	it('nodePlaces reads drawn nodes from Cytoscape and the rest from what is held', () => {
		const latent = new Latent();
		latent.reset(elements());
		const cy = cytoscape({ headless: true, styleEnabled: true });
		cy.style([{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }]);
		attachLatent(cy, latent);
		cy.add(latent.take(['q1']));
		cy.getElementById('q1').position({ x: 5, y: 6 });
		const { positions, sizes } = nodePlaces(cy);
		expect(positions).toEqual({ q1: { x: 5, y: 6 }, a1: { x: 100, y: 0 }, c1: { x: 100, y: 80 } });
		expect(sizes).toEqual({ q1: 40, a1: 30, c1: 20 });
	});
});
