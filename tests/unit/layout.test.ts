import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/lib/annotate/edits';
import { computeLayout, keepLayout, layoutDocument } from '../../src/lib/cytoscape/layout';
import { footprints } from '../../src/lib/cytoscape/layout-input';
import { createLayoutHandler, type LayoutResponse } from '../../src/lib/cytoscape/layout-protocol';
import type { Graph, GraphLayout } from '../../src/lib/graph/schema';
import { compileHarbour, HARBOUR_ANNOTATIONS } from './research-fixture';

const graph: Graph = JSON.parse(
	readFileSync('graph-data/build/five-questions-on-new-infrastructure.graph.json', 'utf8')
);
const withoutLayout: Graph = { ...graph, layout: undefined };

// Each layout takes a few seconds on a busy machine.
describe('the build-time layout', { timeout: 120_000 }, () => {
	const first = layoutDocument(withoutLayout);

	it('positions every node, answers included, with finite numbers', () => {
		expect(Object.keys(first.positions).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
		for (const p of Object.values(first.positions)) {
			expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
		}
		// The interview's five questions each have their answers placed, not left at the origin.
		expect(first.positions['q1-wang-qing']).not.toEqual({ x: 0, y: 0 });
	});

	it('is deterministic: the same graph gives the same positions, as shipped by the build', () => {
		expect(layoutDocument(withoutLayout)).toEqual(first);
		expect(graph.layout).toEqual(first);
	});

	it('does not depend on Math.random outside it, and restores it', () => {
		const random = Math.random;
		Math.random = () => 0.5;
		try {
			expect(layoutDocument(withoutLayout)).toEqual(first);
		} finally {
			Math.random = random;
		}
		expect(Math.random).toBe(random);
	});

	it('leaves no two nodes of the opening view on top of each other', () => {
		const points = Object.values(first.positions);
		const distinct = new Set(points.map((p) => `${p.x},${p.y}`));
		expect(distinct.size).toBe(points.length);
	});

	it('a different seed changes the fcose layout of a large graph, the same seed does not', () => {
		const nodes = Array.from({ length: 350 }, (_, i) => ({ id: `n${i}`, width: 20, height: 20 }));
		const edges = nodes.slice(1).map((n, i) => ({ source: n.id, target: `n${Math.floor(i / 2)}` }));
		const a = computeLayout({ nodes, edges }, { seed: 1 });
		expect(a.algorithm).toBe('fcose');
		expect(computeLayout({ nodes, edges }, { seed: 1 })).toEqual(a);
		expect(computeLayout({ nodes, edges }, { seed: 2 }).positions).not.toEqual(a.positions);
	});
});

describe('the layout worker protocol', () => {
	const input = {
		nodes: [
			{ id: 'a', width: 20, height: 20 },
			{ id: 'b', width: 20, height: 20 },
			{ id: 'c', width: 20, height: 20, later: true }
		],
		edges: [
			{ source: 'a', target: 'b' },
			{ source: 'c', target: 'a' }
		]
	};

	it('start: reports progress, then the result for that job', async () => {
		const sent: LayoutResponse[] = [];
		const handle = createLayoutHandler((r) => sent.push(r), computeLayout);
		await handle({ type: 'start', job: 7, input });
		expect(sent[0]).toEqual({ type: 'progress', job: 7, progress: { phase: 'force', done: 0 } });
		expect(sent.filter((r) => r.type === 'progress').length).toBeGreaterThan(1);
		const last = sent.at(-1)!;
		expect(last.type).toBe('result');
		if (last.type !== 'result') return;
		expect(last.job).toBe(7);
		expect(Object.keys(last.result.positions).sort()).toEqual(['a', 'b', 'c']);
	});

	it('cancel: the job ends with "cancelled" and no result', async () => {
		const sent: LayoutResponse[] = [];
		const handle = createLayoutHandler((r) => sent.push(r), computeLayout);
		const running = handle({ type: 'start', job: 1, input });
		await handle({ type: 'cancel', job: 1 });
		await running;
		expect(sent.map((r) => r.type)).toEqual(['progress', 'cancelled']);
	});

	it('a newer start supersedes the job under way', async () => {
		const sent: LayoutResponse[] = [];
		const handle = createLayoutHandler((r) => sent.push(r), computeLayout);
		const older = handle({ type: 'start', job: 1, input });
		const newer = handle({ type: 'start', job: 2, input });
		await Promise.all([older, newer]);
		expect(sent.filter((r) => r.job === 1).at(-1)?.type).toBe('cancelled');
		expect(sent.filter((r) => r.job === 2).at(-1)?.type).toBe('result');
	});

	it('a failing layout ends the job with an error naming the problem', async () => {
		const sent: LayoutResponse[] = [];
		const handle = createLayoutHandler(
			(r) => sent.push(r),
			() => {
				throw new Error('no nodes');
			}
		);
		await handle({ type: 'start', job: 3, input });
		expect(sent.at(-1)).toEqual({ type: 'error', job: 3, message: 'no nodes' });
	});
});

describe('keepLayout: a graph changed in the annotation panel keeps its nodes where they were', () => {
	// The test document, and the same with a claim added (about shore power, by Tom Becker) and a
	// claim taken away (with the relation that cited it).
	const before = compileHarbour();
	const layout = layoutDocument(before);
	const changed = compileHarbour(
		applyEdit(
			applyEdit(HARBOUR_ANNOTATIONS, {
				op: 'delete',
				collection: 'claims',
				id: 'becker-cargo-too-rare'
			}).text,
			{
				op: 'add-claim',
				id: 'becker-cables-too-costly',
				speaker: 'tom-becker',
				label: 'Cables for cargo ships do not pay',
				quote: 'Cargo ships visit too rarely to pay for the cables.',
				about: ['shore-power']
			}
		).text
	);
	const kept = keepLayout(changed, layout);
	const arrangements = (l: GraphLayout) => ({ positions: l.positions, ...l.arrangements });

	it('puts every node that was there where it was, in every arrangement', () => {
		for (const [name, positions] of Object.entries(arrangements(kept))) {
			const old = arrangements(layout)[name as keyof ReturnType<typeof arrangements>]!;
			for (const node of changed.nodes.filter((n) => n.id !== 'becker-cables-too-costly'))
				expect(positions![node.id], `${name}: ${node.id}`).toEqual(old[node.id]);
		}
	});

	it('places the new claim in every arrangement, and drops the claim that went', () => {
		expect(changed.nodes.map((n) => n.id)).toContain('becker-cables-too-costly');
		expect(changed.nodes.map((n) => n.id)).not.toContain('becker-cargo-too-rare');
		for (const positions of Object.values(arrangements(kept))) {
			expect(Object.keys(positions!).sort()).toEqual(changed.nodes.map((n) => n.id).sort());
			const p = positions!['becker-cables-too-costly']!;
			expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
		}
	});

	it('places the new claim beside its neighbours, clear of every other node', () => {
		const sizes = footprints(changed);
		const box = (positions: Record<string, { x: number; y: number }>, id: string) => {
			const { width, height, below } = sizes.get(id)!;
			const { x, y } = positions[id]!;
			return {
				x1: x - width / 2,
				x2: x + width / 2,
				y1: y + below - height / 2,
				y2: y + below + height / 2
			};
		};
		for (const positions of Object.values(arrangements(kept))) {
			const mine = box(positions!, 'becker-cables-too-costly');
			for (const other of changed.nodes.filter((n) => n.id !== 'becker-cables-too-costly')) {
				const theirs = box(positions!, other.id);
				const overlaps =
					mine.x1 < theirs.x2 && theirs.x1 < mine.x2 && mine.y1 < theirs.y2 && theirs.y1 < mine.y2;
				expect(overlaps, other.id).toBe(false);
			}
			// Nearer its speaker than the graph is wide: beside, not somewhere far off.
			const xs = Object.values(positions!).map((p) => p.x);
			const span = Math.max(...xs) - Math.min(...xs);
			const me = positions!['becker-cables-too-costly']!;
			const speaker = positions!['tom-becker']!;
			expect(Math.hypot(me.x - speaker.x, me.y - speaker.y)).toBeLessThan(span / 2);
		}
	});
});
