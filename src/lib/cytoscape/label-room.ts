/**
 * Which of the labels the canvas would draw find room: the level-of-detail rule that keeps
 * labels from being drawn over one another or over other nodes. Plain geometry, no Cytoscape:
 * GraphCanvas measures the boxes and hides the labels this leaves out (they show on hover, in
 * the panel and in the list view).
 *
 * The rule: labels are taken in priority order, and each is drawn in the first place round its
 * node (below, above, right, left) where it lies wholly in the view, clear of every label
 * already drawn and of every other node's body. A name (speaker, organisation, question, topic)
 * with no such place, or the label of a node in an evidence chain, an emphasis or a turn's
 * additions, is drawn a little further out on a leader line ({@link farLabelPlaces}), so that
 * every name on screen and every node of a chain is named; any other label with no place is not
 * drawn. The
 * selection's label is always drawn, below its node; a label under the pointer is always drawn, over the rest on its own background, and
 * takes no room from them (so moving the pointer does not make other labels come and go).
 * Otherwise the order is: an evidence chain, then an emphasis, then what the current turn
 * added, then the rest; within each, by type as figures name them ({@link LABEL_PRIORITY}:
 * speakers, organisations, questions, topics, answers, claims), then better-connected first.
 *
 * A claim whose label is not drawn (hidden at this zoom, smaller on screen than
 * {@link MIN_CLAIM_LABEL_PX}, or with no room) carries its number
 * instead, its key ({@link claimNumbers}), placed by the same rule after every label, clear of
 * the labels and of other nodes: GraphCanvas draws the keys over the canvas. Its full label shows
 * on hover and selection, in the panel and in the list view, all under the same number.
 */
import { LABEL_PRIORITY } from '../export/labels';
import type { Core, NodeSingular } from 'cytoscape';
import type { NodeType } from '../graph/vocabulary';
import { cellKey } from './placement';

/** A box in the graph's model coordinates. */
export interface Bounds {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** Why a label is on show, strongest first. */
export type LabelTier = 'selected' | 'hover' | 'chain' | 'highlighted' | 'added' | 'plain';

const TIER_ORDER: Record<LabelTier, number> = {
	selected: 0,
	hover: 0,
	chain: 1,
	highlighted: 2,
	added: 3,
	plain: 4
};

/** A node whose label the canvas would draw. */
export interface LabelCandidate {
	id: string;
	type: NodeType;
	degree: number;
	tier: LabelTier;
	/** Its node's body. */
	body: Bounds;
	/** The label's size. */
	width: number;
	height: number;
	/**
	 * How far its label's box lies from its body's box, as the canvas measures them (the label's
	 * halo reaches a little into the body, so this is less than the stylesheet's margin).
	 */
	gap?: number;
}

/** Where a label goes round its node, in the order they are tried. */
export const PLACEMENTS = ['below', 'above', 'right', 'left'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** Space between a node and its label (the stylesheet's text margins). */
export const LABEL_GAP = 3;

/** The box of a label of `width` × `height` placed round `body`. */
export function placedLabel(
	body: Bounds,
	width: number,
	height: number,
	placement: Placement,
	gap = LABEL_GAP
): Bounds {
	const cx = (body.x1 + body.x2) / 2;
	const cy = (body.y1 + body.y2) / 2;
	switch (placement) {
		case 'below':
			return {
				x1: cx - width / 2,
				x2: cx + width / 2,
				y1: body.y2 + gap,
				y2: body.y2 + gap + height
			};
		case 'above':
			return {
				x1: cx - width / 2,
				x2: cx + width / 2,
				y1: body.y1 - gap - height,
				y2: body.y1 - gap
			};
		case 'right':
			return {
				x1: body.x2 + gap,
				x2: body.x2 + gap + width,
				y1: cy - height / 2,
				y2: cy + height / 2
			};
		case 'left':
			return {
				x1: body.x1 - gap - width,
				x2: body.x1 - gap,
				y1: cy - height / 2,
				y2: cy + height / 2
			};
	}
}

/** Measured boxes and computed ones may differ by a little: each box kept this much apart. */
const SLACK = 1.5;
const grown = (box: Bounds): Bounds => ({
	x1: box.x1 - SLACK,
	y1: box.y1 - SLACK,
	x2: box.x2 + SLACK,
	y2: box.y2 + SLACK
});

/** Sort key: lower wins the room. */
export function labelRank(candidate: Pick<LabelCandidate, 'type' | 'degree' | 'tier'>): number {
	return (
		TIER_ORDER[candidate.tier] * 1e8 +
		LABEL_PRIORITY[candidate.type] * 1e6 +
		(1e6 - 1 - Math.min(candidate.degree, 1e6 - 1))
	);
}

const inside = (a: Bounds, b: Bounds) =>
	a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;

const overlaps = (a: Bounds, b: Bounds) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Boxes bucketed by a square grid, so a box is tested only against its neighbours. */
class Grid {
	/** The boxes reaching into each cell, by the cell's {@link cellKey}. */
	readonly #cells = new Map<number, { box: Bounds; owner: string; minor: boolean }[]>();
	constructor(readonly cell: number) {}

	add(box: Bounds, owner: string, minor = false): void {
		const entry = { box, owner, minor };
		const x2 = Math.floor(box.x2 / this.cell);
		const y1 = Math.floor(box.y1 / this.cell);
		const y2 = Math.floor(box.y2 / this.cell);
		for (let x = Math.floor(box.x1 / this.cell); x <= x2; x++) {
			for (let y = y1; y <= y2; y++) {
				const key = cellKey(x, y);
				const list = this.#cells.get(key);
				if (list) list.push(entry);
				else this.#cells.set(key, [entry]);
			}
		}
	}

	/** Whether `box` overlaps a box of another owner than `owner` (minor boxes aside, if asked). */
	hits(box: Bounds, owner: string, overMinor = false): boolean {
		const x2 = Math.floor(box.x2 / this.cell);
		const y1 = Math.floor(box.y1 / this.cell);
		const y2 = Math.floor(box.y2 / this.cell);
		for (let x = Math.floor(box.x1 / this.cell); x <= x2; x++) {
			for (let y = y1; y <= y2; y++) {
				const list = this.#cells.get(cellKey(x, y));
				if (!list) continue;
				for (const other of list) {
					if (overMinor && other.minor) continue;
					if (other.owner !== owner && overlaps(box, other.box)) return true;
				}
			}
		}
		return false;
	}
}

/**
 * Where each candidate's label goes, or null where it finds no room. `bodies` are the nodes
 * drawn in the view (by id, so a label is not kept off its own node); a label that the edge of
 * `view` would cut finds no room there either. A label under the pointer is always drawn below
 * its node and takes no room. The selection's label is always drawn, first: where it covers no
 * node if it can (clear of every body, else of the major ones), else below. A name
 * ({@link NAMED_TYPES}) with no room clear of every body may lie over `minor` bodies (claims and
 * answers: a cluster of claims round their speaker must not leave the speaker unnamed), on its
 * halo, still clear of every other label and name.
 *
 * @example
 * const at = (x: number, y: number) => ({ x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 });
 * labelPlaces(
 * 	[
 * 		{ id: 'a', type: 'speaker', degree: 9, tier: 'plain', body: at(0, 0), width: 40, height: 10 },
 * 		{ id: 'b', type: 'claim', degree: 2, tier: 'plain', body: at(0, 30), width: 40, height: 10 }
 * 	],
 * 	[]
 * ); // Map { 'a' => 'below', 'b' => 'below' }: b's label fits under b, clear of a's
 */
export function labelPlaces(
	candidates: readonly LabelCandidate[],
	bodies: readonly { id: string; box: Bounds; minor?: boolean }[],
	view?: Bounds
): Map<string, Placement | null> {
	const heights = candidates.map((c) => c.height).sort((a, b) => a - b);
	const cell = Math.max(8, 4 * (heights[Math.floor(heights.length / 2)] ?? 16));
	const taken = new Grid(cell);
	for (const body of bodies) taken.add(grown(body.box), body.id, body.minor);
	const places = new Map<string, Placement | null>();
	const ordered = [...candidates].sort(
		(a, b) => labelRank(a) - labelRank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	for (const candidate of ordered) {
		if (candidate.tier === 'hover') {
			places.set(candidate.id, 'below');
			continue;
		}
		const fits = (overMinor: boolean) => (placement: Placement) => {
			const box = placedLabel(
				candidate.body,
				candidate.width,
				candidate.height,
				placement,
				candidate.gap
			);
			return (!view || inside(box, view)) && !taken.hits(grown(box), candidate.id, overMinor);
		};
		const place: Placement | null =
			candidate.tier === 'selected'
				? (PLACEMENTS.find(fits(false)) ?? PLACEMENTS.find(fits(true)) ?? 'below')
				: (PLACEMENTS.find(fits(false)) ??
					(NAMED_TYPES.has(candidate.type) ? PLACEMENTS.find(fits(true)) : undefined) ??
					null);
		places.set(candidate.id, place);
		if (place) {
			taken.add(
				grown(placedLabel(candidate.body, candidate.width, candidate.height, place, candidate.gap)),
				candidate.id
			);
		}
	}
	return places;
}

/** A label drawn away from its node, on a leader line: its box, in model coordinates. */
export interface FarLabel {
	id: string;
	box: Bounds;
	/** Its node's centre, when placed. */
	node: { x: number; y: number };
}

/** How far out a name without room beside its node is looked for, in screen pixels. */
export const FAR_REACH_PX = 260;
/** The steps outwards by which it is looked for, in screen pixels. */
const FAR_STEP_PX = 6;
/**
 * At most this many labels are placed away from their nodes (the first by {@link labelRank}):
 * a large graph seen whole would otherwise spend the frame looking for room for thousands.
 */
export const MAX_FAR_LABELS = 300;

/**
 * The directions a name is tried in round its node, at each distance: below, above, right,
 * left first (as beside it), then the diagonals, then between them.
 */
const FAR_DIRECTIONS = [90, 270, 0, 180, 45, 135, 225, 315, 67.5, 112.5, 247.5, 292.5].map(
	(degrees) => {
		// Rounded, so that straight below is straight below (cos 90° is not quite 0 in floating point).
		const exact = (value: number) => Math.round(value * 1e12) / 1e12;
		const radians = (degrees * Math.PI) / 180;
		return { x: exact(Math.cos(radians)), y: exact(Math.sin(radians)) };
	}
);

/**
 * Where the labels that found no room beside their nodes go instead (names, and the nodes of a
 * chain, an emphasis or a turn's additions: {@link makeLabelRoom} chooses): a little further out, on a
 * leader line, in the first spot (nearest first, below before above before the sides) that lies
 * wholly in `view`, clear of `labels` (the boxes of the labels drawn), of the names already
 * placed here and of every node's body, or failing that, for a name, over claims and answers
 * but clear of the rest (as {@link labelPlaces} lets a name lie); at most {@link FAR_REACH_PX} away on screen
 * at `zoom`.
 * Labels are taken in the order of {@link labelRank}, at most {@link MAX_FAR_LABELS} of them. A
 * label with no such spot is left out.
 *
 * @example
 * const at = (x: number, y: number) => ({ x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 });
 * farLabelPlaces(
 * 	[{ id: 's', type: 'sector', degree: 1, tier: 'plain', body: at(0, 0), width: 20, height: 10 }],
 * 	[{ id: 's', box: at(0, 0) }],
 * 	[],
 * 	1
 * ); // [{ id: 's', box: { x1: -10, y1: 11, x2: 10, y2: 21 }, ... }]: below, 6 px further out
 */
export function farLabelPlaces(
	names: readonly LabelCandidate[],
	bodies: readonly { id: string; box: Bounds; minor?: boolean }[],
	labels: readonly Bounds[],
	zoom: number,
	view?: Bounds
): FarLabel[] {
	if (names.length === 0) return [];
	const heights = names.map((c) => c.height).sort((a, b) => a - b);
	const taken = new Grid(Math.max(8, 4 * heights[Math.floor(heights.length / 2)]!));
	for (const body of bodies) taken.add(grown(body.box), body.id, body.minor);
	labels.forEach((box, i) => taken.add(grown(box), `\u0000label-${i}`));
	const ordered = [...names]
		.sort((a, b) => labelRank(a) - labelRank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.slice(0, MAX_FAR_LABELS);
	const placed: FarLabel[] = [];
	for (const name of ordered) {
		const { body, width, height } = name;
		const cx = (body.x1 + body.x2) / 2;
		const cy = (body.y1 + body.y2) / 2;
		const halfW = (body.x2 - body.x1) / 2 + width / 2;
		const halfH = (body.y2 - body.y1) / 2 + height / 2;
		const spot = (overMinor: boolean): Bounds | null => {
			// From just past where a label beside the node would be, outwards.
			for (let out = FAR_STEP_PX / zoom; out <= FAR_REACH_PX / zoom; out += FAR_STEP_PX / zoom) {
				for (const direction of FAR_DIRECTIONS) {
					const x = cx + direction.x * (halfW + out);
					const y = cy + direction.y * (halfH + out);
					const box = {
						x1: x - width / 2,
						y1: y - height / 2,
						x2: x + width / 2,
						y2: y + height / 2
					};
					if ((!view || inside(box, view)) && !taken.hits(grown(box), name.id, overMinor))
						return box;
				}
			}
			return null;
		};
		// Only a name may lie over claims and answers (as beside its node): a claim's long label would hide them.
		const box = spot(false) ?? (NAMED_TYPES.has(name.type) ? spot(true) : null);
		if (!box) continue;
		taken.add(grown(box), name.id);
		placed.push({ id: name.id, box, node: { x: cx, y: cy } });
	}
	return placed;
}

/** A claim's key as the canvas draws it: its number in a box, in model coordinates. */
export interface ClaimKey {
	id: string;
	number: number;
	box: Bounds;
	/** Its node's centre, when placed. */
	node: { x: number; y: number };
	/** Placed away from its node, drawn on a leader line. */
	far?: boolean;
}

/**
 * The smallest a claim's summary is drawn, in screen pixels: smaller, its number stands in
 * (Cytoscape alone would draw it down to half that, or less on a high-density screen).
 */
export const MIN_CLAIM_LABEL_PX = 8;

/**
 * The types whose labels are names (short, and what the reader finds their way by): drawn at
 * {@link MIN_NAME_PX} or more on screen however far the view zooms out ({@link nameFont}).
 */
export const NAMED_TYPES: ReadonlySet<NodeType> = new Set([
	'speaker',
	'organization',
	'question',
	'sector',
	'scenario',
	'concept'
]);

/** A label's line width, in ems of its size (about twenty characters). */
export const LINE_EMS = 11;

/**
 * What a node's data says about its label at size `font`: the size, its line width ({@link
 * LINE_EMS}) and its stacking order (bigger labels on top).
 */
export function labelSizing(font: number): { font: number; wrap: number; z: number } {
	return { font, wrap: LINE_EMS * font, z: Math.round(font) };
}

/** The smallest a name is drawn, in screen pixels. */
export const MIN_NAME_PX = 9;

/**
 * The label size, in model units, of a name whose size at zoom 1 is `base`: `base`, or larger
 * when the view is zoomed out so far that `base` would be drawn under {@link MIN_NAME_PX}.
 *
 * @example
 * nameFont(24, 1); // 24
 * nameFont(24, 0.25); // 36: drawn 9 px high rather than 6
 */
export function nameFont(base: number, zoom: number): number {
	return Math.max(base, MIN_NAME_PX / zoom);
}

/** The smallest the label under the pointer is drawn, in screen pixels: a claim is read there. */
export const MIN_HOVER_PX = 12;

/**
 * The label size, in model units, of the node under the pointer whose label is otherwise
 * `base`: `base`, or larger when the view is zoomed out so far that `base` would be drawn under
 * {@link MIN_HOVER_PX} (a claim's summary is pointed at to be read, at any zoom).
 *
 * @example
 * hoverFont(20, 1); // 20
 * hoverFont(20, 0.2); // 60: drawn 12 px high rather than 4
 */
export function hoverFont(base: number, zoom: number): number {
	return Math.max(base, MIN_HOVER_PX / zoom);
}

/** A key's text size on screen, in pixels (readable whatever the zoom). */
export const KEY_PX = 9;

/** The box a key of `number` takes at `zoom`, in model units: its digits and their halo. */
export function keySize(number: number, zoom: number): { width: number; height: number } {
	const digits = String(number).length;
	return { width: (digits * 0.62 * KEY_PX + 4) / zoom, height: (KEY_PX * 1.25) / zoom };
}

/**
 * Where the keys of claims drawn without their label go: placed as labels are
 * ({@link labelPlaces}), after them and clear of them (`labels`, the boxes of the labels
 * drawn), of the nodes' `bodies` and of one another. A key with no room is left out.
 *
 * @example
 * const at = (x: number, y: number) => ({ x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 });
 * claimKeyPlaces([{ id: 'c', number: 7, body: at(0, 0) }], [], [], 1);
 * // [{ id: 'c', number: 7, box: { x1: -4.79, y1: 7, x2: 4.79, y2: 18.25 }, node: { x: 0, y: 0 } }]:
 * // below its node
 */
export function claimKeyPlaces(
	claims: readonly { id: string; number: number; body: Bounds }[],
	bodies: readonly { id: string; box: Bounds }[],
	labels: readonly Bounds[],
	zoom: number,
	view?: Bounds
): ClaimKey[] {
	const gap = 2 / zoom;
	const candidates: LabelCandidate[] = claims.map(({ id, number, body }) => ({
		id,
		type: 'claim',
		// Lower numbers first when room is short: the order the reader meets them.
		degree: -number,
		tier: 'plain',
		body,
		gap,
		...keySize(number, zoom)
	}));
	// Labels as obstacles, under ids no node has (a NUL character), so they keep every key off.
	const obstacles = [...bodies, ...labels.map((box, i) => ({ id: `\u0000label-${i}`, box }))];
	const places = labelPlaces(candidates, obstacles, view);
	return candidates.flatMap((c, i) => {
		const place = places.get(c.id);
		return place
			? [
					{
						id: c.id,
						number: claims[i]!.number,
						box: placedLabel(c.body, c.width, c.height, place, gap),
						node: { x: (c.body.x1 + c.body.x2) / 2, y: (c.body.y1 + c.body.y2) / 2 }
					}
				]
			: [];
	});
}

/** The class GraphCanvas puts on a node whose label found no room (the stylesheet hides it). */
export const NO_ROOM_CLASS = 'no-room';

/** The classes that move a label from below its node (the stylesheet places them). */
export const PLACEMENT_CLASSES: Record<Exclude<Placement, 'below'>, string> = {
	above: 'label-above',
	right: 'label-right',
	left: 'label-left'
};

const TIER_CLASSES: [LabelTier, string][] = [
	['hover', 'hover'],
	['chain', 'chain'],
	['highlighted', 'highlighted'],
	['added', 'added']
];

/** The keys and far names {@link makeLabelRoom} placed, with the zoom they were placed at. */
export interface PlacedKeys {
	zoom: number;
	keys: ClaimKey[];
	/** Labels drawn away from their node, on a leader line (their node carries {@link NO_ROOM_CLASS}). */
	far: FarLabel[];
}

// Beside the instance, not in `cy.scratch`: setting Cytoscape's scratch restyles every element,
// which would set the rule off again, frame after frame.
const placed = new WeakMap<Core, PlacedKeys>();

/** The claims' keys {@link makeLabelRoom} last placed on `cy`, if any. */
export function placedKeys(cy: Core): PlacedKeys | undefined {
	return placed.get(cy);
}

/** Forgets the keys placed on `cy` (while the view moves on a large graph). */
export function clearKeys(cy: Core): void {
	placed.delete(cy);
}

/**
 * The scale at which Cytoscape's canvas judges a label big enough to draw (its
 * `min-zoomed-font-size`): the zoom times the screen's pixel ratio, rounded up to a power of two
 * (the level of the textures it draws labels into). So on a high-density screen, or just past a
 * power of two, labels show that the zoom alone would hide.
 *
 * @example
 * labelScale(0.255, 1); // 0.5
 * labelScale(0.255, 3); // 1: a phone's screen draws what a laptop's hides
 */
export function labelScale(zoom: number, pixelRatio: number): number {
	return 2 ** Math.ceil(Math.log2(zoom * pixelRatio));
}

/** The pixel ratio Cytoscape's canvas draws at. */
function pixelRatio(cy: Core): number {
	const renderer = (
		cy as unknown as { renderer?: () => { getPixelRatio?: () => number } }
	).renderer?.();
	return renderer?.getPixelRatio?.() ?? globalThis.devicePixelRatio ?? 1;
}

/** Whether the canvas draws `node`'s label at `scale` ({@link labelScale}), before this rule. */
function drawsLabel(node: NodeSingular, scale: number): boolean {
	if (!node.style('label')) return false;
	return node.numericStyle('font-size') * scale >= node.numericStyle('min-zoomed-font-size');
}

/** How far the label's box lies from the body's, on the side where the label now is. */
function measuredGap(node: NodeSingular, body: Bounds, label: Bounds): number {
	if (node.hasClass(PLACEMENT_CLASSES.above)) return body.y1 - label.y2;
	if (node.hasClass(PLACEMENT_CLASSES.right)) return label.x1 - body.x2;
	if (node.hasClass(PLACEMENT_CLASSES.left)) return body.x1 - label.x2;
	return label.y1 - body.y2;
}

const LABEL_ONLY = {
	includeNodes: false,
	includeEdges: false,
	includeLabels: true,
	includeOverlays: false
} as const;
const BODY_ONLY = { includeLabels: false, includeOverlays: false } as const;

/**
 * Applies the rule to what `cy` draws now, keeping labels off the `covered` boxes (what lies over
 * the canvas, in its pixels): sizes the names ({@link nameFont}), places the labels of the nodes in view, puts
 * {@link NO_ROOM_CLASS} on those that find no room, and places the keys of the claims drawn
 * without a label ({@link placedKeys}). Returns how many labels were left out.
 */
export function makeLabelRoom(cy: Core, covered: readonly Bounds[] = []): number {
	const zoom = cy.zoom();
	const scale = labelScale(zoom, pixelRatio(cy));
	// Names first grow to their readable size, then take their room like any label. Sized in
	// steps, so that a zoom does not restyle them on every frame; stacked by size, so a grown
	// name lies over the claims.
	const resized: [NodeSingular, number][] = [];
	cy.nodes().forEach((node) => {
		if (!NAMED_TYPES.has(node.data('type')) || !node.visible()) return;
		const font: number = node.data('font');
		const base: number = node.data('baseFont');
		const wanted = nameFont(base, zoom);
		if (font < wanted || (font > base && font > wanted * 1.25)) resized.push([node, wanted]);
	});
	if (resized.length) {
		cy.batch(() => {
			for (const [node, font] of resized) node.data(labelSizing(font));
		});
		// Restyled now rather than when next measured: Cytoscape measures an element whose style
		// is stale with the label size it last drew, and keeps that box (the label was then drawn
		// clipped to it, its lines over one another), though it draws the label at its new size.
		for (const [node] of resized) node.numericStyle('font-size');
	}
	const view = cy.extent();
	// Whatever reaches into the view, body or label: a node just outside may have a label inside.
	const inView = cy.nodes().filter((node) => node.visible() && overlaps(node.boundingBox(), view));
	// What lies over the canvas (its buttons), in the graph's coordinates: kept clear like a node.
	const pan = cy.pan();
	const bodies: { id: string; box: Bounds; minor: boolean }[] = covered.map((box, i) => ({
		id: `\u0000covered-${i}`,
		box: {
			x1: (box.x1 - pan.x) / zoom,
			y1: (box.y1 - pan.y) / zoom,
			x2: (box.x2 - pan.x) / zoom,
			y2: (box.y2 - pan.y) / zoom
		},
		minor: false
	}));
	const candidates: LabelCandidate[] = [];
	/** Claims whose summary would be drawn too small to read: their number stands in. */
	const tooSmall: string[] = [];
	/** Claims drawn in full (not faded): those left without their label carry their key. */
	const claims: { id: string; number: number; body: Bounds; tier: LabelTier }[] = [];
	const tierOf = (node: NodeSingular): LabelTier =>
		node.selected()
			? 'selected'
			: (TIER_CLASSES.find(([, cls]) => node.hasClass(cls))?.[0] ?? 'plain');
	inView.forEach((node) => {
		const body = node.boundingBox(BODY_ONLY);
		const tier = tierOf(node);
		if (!node.hasClass('faded') && !node.hasClass('dimmed')) {
			bodies.push({ id: node.id(), box: body, minor: !NAMED_TYPES.has(node.data('type')) });
			const number = node.data('number');
			if (typeof number === 'number') claims.push({ id: node.id(), number, body, tier });
		}
		if (!drawsLabel(node, scale)) return;
		if (
			tier === 'plain' &&
			typeof node.data('number') === 'number' &&
			node.numericStyle('font-size') * zoom < MIN_CLAIM_LABEL_PX
		) {
			tooSmall.push(node.id());
			return;
		}
		const label = node.boundingBox(LABEL_ONLY);
		candidates.push({
			id: node.id(),
			type: node.data('type'),
			degree: node.data('degree') ?? 0,
			tier,
			body,
			width: label.x2 - label.x1,
			height: label.y2 - label.y1,
			gap: measuredGap(node, body, label)
		});
	});
	const places = labelPlaces(candidates, bodies, view);
	for (const id of tooSmall) places.set(id, null);
	// Claims drawn without their label carry their key, where it finds room.
	const labels = candidates.flatMap((c) => {
		const place = places.get(c.id);
		return place ? [placedLabel(c.body, c.width, c.height, place, c.gap)] : [];
	});
	// Names, and the labels of a chain, an emphasis or a turn's additions, with no room beside
	// their node are drawn further out, on a leader line.
	const far = farLabelPlaces(
		candidates.filter(
			(c) => places.get(c.id) === null && (NAMED_TYPES.has(c.type) || c.tier !== 'plain')
		),
		bodies,
		labels,
		zoom,
		view
	);
	const drawnFar = new Set(far.map((name) => name.id));
	const keyed = claims.filter((claim) => !places.get(claim.id) && !drawnFar.has(claim.id));
	const drawn = [...labels, ...far.map((name) => name.box)];
	const keys = claimKeyPlaces(keyed, bodies, drawn, zoom, view);
	// A claim of a chain, an emphasis or a turn's additions is always identified: with no room
	// for its key beside it, its key goes further out, on a leader line.
	const near = new Set(keys.map((key) => key.id));
	const farKeys = farLabelPlaces(
		keyed
			.filter((claim) => claim.tier !== 'plain' && !near.has(claim.id))
			.map(({ id, number, body, tier }) => ({
				id,
				type: 'claim' as const,
				degree: -number,
				tier,
				body,
				...keySize(number, zoom)
			})),
		bodies,
		[...drawn, ...keys.map((key) => key.box)],
		zoom,
		view
	);
	const numberOf = new Map(keyed.map((claim) => [claim.id, claim.number]));
	placed.set(cy, {
		zoom,
		far,
		keys: [
			...keys,
			...farKeys.map(({ id, box, node }) => ({
				id,
				number: numberOf.get(id)!,
				box,
				node,
				far: true
			}))
		]
	});
	const classesOf = (place: Placement | null | undefined) =>
		place === null ? NO_ROOM_CLASS : place && place !== 'below' ? PLACEMENT_CLASSES[place] : null;
	const all = [NO_ROOM_CLASS, ...Object.values(PLACEMENT_CLASSES)];
	const changes: [NodeSingular, string | null][] = [];
	cy.nodes(all.map((c) => `.${c}`).join(', '))
		.union(inView)
		.forEach((node) => {
			const wanted = classesOf(places.get(node.id()));
			const has = all.filter((c) => node.hasClass(c));
			if (has.length !== (wanted ? 1 : 0) || (wanted && has[0] !== wanted)) {
				changes.push([node, wanted]);
			}
		});
	if (changes.length) {
		cy.batch(() => {
			for (const [node, wanted] of changes) {
				node.removeClass(all.join(' '));
				if (wanted) node.addClass(wanted);
			}
		});
	}
	return [...places.values()].filter((p) => p === null).length - far.length;
}

/**
 * Calls `run` as `cy` emits `events`: once a frame when `settleMs` is 0; otherwise once none has
 * come for `settleMs`, or, while the reader pans the view or drags a node, once they let go,
 * however long they hold still meanwhile. A pan on a large graph moves a snapshot of the picture
 * (snapshot.ts), in which what `run` changes would not show, and ends with Cytoscape drawing
 * every element afresh: what `run` changes then is drawn in that same frame rather than in a
 * second one after it. A node dragged would have every element drawn afresh between two moves.
 * Returns the function that stops it.
 */
export function whenSettled(
	cy: Core,
	events: string,
	settleMs: number,
	run: () => void
): () => void {
	let frame = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	/** Whether a pan or a node drag is under way (with `settleMs` only). */
	let held = false;
	/** Whether something came while it was. */
	let waiting = false;
	const now = () => {
		frame = 0;
		timer = undefined;
		if (!cy.destroyed()) run();
	};
	const schedule = () => {
		if (held) {
			waiting = true;
		} else if (settleMs > 0) {
			clearTimeout(timer);
			timer = setTimeout(now, settleMs);
		} else if (!frame) {
			frame = requestAnimationFrame(now);
		}
	};
	// Cytoscape emits `dragpan` and `drag` after the move that started them, so what the move
	// scheduled waits too.
	const hold = () => {
		if (settleMs === 0 || held) return;
		held = true;
		waiting = timer !== undefined;
		clearTimeout(timer);
		timer = undefined;
	};
	const letGo = () => {
		if (!held) return;
		held = false;
		if (waiting) now();
		waiting = false;
	};
	cy.on(events, schedule);
	cy.on('dragpan', hold);
	cy.on('drag', 'node', hold);
	cy.on('tapend', letGo);
	cy.on('free', 'node', letGo);
	schedule();
	return () => {
		cy.off(events, schedule);
		cy.off('dragpan', hold);
		cy.off('drag', 'node', hold);
		cy.off('tapend', letGo);
		cy.off('free', 'node', letGo);
		if (frame) cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/**
 * Keeps {@link makeLabelRoom} applied as the view, the classes and the positions change: once a
 * frame on a small graph, once the view is still for `settleMs` on a large one (where placing
 * them every frame would cost more than the frame) or a pan is let go ({@link whenSettled}),
 * calling `after` each time, with no label under what `covered` returns (boxes over the canvas,
 * in its pixels). Returns the function that stops it.
 */
export function keepLabelRoom(
	cy: Core,
	settleMs = 0,
	after?: () => void,
	covered: () => Bounds[] = () => []
): () => void {
	return whenSettled(
		cy,
		'viewport resize add remove position class select unselect style',
		settleMs,
		() => {
			makeLabelRoom(cy, covered());
			after?.();
		}
	);
}
