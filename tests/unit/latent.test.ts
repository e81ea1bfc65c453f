import { describe, expect, it } from 'vitest';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { attachLatent, Latent, nodePlaces } from '../../src/lib/cytoscape/latent';

/** Ids of what `take` gave, in the order it gave them (nodes, then edges). */
const given = ({ nodes, edges }: ReturnType<Latent['take']>) =>
	[...nodes, ...edges].map((e) => e.data.id);

/** A held node's position, or undefined if the node is not held. */
const heldAt = (latent: Latent, id: string) =>
	latent.nodes().find((node) => node.data.id === id)?.position;

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
		const taken = given(latent.take(['q1-a1', 'q1', 'a1']));
		expect(taken).toEqual(['q1', 'a1', 'q1-a1']);
		expect(latent.size).toBe(2);
		expect(latent.has('c1')).toBe(true);
		expect(latent.has('q1')).toBe(false);
	});

	it('keeps an edge while one of its ends is still held, and gives it with that end', () => {
		const latent = new Latent();
		latent.reset(elements());
		latent.take(['a1']);
		expect(given(latent.take(['a1-c1']))).toEqual([]);
		expect(latent.has('a1-c1')).toBe(true);
		expect(given(latent.take(['a1-c1', 'c1']))).toEqual(['c1', 'a1-c1']);
	});

	it('what it gives can be added to Cytoscape in that order', () => {
		const latent = new Latent();
		latent.reset(elements());
		const cy = cytoscape({ headless: true });
		for (const ids of [
			['q1-a1', 'a1', 'q1'],
			['a1-c1', 'c1']
		]) {
			const { nodes, edges } = latent.take(ids);
			cy.add([...nodes, ...edges]);
		}
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
		expect(heldAt(latent, 'a1')).toEqual({ x: 0, y: 100 });
		expect(heldAt(latent, 'c1')).toEqual({ x: 100, y: 80 });
		expect(heldAt(latent, 'q1')).toBeUndefined();
		expect(heldAt(latent, 'q1-a1')).toBeUndefined();
		expect(latent.nodeIds().sort()).toEqual(['a1', 'c1']);
	});

	it('nodePlaces reads drawn nodes from Cytoscape and the rest from what is held', () => {
		const latent = new Latent();
		latent.reset(elements());
		const cy = cytoscape({ headless: true, styleEnabled: true });
		cy.style([{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }]);
		attachLatent(cy, latent);
		cy.add(latent.take(['q1']).nodes);
		cy.getElementById('q1').position({ x: 5, y: 6 });
		const { positions, sizes } = nodePlaces(cy);
		expect(positions).toEqual({ q1: { x: 5, y: 6 }, a1: { x: 100, y: 0 }, c1: { x: 100, y: 80 } });
		expect(sizes).toEqual({ q1: 40, a1: 30, c1: 20 });
	});
});
