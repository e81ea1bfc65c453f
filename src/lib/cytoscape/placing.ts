/**
 * Moving the nodes of a live Cytoscape instance: gliding them to computed positions, placing
 * nodes drawn for the first time beside their neighbours, and what a re-layout is given. The
 * canvas calls these; the layouts themselves run in the worker (`layout-client.ts`).
 */
import type { Collection, Core, NodeCollection } from 'cytoscape';
import type { LayoutInput } from './layout-input';
import { placeBeside, type Footprint, type Point } from './placement';
import { LAYOUT_IGNORES, MADE_IN } from './style';

export const ANIMATION = { duration: 350, easing: 'ease-in-out-cubic' } as const;

/** Sizes of nodes by id, as `footprints` gives them. */
export type Sizes = ReadonlyMap<string, { width: number; height: number; below?: number }>;

function sizeOf(sizes: Sizes, id: string) {
	return sizes.get(id) ?? { width: 30, height: 30, below: 0 };
}

/**
 * Puts `newcomers` next to their drawn neighbours, in free space, without moving any other node.
 */
export function placeNewcomers(cy: Core, newcomers: NodeCollection, sizes: Sizes): void {
	if (newcomers.empty()) return;
	const ids = new Set(newcomers.map((node) => node.id()));
	const placed = new Map<string, Footprint>();
	cy.nodes()
		.not('.hidden')
		.forEach((node) => {
			if (ids.has(node.id())) return;
			const { width, height, below = 0 } = sizeOf(sizes, node.id());
			const { x, y } = node.position();
			// Boxes by their middle, which lies below a landmark's position (its label).
			placed.set(node.id(), { x, y: y + below, width, height });
		});
	const positions = placeBeside(
		placed,
		newcomers.map((node) => ({ id: node.id(), ...sizeOf(sizes, node.id()) })),
		(id) =>
			cy
				.getElementById(id)
				.neighborhood('node')
				.map((node) => node.id())
	);
	cy.batch(() => {
		newcomers.forEach((node) => {
			const position = positions.get(node.id());
			const below = sizeOf(sizes, node.id()).below ?? 0;
			if (position) node.position({ x: position.x, y: position.y - below });
		});
	});
}

/**
 * What a re-layout of the drawn graph is given: the drawn nodes from where they are now, and the
 * drawn edges, less a claim's `said-by` edge while the answer it was made in is drawn (that edge
 * would pull every claim onto its speaker).
 */
export function relayoutInput(drawn: Collection, sizes: Sizes): LayoutInput {
	const redundant = drawn
		.edges(LAYOUT_IGNORES)
		.filter((edge) => edge.source().connectedEdges(MADE_IN).not('.hidden').nonempty());
	return {
		nodes: drawn.nodes().map((node) => ({
			id: node.id(),
			...sizeOf(sizes, node.id()),
			...node.position()
		})),
		edges: drawn
			.edges()
			.not(redundant)
			.map((edge) => ({
				source: edge.data('source') as string,
				target: edge.data('target') as string
			}))
	};
}

/** Glides `nodes` to `positions` (or jumps, if not `animate`), resolving when they are there. */
export function moveTo(
	nodes: NodeCollection,
	positions: Readonly<Record<string, Point>>,
	animate: boolean
): Promise<void> {
	return new Promise((done) => {
		const moving = nodes.layout({
			name: 'preset',
			positions: Object.fromEntries(
				nodes.map((node) => [node.id(), positions[node.id()] ?? { ...node.position() }])
			),
			animate,
			animationDuration: ANIMATION.duration,
			animationEasing: ANIMATION.easing,
			fit: false
		});
		moving.one('layoutstop', () => done());
		moving.run();
	});
}

/** Whether any of `nodes` lies (partly) outside the viewport. */
export function outsideViewport(cy: Core, nodes: NodeCollection): boolean {
	if (nodes.empty()) return false;
	const box = nodes.renderedBoundingBox({ includeLabels: false });
	return box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height();
}

/**
 * The viewport that fits `nodes` with `padding` round them, worked out from their positions and
 * sizes alone. Cytoscape's own `fit` measures every label first, which on a large graph holds
 * the main thread for seconds.
 */
export function fitViewport(
	cy: Core,
	nodes: NodeCollection,
	sizes: Sizes,
	padding: number
): { zoom: number; pan: Point } | null {
	if (nodes.empty()) return null;
	let x1 = Infinity;
	let y1 = Infinity;
	let x2 = -Infinity;
	let y2 = -Infinity;
	nodes.forEach((node) => {
		const { x, y } = node.position();
		const { width, height, below = 0 } = sizeOf(sizes, node.id());
		x1 = Math.min(x1, x - width / 2);
		x2 = Math.max(x2, x + width / 2);
		// A landmark's label hangs below it: its footprint's middle lies `below` the node.
		y1 = Math.min(y1, y + below - height / 2);
		y2 = Math.max(y2, y + below + height / 2);
	});
	const w = Math.max(x2 - x1, 1);
	const h = Math.max(y2 - y1, 1);
	const zoom = Math.max(
		cy.minZoom(),
		Math.min(cy.maxZoom(), (cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h)
	);
	return {
		zoom,
		pan: {
			x: cy.width() / 2 - (zoom * (x1 + x2)) / 2,
			y: cy.height() / 2 - (zoom * (y1 + y2)) / 2
		}
	};
}
