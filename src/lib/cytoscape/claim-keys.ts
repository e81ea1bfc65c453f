/**
 * Draws what the label rule (label-room.ts) places beside Cytoscape's own labels, on a canvas
 * laid over Cytoscape's: the claims' keys (a node has one label, and a claim's is its summary,
 * so its number is drawn here, in a dark shade of the claims' colour with the labels' halo), and
 * the names that found no room beside their node, drawn further out on a leader line in the
 * labels' own font, colour and halo. Both follow their nodes as the view moves; where they go
 * is worked out again by the label rule once it runs.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { KEY_PX, NO_ROOM_CLASS, placedKeys, type Bounds } from './label-room';
import { FONT, type GraphTheme } from './style';

/**
 * `text` broken into lines no wider than `width` as `measure` measures them, at spaces (a word
 * longer than the line has a line of its own), as Cytoscape wraps a label.
 *
 * @example
 * wrapLines('Digital economy applications', 100, (s) => s.length * 8);
 * // ['Digital economy', 'applications']
 */
export function wrapLines(
	text: string,
	width: number,
	measure: (text: string) => number
): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			const longer = line ? `${line} ${word}` : word;
			if (line && measure(longer) > width) {
				lines.push(line);
				line = word;
			} else {
				line = longer;
			}
		}
		lines.push(line);
	}
	return lines;
}

/** The point of `box` nearest to (x, y). */
function nearestIn(box: Bounds, x: number, y: number): { x: number; y: number } {
	return {
		x: Math.min(Math.max(x, box.x1), box.x2),
		y: Math.min(Math.max(y, box.y1), box.y2)
	};
}

/** A thin line from the rim of a node (`centre`, `radius`) to the nearest point of `box`. */
function leaderLine(
	context: CanvasRenderingContext2D,
	centre: { x: number; y: number },
	radius: number,
	box: Bounds,
	theme: GraphTheme
): void {
	const end = nearestIn(box, centre.x, centre.y);
	const dx = end.x - centre.x;
	const dy = end.y - centre.y;
	const length = Math.hypot(dx, dy);
	if (length <= radius + 2) return;
	// Saved and restored: the caller's stroke is the text's halo.
	context.save();
	context.beginPath();
	context.moveTo(centre.x + (dx / length) * (radius + 1), centre.y + (dy / length) * (radius + 1));
	context.lineTo(end.x, end.y);
	context.lineWidth = 1;
	context.strokeStyle = theme.ink;
	context.globalAlpha = 0.4;
	context.stroke();
	context.restore();
}

/** Draws the name of `node` centred in `box` (screen pixels), with a leader line from its rim. */
function drawFarName(
	context: CanvasRenderingContext2D,
	node: NodeSingular,
	centre: { x: number; y: number },
	box: Bounds,
	zoom: number,
	theme: GraphTheme
): void {
	const size = node.numericStyle('font-size') * zoom;
	leaderLine(context, centre, (node.numericStyle('width') / 2) * zoom, box, theme);
	context.font = `${node.style('font-style')} ${node.style('font-weight')} ${size}px ${FONT}`;
	const lines = wrapLines(
		String(node.data('label') ?? ''),
		node.numericStyle('text-max-width') * zoom,
		(text) => context.measureText(text).width
	);
	// Lines as close as Cytoscape sets them (its `line-height`, in ems), centred in the box.
	const lineHeight = size * (node.numericStyle('line-height') || 1);
	const top = (box.y1 + box.y2) / 2 - (lineHeight * lines.length) / 2;
	context.lineWidth = Math.max(2, 4 * zoom);
	context.strokeStyle = theme.background;
	context.fillStyle = theme.ink;
	const x = (box.x1 + box.x2) / 2;
	lines.forEach((line, i) => {
		const y = top + lineHeight * (i + 0.5);
		context.strokeText(line, x, y);
		context.fillText(line, x, y);
	});
}

/**
 * Sizes `canvas` to `cy`'s and draws on it the claims' keys and the names placed away from
 * their node (clears it when there are none).
 */
export function drawClaimKeys(canvas: HTMLCanvasElement, cy: Core, theme: GraphTheme): void {
	const ratio = window.devicePixelRatio || 1;
	const width = cy.width();
	const height = cy.height();
	if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
		canvas.width = Math.round(width * ratio);
		canvas.height = Math.round(height * ratio);
	}
	const context = canvas.getContext('2d');
	if (!context) return;
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	context.clearRect(0, 0, width, height);
	const placed = placedKeys(cy);
	if (!placed || cy.destroyed()) return;
	const zoom = cy.zoom();
	const pan = cy.pan();
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	context.lineJoin = 'round';
	/** Where a box placed round a node at `placed.zoom` is on screen now: it keeps its offset. */
	const onScreen = (node: NodeSingular, box: Bounds, from: { x: number; y: number }) => {
		const at = node.position();
		const x = at.x * zoom + pan.x + ((box.x1 + box.x2) / 2 - from.x) * placed.zoom;
		const y = at.y * zoom + pan.y + ((box.y1 + box.y2) / 2 - from.y) * placed.zoom;
		const w = ((box.x2 - box.x1) / 2) * zoom;
		const h = ((box.y2 - box.y1) / 2) * zoom;
		return {
			centre: { x: at.x * zoom + pan.x, y: at.y * zoom + pan.y },
			box: { x1: x - w, y1: y - h, x2: x + w, y2: y + h }
		};
	};
	const offCanvas = (box: Bounds) =>
		box.x2 < -20 || box.y2 < -20 || box.x1 > width + 20 || box.y1 > height + 20;
	for (const name of placed.far) {
		const node = cy.getElementById(name.id);
		if (node.empty() || !node.visible() || !node.hasClass(NO_ROOM_CLASS)) continue;
		const where = onScreen(node, name.box, name.node);
		if (!offCanvas(where.box)) drawFarName(context, node, where.centre, where.box, zoom, theme);
	}
	context.font = `600 ${KEY_PX}px ${FONT}`;
	context.lineWidth = 3;
	context.strokeStyle = theme.background;
	context.fillStyle = theme.key;
	for (const key of placed.keys) {
		const node = cy.getElementById(key.id);
		if (node.empty() || !node.visible()) continue;
		const { box, centre } = onScreen(node, key.box, key.node);
		if (offCanvas(box)) continue;
		if (key.far) leaderLine(context, centre, (node.numericStyle('width') / 2) * zoom, box, theme);
		const text = String(key.number);
		const x = (box.x1 + box.x2) / 2;
		const y = (box.y1 + box.y2) / 2;
		context.strokeText(text, x, y);
		context.fillText(text, x, y);
	}
}
