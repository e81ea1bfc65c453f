/**
 * SVG drawings of the node shapes and edge styles the canvas uses, for the legend: the key
 * must look like what it explains.
 */
import type { NodeShape, RelationLook } from './style';

/** Corners of a regular polygon as Cytoscape draws it (an even one stands on a flat side). */
function polygon(sides: number, radius = 7, centre = 8): [number, number][] {
	const step = (2 * Math.PI) / sides;
	const start = sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2;
	return Array.from({ length: sides }, (_, i) => {
		const angle = start + i * step;
		return [centre + radius * Math.cos(angle), centre - radius * Math.sin(angle)];
	});
}

function star(outer = 7.5, inner = 3.2, centre = 8): [number, number][] {
	return Array.from({ length: 10 }, (_, i) => {
		const radius = i % 2 === 0 ? outer : inner;
		const angle = Math.PI / 2 + (i * Math.PI) / 5;
		return [centre + radius * Math.cos(angle), centre + 0.6 - radius * Math.sin(angle)];
	});
}

const closed = (points: [number, number][]) =>
	`M${points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join('L')}Z`;

/** An SVG path for a node shape in a 16×16 box. */
export function shapePath(shape: NodeShape): string {
	switch (shape) {
		case 'ellipse':
			return 'M1,8a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z';
		case 'rectangle':
			return 'M2,2H14V14H2Z';
		case 'round-rectangle':
			return 'M4,2H12Q14,2 14,4V12Q14,14 12,14H4Q2,14 2,12V4Q2,2 4,2Z';
		case 'diamond':
			return 'M8,0.5L15.5,8L8,15.5L0.5,8Z';
		case 'hexagon':
			return closed(polygon(6, 7.5));
		case 'round-octagon':
			return closed(polygon(8, 7.5));
		case 'barrel':
			return 'M3.5,2H12.5Q15.5,8 12.5,14H3.5Q0.5,8 3.5,2Z';
		case 'star':
			return closed(star());
	}
}

/** SVG `stroke-dasharray` for an edge's line style. */
export function dashArray(line: RelationLook['line']): string | undefined {
	if (line === 'dashed') return '5 3';
	if (line === 'dotted') return '1.5 2.5';
	return undefined;
}

/**
 * An SVG path for an edge's arrowhead at the right end of a 24×16 line glyph (the line runs
 * along y = 8 and ends at x = 23), or null for none; a `tee` is a stroke, drawn apart.
 */
export function arrowPath(arrow: RelationLook['arrow']): string | null {
	switch (arrow) {
		case 'triangle':
			return 'M17,4L23,8L17,12Z';
		case 'vee':
			return 'M17,4L23,8L17,12L19,8Z';
		case 'chevron':
			return 'M16,4L19,4L23,8L19,12L16,12L20,8Z';
		case 'circle':
			return 'M17,8a3,3 0 1,0 6,0a3,3 0 1,0 -6,0Z';
		case 'square':
			return 'M17.5,5H23V11H17.5Z';
		case 'diamond':
			return 'M16,8L19.5,4.5L23,8L19.5,11.5Z';
		default:
			return null;
	}
}
