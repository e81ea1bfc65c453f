/**
 * A still picture of a document's opening view, made at build time from the positions the build
 * computed and put in the explorer's page (hooks.server.ts): the page shows it in its first
 * paint, while the explorer's code loads and Cytoscape draws the live graph in its place. Nodes
 * in their colours and shapes and edges as the canvas draws them (SVG), the landmarks named (HTML
 * over it); no script, and every text from the document escaped, so it can only ever be shown.
 * Hidden from assistive technology: the page says the graph is loading.
 */
import { positionsOf, turnsOnPortrait } from '../graph/arrangement';
import { GraphIndex, NO_FILTER, visibleSubgraph } from '../graph/query';
import type { Graph, GraphNode } from '../graph/schema';
import { NODE_TYPES, RELATION_NAMES, type NodeType } from '../graph/vocabulary';
import { degrees } from './elements';
import { labelPlaces, nameFont, placedLabel, type Bounds } from './label-room';
import { footprints } from './layout-input';
import {
	DARK_THEME,
	LANDMARKS,
	LIGHT_THEME,
	labelSize,
	nodeSize,
	relationLook,
	typeColour
} from './style';

/** Past this many nodes or edges in the opening view, no picture (it would cost more than it saves). */
export const PREVIEW_MAX_NODES = 6000;
export const PREVIEW_MAX_EDGES = 15000;
/**
 * Past this many nodes and edges in all, the picture draws one path per node type and one per
 * relation rather than an element per node and edge: a few dozen elements for the browser to
 * style and lay out rather than thousands (at 13,000 elements the page's own work was delayed
 * by over a second), and about a third of the bytes.
 */
export const PREVIEW_OUTLINE_ABOVE = 3000;
/** How wide, in pixels, the outline drawing's names are sized for (a laptop's canvas). */
const PICTURE_PX = 1000;

/** Characters a label line holds, as the canvas wraps them (about 11 em). */
const LINE_CHARACTERS = 20;
/** A label character's advance in the sans-serif the names are set in, in ems (a generous mean). */
const CHARACTER_EMS = 0.58;
/** The names' line height, in ems (the page's stylesheet sets the same). */
const LINE_HEIGHT = 1.2;

const escapeXml = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);

const round = (n: number) => Math.round(n * 10) / 10;

/** Words of `text` in lines of about `width` characters. */
export function wrapLabel(text: string, width = LINE_CHARACTERS): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** A node type's outline, on the unit circle: a circle, a square (its corners rounded or not), or a polygon. */
type Outline =
	| { kind: 'circle' }
	| { kind: 'square'; rounded: boolean }
	| { kind: 'polygon'; corners: [number, number][] };

/** Each node type's outline, as the canvas draws it (style.ts's shapes). */
function outlineOf(type: NodeType): Outline {
	switch (type) {
		case 'claim':
			return { kind: 'circle' };
		case 'organization':
			return { kind: 'square', rounded: false };
		case 'answer':
		case 'scenario':
			return { kind: 'square', rounded: true };
		case 'question':
			return {
				kind: 'polygon',
				corners: [
					[0, -1],
					[1, 0],
					[0, 1],
					[-1, 0]
				]
			};
		case 'sector':
			return { kind: 'polygon', corners: regularPolygon(6, 0) };
		case 'speaker':
			return { kind: 'polygon', corners: regularPolygon(8, Math.PI / 8) };
		case 'concept':
			return { kind: 'polygon', corners: regularPolygon(5, -Math.PI / 2, 0.45) };
	}
}

/** The outline of a node of `type`, `size` across, centred on (x, y): an SVG element's opening. */
function shape(type: NodeType, x: number, y: number, size: number): string {
	const r = size / 2;
	const outline = outlineOf(type);
	switch (outline.kind) {
		case 'circle':
			return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(r)}"`;
		case 'square':
			return `<rect x="${round(x - r)}" y="${round(y - r)}" width="${round(size)}" height="${round(size)}"${outline.rounded ? ` rx="${round(r / 3)}"` : ''}`;
		case 'polygon':
			return `<polygon points="${outline.corners.map(([px, py]) => `${round(x + px * r)},${round(y + py * r)}`).join(' ')}"`;
	}
}

/**
 * The outline of a node of `type`, `size` across, centred on (x, y), as path data with whole
 * coordinates (for the outline drawing of a large view, where a unit is well under a pixel;
 * squares have sharp corners there).
 */
function shapePath(type: NodeType, x: number, y: number, size: number): string {
	const r = size / 2;
	const outline = outlineOf(type);
	const whole = Math.round;
	switch (outline.kind) {
		case 'circle':
			return `M${whole(x - r)} ${whole(y)}a${round(r)} ${round(r)} 0 1 0 ${round(2 * r)} 0a${round(r)} ${round(r)} 0 1 0 ${round(-2 * r)} 0Z`;
		case 'square':
			return `M${whole(x - r)} ${whole(y - r)}h${whole(size)}v${whole(size)}h${-whole(size)}Z`;
		case 'polygon':
			return `M${outline.corners.map(([px, py]) => `${whole(x + px * r)} ${whole(y + py * r)}`).join('L')}Z`;
	}
}

/** The corners of a regular polygon (a star if `inner` < 1) round the unit circle. */
function regularPolygon(n: number, turn: number, inner = 1): [number, number][] {
	return Array.from({ length: n * (inner === 1 ? 1 : 2) }, (_, i) => {
		const step = inner === 1 ? n : 2 * n;
		const radius = inner !== 1 && i % 2 ? inner : 1;
		const angle = turn + (2 * Math.PI * i) / step;
		return [radius * Math.cos(angle), radius * Math.sin(angle)];
	});
}

/** What the picture draws: the opening view's nodes with their positions, or null when none is drawn. */
function openingView(graph: Graph) {
	if (!graph.layout) return null;
	const positions = positionsOf(graph.layout, graph.layout.arrangement);
	const opening = visibleSubgraph(new GraphIndex(graph), NO_FILTER);
	if (opening.nodes.size > PREVIEW_MAX_NODES || opening.edges.size > PREVIEW_MAX_EDGES) return null;
	const nodes = graph.nodes.filter((n) => opening.nodes.has(n.id) && positions[n.id]);
	return nodes.length === 0 ? null : { positions, opening, nodes };
}

/**
 * Where the picture writes each landmark's name (the box of its lines, in the picture's model
 * coordinates, turned when `turned`), or null where it finds no room: the canvas's label rule
 * ({@link labelPlaces}), with each name's size estimated from its lines and font.
 */
function nameBoxes(
	landmarks: readonly GraphNode[],
	nodes: readonly GraphNode[],
	positions: Record<string, { x: number; y: number }>,
	degree: Map<string, number>,
	size: (degree: number) => number,
	font: (type: NodeType, degree: number) => number,
	frame: Bounds,
	turned: boolean
): Map<string, Bounds | null> {
	const at = (id: string) => {
		const { x, y } = positions[id]!;
		return turned ? { x: y, y: x } : { x, y };
	};
	const body = (node: GraphNode): Bounds => {
		const { x, y } = at(node.id);
		const r = size(degree.get(node.id) ?? 0) / 2;
		return { x1: x - r, y1: y - r, x2: x + r, y2: y + r };
	};
	const candidates = landmarks.map((node) => {
		const d = degree.get(node.id) ?? 0;
		const fontSize = font(node.type, d);
		const lines = wrapLabel(node.label);
		return {
			id: node.id,
			type: node.type,
			degree: d,
			tier: 'plain' as const,
			body: body(node),
			width: Math.max(...lines.map((line) => line.length)) * CHARACTER_EMS * fontSize,
			height: lines.length * LINE_HEIGHT * fontSize
		};
	});
	const bodies = nodes.map((node) => ({
		id: node.id,
		box: body(node),
		minor: node.type === 'claim' || node.type === 'answer'
	}));
	const view = turned ? { x1: frame.y1, y1: frame.x1, x2: frame.y2, y2: frame.x2 } : frame;
	const places = labelPlaces(candidates, bodies, view);
	return new Map(
		candidates.map((c) => {
			const place = places.get(c.id) ?? null;
			return [c.id, place ? placedLabel(c.body, c.width, c.height, place) : null];
		})
	);
}

/** Whether {@link previewHtml} draws a picture of `graph` (without drawing it). */
export const hasPreview = (graph: Graph): boolean => openingView(graph) !== null;

/**
 * The opening view of `graph` (answers collapsed, in the arrangement the explorer opens on) as
 * an HTML fragment: an SVG drawing whose view box is the footprint the explorer frames, with the
 * landmarks' names over it, sized to fit its container (which must be a CSS size container) as
 * the explorer fits the live graph. Null when the graph has no positions or is past
 * {@link PREVIEW_MAX_NODES} / {@link PREVIEW_MAX_EDGES}.
 */
export function previewHtml(graph: Graph): string | null {
	const view = openingView(graph);
	if (!view) return null;
	const { positions, opening, nodes } = view;
	const degree = degrees(graph);
	const maxDegree = Math.max(0, ...degree.values());
	const size = nodeSize(maxDegree);
	const baseFont = labelSize(maxDegree);
	const feet = footprints(graph);

	// The box the explorer frames: every node's footprint, a landmark's label hanging below it.
	let x1 = Infinity;
	let y1 = Infinity;
	let x2 = -Infinity;
	let y2 = -Infinity;
	for (const node of nodes) {
		const { x, y } = positions[node.id]!;
		const { width, height, below } = feet.get(node.id)!;
		x1 = Math.min(x1, x - width / 2);
		x2 = Math.max(x2, x + width / 2);
		y1 = Math.min(y1, y + below - height / 2);
		y2 = Math.max(y2, y + below + height / 2);
	}

	const drawnEdges = graph.edges.filter(
		(e) => opening.edges.has(e.id) && positions[e.source] && positions[e.target]
	);
	let edges: string[];
	let bodies: string[];
	const outline = nodes.length + drawnEdges.length > PREVIEW_OUTLINE_ABOVE;
	if (outline) {
		// One path per relation and one per node type (see PREVIEW_OUTLINE_ABOVE), in the order
		// of the vocabulary, so that the same graph gives the same picture.
		const paths = (parts: Map<string, string[]>, prefix: string) =>
			[...parts]
				.filter(([, d]) => d.length > 0)
				.map(([key, d]) => `<path class="${prefix}-${key}" d="${d.join('')}"/>`);
		const byRelation = new Map<string, string[]>(RELATION_NAMES.map((r) => [r, []]));
		for (const e of drawnEdges) {
			const a = positions[e.source]!;
			const b = positions[e.target]!;
			byRelation
				.get(e.relation)
				?.push(`M${Math.round(a.x)} ${Math.round(a.y)}L${Math.round(b.x)} ${Math.round(b.y)}`);
		}
		const byType = new Map<string, string[]>(NODE_TYPES.map((t) => [t, []]));
		for (const node of nodes) {
			const { x, y } = positions[node.id]!;
			byType.get(node.type)?.push(shapePath(node.type, x, y, size(degree.get(node.id) ?? 0)));
		}
		edges = paths(byRelation, 'r');
		bodies = paths(byType, 't');
	} else {
		edges = drawnEdges.map((e) => {
			const a = positions[e.source]!;
			const b = positions[e.target]!;
			return `<line class="r-${e.relation}" x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}"/>`;
		});
		bodies = nodes.map((node) => {
			const { x, y } = positions[node.id]!;
			return `${shape(node.type, x, y, size(degree.get(node.id) ?? 0))} class="t-${node.type}"/>`;
		});
	}
	const width = x2 - x1;
	const height = y2 - y1;
	// A large view seen whole would write its names too small to read: in the outline drawing
	// they grow as the canvas grows them (nameFont), for a picture PICTURE_PX across, and fewer
	// find room.
	const font = outline
		? (type: NodeType, d: number) =>
				nameFont(baseFont(type, d), PICTURE_PX / Math.max(width, height))
		: baseFont;
	// On a canvas taller than wide the explorer draws a wide arrangement turned on its side
	// (GraphCanvas), and so does the picture: the drawing transposed, its names upright.
	const turns = turnsOnPortrait(positions);
	// Names as HTML over the drawing (Chromium lays SVG text out several times slower), placed and
	// sized in fractions of the picture's width, so they scale with it as the drawing does.
	const pct = (n: number) => Math.round(n * 1000) / 1000;
	// Each name goes where the canvas's label rule would put it (below its node, else above, to
	// the right or left), clear of every other name and of the nodes, inside the frame; a name
	// with no room is left out, never drawn over another.
	const landmarks = nodes.filter((node) => LANDMARKS.has(node.type));
	const frame = { x1, y1, x2, y2 };
	const places = nameBoxes(landmarks, nodes, positions, degree, size, font, frame, false);
	// Turned on its side (a tall screen), a node lies at (y, x): its name is placed again in that
	// picture, which CSS picks.
	const turnedPlaces = turns
		? nameBoxes(landmarks, nodes, positions, degree, size, font, frame, true)
		: null;
	const labels = landmarks.flatMap((node) => {
		const box = places.get(node.id) ?? null;
		const turnedBox = turnedPlaces?.get(node.id) ?? null;
		if (!box && !turnedBox) return [];
		const fontSize = font(node.type, degree.get(node.id) ?? 0);
		const lines = wrapLabel(node.label).map(escapeXml).join('<br/>');
		// The box's top centre, in fractions of the picture (its centre is where CSS puts --x).
		const style = [
			box
				? `--x:${pct((((box.x1 + box.x2) / 2 - x1) / width) * 100)}%;--y:${pct(((box.y1 - y1) / height) * 100)}%`
				: '--at:none',
			`--size:${pct((fontSize / width) * 100)}cqw`
		];
		if (turns) {
			style.push(
				turnedBox
					? `--turned-x:${pct((((turnedBox.x1 + turnedBox.x2) / 2 - y1) / height) * 100)}%;--turned-y:${pct(((turnedBox.y1 - x1) / width) * 100)}%`
					: '--turned-at:none',
				`--turned-size:${pct((fontSize / height) * 100)}cqw`
			);
		}
		return [`<span style="${style.join(';')}">${lines}</span>`];
	});

	const edgeStyle = (theme: typeof LIGHT_THEME) =>
		RELATION_NAMES.map((relation) => {
			const look = relationLook(relation, theme);
			// In the outline drawing, edges are solid: thousands of them seen whole are too fine to
			// tell a dash from a line, and dashing them costs the browser more than the rest of the
			// picture.
			const dash =
				outline || look.line === 'solid' ? 'none' : look.line === 'dashed' ? '6 4' : '2 3';
			return `.r-${relation}{stroke:${look.colour};stroke-width:${look.width};stroke-dasharray:${dash}}`;
		}).join('');
	const types = [...new Set(nodes.map((n) => n.type))];
	// Scoped to the picture: inline in a page, its rules must not reach the page's own icons.
	const scope = (rules: string) =>
		rules.replace(/(^|\})([^@{}][^{}]*)\{/g, (_, end: string, selectors: string) => {
			const scoped = selectors
				.split(',')
				.map((selector) => `.graph-preview ${selector.trim()}`)
				.join(',');
			return `${end}${scoped}{`;
		});
	const style = [
		`line,path[class^="r-"]{opacity:.6;fill:none}`,
		edgeStyle(LIGHT_THEME),
		types.map((type) => `.t-${type}{fill:${typeColour(type)}}`).join(''),
		`polygon,circle,rect,path[class^="t-"]{stroke:${LIGHT_THEME.background};stroke-width:1.5}`,
		`@media (prefers-color-scheme:dark){${scope(`${edgeStyle(DARK_THEME)}polygon,circle,rect,path[class^="t-"]{stroke:${DARK_THEME.background}}`)}}`
	]
		.map((rules) => (rules.startsWith('@media') ? rules : scope(rules)))
		.join('');
	// The picture keeps the drawing's proportions inside whatever box holds it (a size container):
	// as wide as fits, as Cytoscape frames the graph. Sizes and places are custom properties, which
	// the page's stylesheet applies (DocumentShell), so that it can pick the turned ones.
	return [
		`<div class="graph-preview${turns ? ' turns' : ''}" aria-hidden="true" style="--ratio:${round(width)}/${round(height)};--width:min(100cqw,${pct(width / height)}*100cqh)${turns ? `;--turned-ratio:${round(height)}/${round(width)};--turned-width:min(100cqw,${pct(height / width)}*100cqh)` : ''}">`,
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${round(x1)} ${round(y1)} ${round(width)} ${round(height)}" aria-hidden="true">`,
		`<style>${style}</style>`,
		`<g>${edges.join('')}</g>`,
		`<g>${bodies.join('')}</g>`,
		`</svg>`,
		labels.join(''),
		`</div>`
	].join('');
}
