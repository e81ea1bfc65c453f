/**
 * Laying a graph out without a screen: headless Cytoscape, deterministic (the randomness the
 * layouts use is seeded, so the same input gives the same positions on any machine). The build
 * calls it for every document and ships the positions with the graph; the layout worker calls it
 * for a re-layout and for documents that come without positions. The page itself never imports
 * this module: it pulls in the layouts.
 */
import cytoscape from 'cytoscape';
import coseBilkent from 'cytoscape-cose-bilkent';
import fcose from 'cytoscape-fcose';
import type { Graph, GraphLayout } from '../graph/schema';
import { ARRANGEMENTS, DEFAULT_ARRANGEMENT, type Arrangement } from '../graph/vocabulary';
import { arrangeByQuestion, arrangeBySpeaker } from './arrangements';
import { documentLayoutInput, footprints, type LayoutInput } from './layout-input';
import { separate } from './overlap';
import { placeBeside, type Footprint, type Point } from './placement';
import { layoutOptions } from './style';

export type { LayoutEdge, LayoutInput, LayoutNode } from './layout-input';

cytoscape.use(coseBilkent);
cytoscape.use(fcose);

export type LayoutAlgorithm = GraphLayout['algorithm'];

/** Where a layout has got to. */
export interface LayoutProgress {
	phase: 'force' | 'placing' | 'separating' | 'done';
	/** The share of the work done, 0 to 1. */
	done: number;
}

export interface LayoutOptions {
	/** Seed of the layout's randomness. */
	seed?: number;
	/** Force a particular algorithm instead of choosing by size. */
	algorithm?: LayoutAlgorithm;
	onprogress?: (progress: LayoutProgress) => void;
}

export interface LayoutResult {
	algorithm: LayoutAlgorithm;
	positions: Record<string, Point>;
}

export const DEFAULT_SEED = 1;

/**
 * Above this many nodes cose-bilkent is too slow (measured: 1.2 s at 300 nodes, 23 s at 1,000, in
 * the browser) and fcose in draft quality takes over (0.07 s at 300, 0.6 s at 3,000).
 */
export const COSE_BILKENT_MAX_NODES = 300;

/**
 * Overlap removal compares every pair, so it runs only where cose-bilkent does; fcose keeps
 * its own `nodeSeparation`.
 */
const SEPARATE_MAX_NODES = COSE_BILKENT_MAX_NODES;

/** The layout for a graph of `nodes` nodes. */
export function algorithmFor(nodes: number): LayoutAlgorithm {
	return nodes <= COSE_BILKENT_MAX_NODES ? 'cose-bilkent' : 'fcose';
}

/** A small seeded generator (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Runs `work` with `Math.random` replaced by a seeded generator. The layout extensions call
 * `Math.random` directly and take no seed; this is the one place where that is fixed.
 */
function withSeed<T>(seed: number, work: () => T): T {
	const random = Math.random;
	Math.random = seededRandom(seed);
	try {
		return work();
	} finally {
		Math.random = random;
	}
}

/** Rounds to 0.1, and -0 to 0 (JSON writes -0 as 0, so the shipped file would differ). */
const round = (value: number) => Math.round(value * 10) / 10 + 0;

/**
 * Lays out `input`: the nodes not marked `later` by force (cose-bilkent when small, fcose in
 * draft quality when large), nudged apart so that no two overlap, then the `later` nodes beside
 * their neighbours without moving the rest. Positions are rounded to 0.1.
 *
 * @example
 * const { positions } = computeLayout({ nodes: [{ id: 'a', width: 20, height: 20 }], edges: [] });
 */
export function computeLayout(input: LayoutInput, options: LayoutOptions = {}): LayoutResult {
	const seed = options.seed ?? DEFAULT_SEED;
	const report = options.onprogress ?? (() => {});
	const core = input.nodes.filter((node) => !node.later);
	const later = input.nodes.filter((node) => node.later);
	const coreIds = new Set(core.map((node) => node.id));
	const algorithm = options.algorithm ?? algorithmFor(core.length);
	report({ phase: 'force', done: 0 });

	const radius = 60 * Math.sqrt(Math.max(core.length, 1));
	const cy = cytoscape({
		headless: true,
		// Node sizes matter to cose-bilkent; for fcose on a large graph, computing styles would
		// more than double its time (measured), and its node separation does without them.
		styleEnabled: algorithm === 'cose-bilkent',
		style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
		elements: [
			...core.map((node, i) => ({
				group: 'nodes' as const,
				data: { id: node.id, width: node.width, height: node.height },
				position:
					node.x !== undefined && node.y !== undefined
						? { x: node.x, y: node.y }
						: {
								x: radius * Math.cos((2 * Math.PI * i) / core.length),
								y: radius * Math.sin((2 * Math.PI * i) / core.length)
							}
			})),
			...input.edges
				.filter((edge) => coreIds.has(edge.source) && coreIds.has(edge.target))
				.map((edge, i) => ({
					group: 'edges' as const,
					data: { id: `e${i}`, source: edge.source, target: edge.target }
				}))
		]
	});
	withSeed(seed, () => {
		const options =
			algorithm === 'cose-bilkent'
				? { ...layoutOptions, nodeDimensionsIncludeLabels: false, fit: false, animate: false }
				: {
						name: 'fcose',
						quality: 'draft',
						randomize: true,
						animate: false,
						fit: false,
						nodeDimensionsIncludeLabels: false,
						idealEdgeLength: 80,
						nodeRepulsion: 8000,
						nodeSeparation: 90
					};
		cy.layout(options as cytoscape.LayoutOptions).run();
	});
	const placed = new Map<string, Footprint>();
	for (const node of core) {
		const { x, y } = cy.getElementById(node.id).position();
		// Boxes are kept by their middle, which lies below a landmark's position (its label).
		placed.set(node.id, { x, y: y + (node.below ?? 0), width: node.width, height: node.height });
	}
	cy.destroy();

	if (core.length <= SEPARATE_MAX_NODES) {
		report({ phase: 'separating', done: 0.8 });
		const moves = separate(
			[...placed].map(([id, box]) => ({ id, ...box })),
			6
		);
		for (const [id, move] of moves) {
			const box = placed.get(id)!;
			placed.set(id, { ...box, x: box.x + move.dx, y: box.y + move.dy });
		}
	}

	report({ phase: 'placing', done: 0.9 });
	const adjacent = new Map<string, string[]>(input.nodes.map((node) => [node.id, []]));
	for (const edge of input.edges) {
		adjacent.get(edge.source)?.push(edge.target);
		adjacent.get(edge.target)?.push(edge.source);
	}
	const latePositions = placeBeside(placed, later, (id) => adjacent.get(id) ?? []);

	const positions: Record<string, Point> = {};
	for (const node of input.nodes) {
		const p = placed.get(node.id) ?? latePositions.get(node.id)!;
		positions[node.id] = { x: round(p.x), y: round(p.y - (node.below ?? 0)) };
	}
	report({ phase: 'done', done: 1 });
	return { algorithm, positions };
}

/**
 * The layout the build ships with a document's graph: every node positioned in every
 * arrangement (by speaker, by question, and the force layout as the overview), the same on
 * every run and every machine. `positions` holds the one the explorer opens on.
 */
export function layoutDocument(graph: Graph, options: LayoutOptions = {}): GraphLayout {
	const seed = options.seed ?? DEFAULT_SEED;
	const { algorithm, positions: overview } = computeLayout(documentLayoutInput(graph), {
		...options,
		seed
	});
	const sizes = footprints(graph);
	const all: Record<Arrangement, Record<string, Point>> = {
		speaker: arrangeBySpeaker(graph, sizes),
		question: arrangeByQuestion(graph, sizes),
		overview
	};
	const arrangement = DEFAULT_ARRANGEMENT;
	const others = Object.fromEntries(
		ARRANGEMENTS.filter((name) => name !== arrangement).map((name) => [name, all[name]])
	) as GraphLayout['arrangements'];
	return { algorithm, seed, positions: all[arrangement], arrangement, arrangements: others };
}

/**
 * The layout of a graph that changed a little (a claim, a topic or a relation made in the
 * annotation panel), keeping every node that was there where it was, in every arrangement: the
 * new nodes go beside their neighbours, in free space (`placeBeside`); nodes that went are
 * dropped. So the graph grows where the person is looking instead of being laid out afresh.
 * Deterministic, as the rest.
 */
export function keepLayout(graph: Graph, previous: GraphLayout): GraphLayout {
	const sizes = footprints(graph);
	const neighbours = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
	for (const edge of graph.edges) {
		neighbours.get(edge.source)?.push(edge.target);
		neighbours.get(edge.target)?.push(edge.source);
	}
	const keep = (before: Record<string, Point>): Record<string, Point> => {
		// Boxes are kept by their middle, which lies below a landmark's position (its label).
		const placed = new Map<string, Footprint>();
		const newcomers: { id: string; width: number; height: number }[] = [];
		for (const node of graph.nodes) {
			const { width, height, below } = sizes.get(node.id)!;
			const at = before[node.id];
			if (at) placed.set(node.id, { x: at.x, y: at.y + below, width, height });
			else newcomers.push({ id: node.id, width, height });
		}
		const added = placeBeside(placed, newcomers, (id) => neighbours.get(id) ?? []);
		return Object.fromEntries(
			graph.nodes.map((node) => {
				const kept = before[node.id];
				if (kept) return [node.id, kept];
				const box = added.get(node.id)!;
				const below = sizes.get(node.id)!.below;
				return [node.id, { x: round(box.x), y: round(box.y - below) }];
			})
		);
	};
	const arrangements = Object.fromEntries(
		Object.entries(previous.arrangements).map(([name, positions]) => [
			name,
			positions ? keep(positions) : positions
		])
	) as GraphLayout['arrangements'];
	return { ...previous, positions: keep(previous.positions), arrangements };
}
