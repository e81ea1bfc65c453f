/**
 * Label priority and placement for figures: which node is named first, at what size, and where
 * its label goes so that no two labels overlap. Plain geometry with a text-measuring function
 * passed in, no DOM and no Cytoscape, so the same rules can later serve the canvas.
 *
 * The rules: every node but a claim is named in full (speakers first, then organisations,
 * questions, sectors, scenarios, concepts, answers; better-connected nodes first within a type),
 * beside its node if there is room, else a little further out with a leader line. Claims are
 * named in full when few are shown, beside their node, or once every claim has had its chance
 * there, further out with a leader line; past {@link MAX_CLAIM_LABELS}, or when a claim's label
 * finds no room, the claim carries a number on its node and the figure's key lists number → label.
 * A name that finds no room anywhere (a paper page cannot grow) is numbered and keyed the same
 * way, so every node stays identifiable; {@link LabelPlan.numberedNames} counts them.
 */
import type { NodeType } from '$lib/graph/vocabulary';
import type { FontSpec, Measure } from './figure';

/** Points per CSS pixel (96 px to the inch, 72 pt to the inch). */
export const PT_PER_PX = 0.75;
/** The smallest text a figure draws, in points at the figure's own size. */
export const MIN_LABEL_PT = 8;

/** Names of the interview's landmarks (speakers, organisations, questions). */
export const LANDMARK_FONT: FontSpec = { size: 12, weight: 600 };
/** Names of topics and answers. */
export const NAME_FONT: FontSpec = { size: 12, weight: 400 };
/** A claim's label in full, and its entry in the key. */
export const CLAIM_FONT: FontSpec = { size: 11, weight: 400 };
/** A claim's number on its node. */
export const NUMBER_FONT: FontSpec = { size: 11, weight: 600 };
/** Line height of a label, times its font size. */
export const LABEL_LINE_HEIGHT = 1.2;
/** Width of a label's halo in pixels (drawn on both sides of the glyphs' outline). */
export const HALO_WIDTH = 3;

/** Past this many claims in a figure, every claim is numbered and named in the key. */
export const MAX_CLAIM_LABELS = 10;

/** Which labels win the room: lower first. */
export const LABEL_PRIORITY: Record<NodeType, number> = {
	speaker: 0,
	organization: 1,
	question: 2,
	sector: 3,
	scenario: 4,
	concept: 5,
	answer: 6,
	claim: 7
};

/** A node as a figure shows it: its centre and radius in figure pixels. */
export interface LabelNode {
	id: string;
	type: NodeType;
	label: string;
	degree: number;
	x: number;
	y: number;
	radius: number;
}

/** A label placed in the graph area: its lines, centred on `x`, the first line's top at `top`. */
export interface PlacedLabel {
	id: string;
	kind: 'name' | 'number';
	lines: string[];
	font: FontSpec;
	/** Centre of the box, horizontally. */
	x: number;
	/** Top of the box. */
	top: number;
	width: number;
	height: number;
	/** From the node's rim to the label, when the label sits away from its node. */
	leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** A numbered claim: its number and its label in full. */
export interface KeyEntry {
	number: number;
	id: string;
	label: string;
}

export interface LabelPlan {
	labels: PlacedLabel[];
	key: KeyEntry[];
	/** Nodes that found no room even for a number (none, when the figure is large enough). */
	unplaced: string[];
	/** Nodes other than claims that are numbered because their name found no room. */
	numberedNames: string[];
	/**
	 * Claims numbered because their name found no room, though few enough to be named (not
	 * past {@link MAX_CLAIM_LABELS}): a larger figure may name them.
	 */
	crowdedClaims: string[];
}

interface Box {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

const GAP = 2;
const NAME_WIDTH = 150;
const CLAIM_WIDTH = 190;

const intersects = (a: Box, b: Box, gap = 0) =>
	a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** Breaks a label into lines no wider than `width` at spaces (a long word keeps its line). */
function wrap(text: string, width: number, font: FontSpec, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate, font) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/** The order labels are placed in: by type priority, then by degree, then by id. */
export function byLabelPriority(a: LabelNode, b: LabelNode): number {
	return (
		LABEL_PRIORITY[a.type] - LABEL_PRIORITY[b.type] ||
		b.degree - a.degree ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/**
 * Where a box of `width` × `height` may go round a node: first touching it (below, above, right,
 * left, then the corners), then on rings further out, joined to it by a leader line.
 */
function* candidates(node: LabelNode, width: number, height: number) {
	const r = node.radius + GAP;
	const near: [number, number][] = [
		[0, r + height / 2],
		[0, -r - height / 2],
		[r + width / 2, 0],
		[-r - width / 2, 0],
		[r * 0.7 + width / 2, r * 0.7 + height / 2],
		[-r * 0.7 - width / 2, r * 0.7 + height / 2],
		[r * 0.7 + width / 2, -r * 0.7 - height / 2],
		[-r * 0.7 - width / 2, -r * 0.7 - height / 2]
	];
	for (const [dx, dy] of near) yield { cx: node.x + dx, cy: node.y + dy, leader: false };
	for (let ring = 1; ring <= 16; ring++) {
		const distance = r + ring * 10;
		const steps = 12 + ring * 2;
		for (let step = 0; step < steps; step++) {
			// Start below and go round, so that a label stays under its node where it can.
			const angle = Math.PI / 2 + (2 * Math.PI * step) / steps;
			const cos = Math.cos(angle);
			const sin = Math.sin(angle);
			yield {
				cx: node.x + cos * (distance + (Math.abs(cos) * width) / 2),
				cy: node.y + sin * (distance + (Math.abs(sin) * height) / 2),
				leader: true
			};
		}
	}
}

/**
 * Places the labels of `nodes` (in figure pixels) inside an area of `area` size so that no two
 * overlap and none covers another node, by {@link LABEL_PRIORITY}; see the module's comment for
 * the rules. Deterministic: the same input gives the same plan.
 *
 * @param nodes the nodes to name; `keyOrder` gives the order claims are numbered in
 */
export function placeLabels(
	nodes: readonly LabelNode[],
	area: { width: number; height: number },
	measure: Measure,
	keyOrder: readonly string[] = nodes.map((node) => node.id)
): LabelPlan {
	const placed: Box[] = [];
	const labels: PlacedLabel[] = [];
	const unplaced: string[] = [];
	const bodies = new Map<string, Box>(
		nodes.map((node) => [
			node.id,
			{
				x1: node.x - node.radius,
				y1: node.y - node.radius,
				x2: node.x + node.radius,
				y2: node.y + node.radius
			}
		])
	);
	const inside = (box: Box) =>
		box.x1 >= 1 && box.y1 >= 1 && box.x2 <= area.width - 1 && box.y2 <= area.height - 1;
	const free = (box: Box, owner: string, avoidNodes: boolean) => {
		if (!inside(box)) return false;
		if (placed.some((other) => intersects(box, other, GAP))) return false;
		if (!avoidNodes) return true;
		for (const [id, body] of bodies) if (id !== owner && intersects(box, body)) return false;
		return true;
	};

	const tryPlace = (
		node: LabelNode,
		kind: PlacedLabel['kind'],
		lines: string[],
		font: FontSpec,
		options: { onNode: boolean; far: boolean }
	): boolean => {
		const lineHeight = font.size * LABEL_LINE_HEIGHT;
		const width = Math.max(...lines.map((line) => measure(line, font))) + HALO_WIDTH;
		const height = lines.length * lineHeight + HALO_WIDTH / 2;
		const spots = [
			...(options.onNode ? [{ cx: node.x, cy: node.y, leader: false }] : []),
			...candidates(node, width, height)
		];
		for (const avoidNodes of [true, false]) {
			for (const spot of spots) {
				if (spot.leader && !options.far) break;
				const box = {
					x1: spot.cx - width / 2,
					y1: spot.cy - height / 2,
					x2: spot.cx + width / 2,
					y2: spot.cy + height / 2
				};
				if (!free(box, node.id, avoidNodes)) continue;
				placed.push(box);
				labels.push({
					id: node.id,
					kind,
					lines,
					font,
					x: spot.cx,
					top: box.y1,
					width,
					height,
					leader: spot.leader ? leaderLine(node, box) : null
				});
				return true;
			}
		}
		return false;
	};

	const ordered = [...nodes].sort(byLabelPriority);
	const claims = ordered.filter((node) => node.type === 'claim');
	const numberAll = claims.length > MAX_CLAIM_LABELS;
	const toNumber: LabelNode[] = [];

	for (const node of ordered) {
		if (node.type === 'claim') continue;
		const font = LABEL_PRIORITY[node.type] <= LABEL_PRIORITY.question ? LANDMARK_FONT : NAME_FONT;
		const lines = wrap(node.label, NAME_WIDTH, font, measure);
		// A name that finds no room (on a paper page, which cannot grow) is numbered like a claim.
		if (!tryPlace(node, 'name', lines, font, { onNode: false, far: true })) toNumber.push(node);
	}
	const further: LabelNode[] = [];
	for (const claim of claims) {
		const lines = wrap(claim.label, CLAIM_WIDTH, CLAIM_FONT, measure);
		if (numberAll) toNumber.push(claim);
		else if (!tryPlace(claim, 'name', lines, CLAIM_FONT, { onNode: false, far: false })) {
			further.push(claim);
		}
	}
	// A claim crowded beside its node is named further out, on a leader line, before it is numbered.
	for (const claim of further) {
		const lines = wrap(claim.label, CLAIM_WIDTH, CLAIM_FONT, measure);
		if (!tryPlace(claim, 'name', lines, CLAIM_FONT, { onNode: false, far: true })) {
			toNumber.push(claim);
		}
	}

	const numberedNames = toNumber.filter((node) => node.type !== 'claim').map((node) => node.id);
	const rank = new Map(keyOrder.map((id, index) => [id, index]));
	toNumber.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
	const key: KeyEntry[] = toNumber.map((claim, index) => ({
		number: index + 1,
		id: claim.id,
		label: claim.label
	}));
	// Numbers go in key order, so that crowded claims keep the lower numbers in reading order.
	for (const entry of key) {
		const claim = toNumber[entry.number - 1]!;
		if (
			!tryPlace(claim, 'number', [String(entry.number)], NUMBER_FONT, { onNode: true, far: true })
		) {
			unplaced.push(claim.id);
		}
	}
	const crowdedClaims = numberAll
		? []
		: toNumber.filter((node) => node.type === 'claim').map((node) => node.id);
	return { labels, key, unplaced, numberedNames, crowdedClaims };
}

/** A line from the node's rim towards the nearest point of the label's box. */
function leaderLine(node: LabelNode, box: Box) {
	const x2 = Math.min(Math.max(node.x, box.x1), box.x2);
	const y2 = Math.min(Math.max(node.y, box.y1), box.y2);
	const dx = x2 - node.x;
	const dy = y2 - node.y;
	const length = Math.hypot(dx, dy) || 1;
	return {
		x1: node.x + (dx / length) * node.radius,
		y1: node.y + (dy / length) * node.radius,
		x2,
		y2
	};
}

/** Pairs of labels whose boxes overlap (for checking a plan; a good one has none). */
export function overlappingLabels(labels: readonly PlacedLabel[]): [string, string][] {
	const boxes = labels.map((label) => ({
		id: label.id,
		box: {
			x1: label.x - label.width / 2,
			y1: label.top,
			x2: label.x + label.width / 2,
			y2: label.top + label.height
		}
	}));
	const pairs: [string, string][] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			if (intersects(boxes[i]!.box, boxes[j]!.box)) pairs.push([boxes[i]!.id, boxes[j]!.id]);
		}
	}
	return pairs;
}
