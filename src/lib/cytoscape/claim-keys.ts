/**
 * Draws the claims' keys (their numbers, placed by label-room.ts) on a canvas laid over
 * Cytoscape's: a node has one label, and a claim's is its summary, so its key is drawn beside
 * it here, in a dark shade of the claims' colour with the labels' halo. Keys follow their nodes
 * as the view moves; where they go is worked out again by the label rule once it runs.
 */
import type { Core } from 'cytoscape';
import { KEY_PX, placedKeys } from './label-room';
import { FONT, type GraphTheme } from './style';

/** Sizes `canvas` to `cy`'s and draws the keys of the claims on it (clears it when there are none). */
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
	if (!placed || placed.keys.length === 0 || cy.destroyed()) return;
	const zoom = cy.zoom();
	const pan = cy.pan();
	context.font = `600 ${KEY_PX}px ${FONT}`;
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	context.lineJoin = 'round';
	context.lineWidth = 3;
	context.strokeStyle = theme.background;
	context.fillStyle = theme.key;
	for (const key of placed.keys) {
		const node = cy.getElementById(key.id);
		if (node.empty() || !node.visible()) continue;
		const at = node.position();
		// The key keeps its offset from its node on screen, as placed, while the view moves.
		const dx = ((key.box.x1 + key.box.x2) / 2 - key.node.x) * placed.zoom;
		const dy = ((key.box.y1 + key.box.y2) / 2 - key.node.y) * placed.zoom;
		const x = at.x * zoom + pan.x + dx;
		const y = at.y * zoom + pan.y + dy;
		if (x < -20 || y < -20 || x > width + 20 || y > height + 20) continue;
		const text = String(key.number);
		context.strokeText(text, x, y);
		context.fillText(text, x, y);
	}
}
