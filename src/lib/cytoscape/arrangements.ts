/**
 * The arrangements that show an interview's structure, computed by the build beside the force
 * layout: plain geometry over the compiled graph, deterministic, no Cytoscape and no randomness.
 *
 * - **By speaker**: the speakers on an ellipse (the two with the most claims left and right),
 *   each one's claims, questions and organisations gathered round them on a sunflower spiral,
 *   and the topics between them, each pulled towards the speakers who talk about it, so what two
 *   speakers share and where they agree or disagree crosses the middle.
 * - **By question**: the discussion in reading order, one column per question (the introduction
 *   first), its claims beneath it grouped by speaker; the speakers on the left, the topics in a
 *   band underneath, each under the questions that raise it.
 *
 * Every node keeps its footprint (body and, for a landmark, the label under it) clear of every
 * other with a margin, so labels have room. Answers, which start collapsed, are placed last
 * beside their question and claims, as in the force layout.
 */
import type { Graph, GraphNode } from '../graph/schema';
import type { LayoutNode } from './layout-input';
import { FreeSpace, placeBeside, type Footprint, type Point } from './placement';

/** A node's footprint: its size and how far the footprint's middle lies below its position. */
export interface Footprints {
	get(id: string): { width: number; height: number; below: number } | undefined;
}

/** Room kept round every footprint: a little more than the overlap removal of the force layout. */
const GAP = 14;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbours on a sunflower, as a share of the largest footprint. */
const SPACING = 0.56;

/** Places footprints and remembers where, in footprint-centre coordinates. */
class Arranger {
	readonly space = new FreeSpace(140);
	readonly placed = new Map<string, Footprint>();
	constructor(private readonly sizes: Footprints) {}

	size(id: string) {
		return this.sizes.get(id) ?? { width: 20, height: 20, below: 0 };
	}

	/** Puts node `id` at the free spot nearest `near` (a footprint centre). */
	put(id: string, near: Point): Footprint {
		const { width, height } = this.size(id);
		const at = this.space.place(near, width + GAP, height + GAP, 0);
		const box = { x: at.x, y: at.y, width, height };
		this.placed.set(id, box);
		return box;
	}

	/**
	 * Puts `ids` round `centre` on a sunflower spiral (the k-th at radius `step·√k`), each at the
	 * free spot nearest its place on the spiral; `skip` leaves the middle to what is there. With
	 * `towards` (an angle), only the half facing that way is used.
	 */
	sunflower(ids: readonly string[], centre: Point, skip: number, towards?: number): void {
		if (ids.length === 0) return;
		const step = Math.max(...ids.map((id) => Math.max(this.size(id).width, this.size(id).height)));
		const cell = (step + GAP) * SPACING;
		const half = towards !== undefined;
		const first = Math.ceil((skip / cell) ** 2 / (half ? 2 : 1));
		ids.forEach((id, i) => {
			const k = first + i;
			const turn = (k * GOLDEN_ANGLE) % (2 * Math.PI);
			const angle = half ? towards + (turn - Math.PI) / 2 : turn;
			const radius = cell * Math.sqrt(half ? 2 * k : k);
			this.put(id, {
				x: centre.x + radius * Math.cos(angle),
				y: centre.y + radius * Math.sin(angle)
			});
		});
	}

	/**
	 * Every node's position (its body's centre): the placed ones, then `later` beside their
	 * neighbours. Rounded to 0.1.
	 */
	finish(graph: Graph, later: readonly string[]): Record<string, Point> {
		const adjacent = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
		for (const edge of graph.edges) {
			adjacent.get(edge.source)?.push(edge.target);
			adjacent.get(edge.target)?.push(edge.source);
		}
		const newcomers: LayoutNode[] = later.map((id) => ({
			id,
			width: this.size(id).width + GAP,
			height: this.size(id).height + GAP
		}));
		const padded = new Map(
			[...this.placed].map(([id, box]) => [
				id,
				{ ...box, width: box.width + GAP, height: box.height + GAP }
			])
		);
		const beside = placeBeside(padded, newcomers, (id) => adjacent.get(id) ?? []);
		const round = (value: number) => Math.round(value * 10) / 10 + 0;
		const positions: Record<string, Point> = {};
		for (const node of graph.nodes) {
			const p = this.placed.get(node.id) ?? beside.get(node.id)!;
			positions[node.id] = { x: round(p.x), y: round(p.y - this.size(node.id).below) };
		}
		return positions;
	}
}

/** What the arrangements need to know about a graph, read once. */
function readGraph(graph: Graph) {
	const byId = new Map(graph.nodes.map((node) => [node.id, node]));
	const topics = graph.nodes.filter(
		(n) => n.type === 'sector' || n.type === 'scenario' || n.type === 'concept'
	);
	/** Topics each claim or question is about. */
	const about = new Map<string, string[]>();
	/** Organisations of each speaker. */
	const organisations = new Map<string, string[]>();
	/** The answer each claim was made in. */
	const madeIn = new Map<string, string>();
	for (const edge of graph.edges) {
		if (edge.relation === 'about') {
			const list = about.get(edge.source) ?? [];
			list.push(edge.target);
			about.set(edge.source, list);
		} else if (edge.relation === 'affiliated-with') {
			const list = organisations.get(edge.source) ?? [];
			list.push(edge.target);
			organisations.set(edge.source, list);
		} else if (edge.relation === 'made-in') {
			madeIn.set(edge.source, edge.target);
		}
	}
	const speakerOf = (node: GraphNode): string | null =>
		node.type === 'claim' || node.type === 'question' || node.type === 'answer'
			? node.speaker
			: null;
	return { byId, topics, about, organisations, madeIn, speakerOf };
}

/** The speakers, the one with the most claims first (ties in document order). */
function speakersByClaims(graph: Graph): string[] {
	const claims = new Map<string, number>();
	for (const node of graph.nodes) {
		if (node.type === 'claim') claims.set(node.speaker, (claims.get(node.speaker) ?? 0) + 1);
	}
	return graph.nodes
		.filter((n) => n.type === 'speaker')
		.map((n, order) => ({ id: n.id, count: claims.get(n.id) ?? 0, order }))
		.sort((a, b) => b.count - a.count || a.order - b.order)
		.map((s) => s.id);
}

/**
 * Slots on a circle for `n` speakers, in the order they are handed out: the first two opposite
 * each other (left and right), then the rest in the gaps.
 */
function speakerAngles(n: number): number[] {
	const slots = Array.from({ length: n }, (_, i) => Math.PI + (2 * Math.PI * i) / n);
	const half = Math.floor(n / 2);
	const order: number[] = [];
	for (let i = 0; i < half || half + i < n; i++) {
		if (i < half) order.push(i);
		if (half + i < n) order.push(half + i);
	}
	return order.map((slot) => slots[slot]!);
}

/**
 * The by-speaker arrangement: every node of `graph` positioned, the answers (collapsed at first)
 * beside their question and claims.
 *
 * @param sizes each node's footprint, as the canvas draws it
 */
export function arrangeBySpeaker(graph: Graph, sizes: Footprints): Record<string, Point> {
	const { byId, topics, about, organisations, speakerOf } = readGraph(graph);
	const arranger = new Arranger(sizes);
	const speakers = speakersByClaims(graph);
	const members = new Map<string, string[]>(speakers.map((id) => [id, []]));
	// Claims nearest their speaker, then the questions they asked (wider, with their labels).
	for (const type of ['claim', 'question'] as const) {
		for (const node of graph.nodes) {
			if (node.type !== type) continue;
			const speaker = speakerOf(node);
			if (speaker !== null) members.get(speaker)?.push(node.id);
		}
	}
	const area = (ids: readonly string[]) =>
		ids.reduce((sum, id) => {
			const { width, height } = arranger.size(id);
			return sum + (width + GAP) * (height + GAP);
		}, 0);
	// The radius each speaker's group needs, its organisations round the outside included.
	const reach = new Map(
		speakers.map((id) => {
			const group = [id, ...(members.get(id) ?? []), ...(organisations.get(id) ?? [])];
			return [id, Math.sqrt(area(group) / Math.PI) * 1.25];
		})
	);
	const topicReach = Math.sqrt(area(topics.map((t) => t.id)) / Math.PI) * 1.2;
	// Each group just clear of the topics in the middle, a little wider than tall as screens are.
	const angles = speakerAngles(speakers.length);
	const home = new Map<string, Point>(
		speakers.map((id, i) => {
			// The topics' room is wider than tall: the groups left and right stand further out.
			const cos = Math.cos(angles[i]!);
			const sin = Math.sin(angles[i]!);
			const room = topicReach * (0.45 + 0.3 * Math.abs(cos));
			const distance = speakers.length <= 1 ? 0 : reach.get(id)! + room;
			return [id, { x: distance * 1.2 * cos, y: distance * sin }];
		})
	);
	const ry = Math.max(0, ...[...home.values()].map((p) => p.y));
	const outward = (id: string): Point => {
		const p = home.get(id)!;
		const length = Math.hypot(p.x, p.y) || 1;
		return { x: p.x / length, y: p.y / length };
	};
	for (const id of speakers) arranger.put(id, home.get(id)!);

	for (const id of speakers) {
		const centre = home.get(id)!;
		const speakerBox = arranger.placed.get(id)!;
		const group = members.get(id) ?? [];
		const claims = group.filter((member) => byId.get(member)?.type === 'claim');
		arranger.sunflower(claims, centre, Math.max(speakerBox.width, speakerBox.height) / 2 + GAP);
		// The questions a speaker asked (wide, with their labels) on the outer side, clear of
		// the topics in the middle; organisations beyond.
		const out = outward(id);
		const furthest = Math.max(
			Math.max(speakerBox.width, speakerBox.height) / 2,
			...claims.map((claim) => {
				const box = arranger.placed.get(claim)!;
				return Math.hypot(box.x - centre.x, box.y - centre.y) + box.width / 2;
			})
		);
		arranger.sunflower(
			group.filter((member) => byId.get(member)?.type !== 'claim'),
			centre,
			furthest + GAP,
			Math.atan2(out.y, out.x)
		);
		for (const organisation of organisations.get(id) ?? []) {
			if (arranger.placed.has(organisation)) continue;
			arranger.put(organisation, {
				x: centre.x + out.x * reach.get(id)! * 0.5,
				y: centre.y + out.y * reach.get(id)! * 0.5
			});
		}
	}
	// Topics between the speakers who talk about them, weighted by how often.
	const talk = new Map<string, Map<string, number>>();
	for (const [source, targets] of about) {
		const node = byId.get(source);
		const speaker = node ? speakerOf(node) : null;
		if (speaker === null || !home.has(speaker)) continue;
		for (const topic of targets) {
			const counts = talk.get(topic) ?? new Map<string, number>();
			counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
			talk.set(topic, counts);
		}
	}
	const ordered = [...topics].sort(
		(a, b) =>
			[...(talk.get(b.id)?.values() ?? [])].reduce((s, c) => s + c, 0) -
			[...(talk.get(a.id)?.values() ?? [])].reduce((s, c) => s + c, 0)
	);
	for (const topic of ordered) {
		let x = 0;
		let y = 0;
		let total = 0;
		for (const [speaker, count] of talk.get(topic.id) ?? []) {
			const p = home.get(speaker)!;
			x += p.x * count;
			y += p.y * count;
			total += count;
		}
		// Halfway from the middle to where its speakers are: shared topics in the middle,
		// one speaker's topics on that side, never inside a group.
		arranger.put(
			topic.id,
			total === 0 ? { x: 0, y: 0 } : { x: (x / total) * 0.45, y: (y / total) * 0.45 }
		);
	}

	const rest = graph.nodes
		.filter((n) => n.type !== 'answer' && !arranger.placed.has(n.id))
		.map((n) => n.id);
	for (const id of rest) arranger.put(id, { x: 0, y: ry });
	return arranger.finish(
		graph,
		graph.nodes.filter((n) => n.type === 'answer').map((n) => n.id)
	);
}

/**
 * The by-question arrangement: every node of `graph` positioned, the answers (collapsed at
 * first) beside their question and claims.
 *
 * @param sizes each node's footprint, as the canvas draws it
 */
export function arrangeByQuestion(graph: Graph, sizes: Footprints): Record<string, Point> {
	const { byId, topics, about, organisations, madeIn } = readGraph(graph);
	const arranger = new Arranger(sizes);
	const questions = graph.nodes
		.filter((n) => n.type === 'question')
		.sort((a, b) => a.number - b.number);
	const speakers = speakersByClaims(graph);
	const speakerRank = new Map(speakers.map((id, i) => [id, i]));
	// Each claim under the question whose answer it was made in; the rest (the introduction's)
	// in a column of their own before the first question.
	const columns = new Map<string | null, string[]>([
		[null, []],
		...questions.map((q) => [q.id, []] as [string, string[]])
	]);
	for (const node of graph.nodes) {
		if (node.type !== 'claim') continue;
		const answer = byId.get(madeIn.get(node.id) ?? '');
		const question = answer?.type === 'answer' ? answer.question : null;
		(columns.get(columns.has(question) ? question : null) ?? []).push(node.id);
	}
	const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
	for (const ids of columns.values()) {
		ids.sort((a, b) => {
			const sa = byId.get(a)!;
			const sb = byId.get(b)!;
			const speakerA = sa.type === 'claim' ? (speakerRank.get(sa.speaker) ?? 0) : 0;
			const speakerB = sb.type === 'claim' ? (speakerRank.get(sb.speaker) ?? 0) : 0;
			return speakerA - speakerB || order.get(a)! - order.get(b)!;
		});
	}
	const shown = [...columns].filter(([question, ids]) => question !== null || ids.length > 0);
	const claimCell = Math.max(
		24,
		...graph.nodes
			.filter((n) => n.type === 'claim')
			.map((n) => Math.max(arranger.size(n.id).width, arranger.size(n.id).height))
	);
	const cell = claimCell + GAP;
	const tallest = Math.max(1, ...shown.map(([, ids]) => ids.length));
	// Columns about three cells wide, more when a question has many claims, so the whole is
	// wider than tall, as screens are.
	const across = Math.max(3, Math.ceil(Math.sqrt(tallest / 2)));
	const headWidth = Math.max(
		across * cell,
		...questions.map((q) => arranger.size(q.id).width + GAP)
	);
	const columnWidth = headWidth + cell;
	const headHeight = Math.max(40, ...questions.map((q) => arranger.size(q.id).height)) + GAP;
	let bottom = 0;
	shown.forEach(([question, ids], column) => {
		const x = column * columnWidth;
		// Bodies on one row, their labels (of differing heights) hanging under them.
		if (question !== null) arranger.put(question, { x, y: arranger.size(question).below });
		const top = headHeight / 2 + cell;
		ids.forEach((id, i) => {
			const row = Math.floor(i / across);
			const place = i % across;
			const y = top + row * cell;
			arranger.put(id, { x: x + (place - (across - 1) / 2) * cell, y });
			bottom = Math.max(bottom, y);
		});
	});

	// The speakers down the left, their organisations beside them.
	const left = -columnWidth;
	let y = 0;
	for (const id of speakers) {
		const box = arranger.put(id, { x: left, y });
		for (const organisation of organisations.get(id) ?? []) {
			if (!arranger.placed.has(organisation))
				arranger.put(organisation, { x: left - box.width - GAP, y });
		}
		y += box.height + cell;
	}

	// The topics in a band underneath, each under the claims and questions about it.
	const near = new Map<string, number[]>();
	for (const [source, targets] of about) {
		const box = arranger.placed.get(source);
		if (!box) continue;
		for (const topic of targets) near.set(topic, [...(near.get(topic) ?? []), box.x]);
	}
	const band = Math.max(bottom, y) + cell * 2;
	const ordered = [...topics].sort(
		(a, b) => (near.get(b.id)?.length ?? 0) - (near.get(a.id)?.length ?? 0)
	);
	const middle = ((shown.length - 1) * columnWidth) / 2;
	for (const topic of ordered) {
		const xs = near.get(topic.id) ?? [];
		const x = xs.length > 0 ? xs.reduce((s, v) => s + v, 0) / xs.length : middle;
		arranger.put(topic.id, { x, y: band });
	}
	const rest = graph.nodes
		.filter((n) => n.type !== 'answer' && !arranger.placed.has(n.id))
		.map((n) => n.id);
	arranger.sunflower(rest, { x: left, y: band }, 0);
	return arranger.finish(
		graph,
		graph.nodes.filter((n) => n.type === 'answer').map((n) => n.id)
	);
}
