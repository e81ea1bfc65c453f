/**
 * Draws a laid-out figure: onto a canvas for PNG, or as an SVG document whose title, legend,
 * caption and labels stay text.
 */
import { FIGURE_FONT_FAMILY, cssFont, type FigureLayout, type Measure } from './figure';
import { HALO_WIDTH, LABEL_LINE_HEIGHT, type PlacedLabel } from './labels';
import type { FigureColours } from './theme';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Measures text with the browser's canvas, as the figure will be drawn. */
export function canvasMeasure(): Measure {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) throw new Error('This browser cannot draw on a canvas.');
	return (text, font) => {
		context.font = cssFont(font);
		return context.measureText(text).width;
	};
}

/**
 * The figure on a canvas `scale` times its CSS size, the graph drawn straight into its place
 * (no second canvas of the graph's size). The caller has checked that the browser can draw a
 * canvas this large.
 */
export function drawFigure(
	layout: FigureLayout,
	drawGraph: (context: CanvasRenderingContext2D) => void,
	colours: FigureColours,
	scale: number
): HTMLCanvasElement {
	const canvas = document.createElement('canvas');
	canvas.width = Math.ceil(layout.width * scale);
	canvas.height = Math.ceil(layout.height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('This browser cannot draw on a canvas.');
	if (colours.background) {
		context.fillStyle = colours.background;
		context.fillRect(0, 0, canvas.width, canvas.height);
	}
	context.scale(scale, scale);
	const { x, y, width, height } = layout.graph;
	context.save();
	context.beginPath();
	context.rect(x, y, width, height);
	context.clip();
	context.translate(x, y);
	drawGraph(context);
	context.restore();
	context.strokeStyle = colours.rule;
	context.lineWidth = 1;
	context.strokeRect(x - 0.5, y - 0.5, width + 1, height + 1);
	for (const swatch of layout.swatches) {
		context.beginPath();
		context.arc(swatch.cx, swatch.cy, swatch.r, 0, 2 * Math.PI);
		context.fillStyle = swatch.colour;
		context.fill();
	}
	context.textBaseline = 'alphabetic';
	context.textAlign = 'left';
	for (const text of layout.texts) {
		context.font = cssFont(text.font);
		context.fillStyle = colours[text.tone];
		context.textAlign = text.alignRight ? 'right' : 'left';
		context.fillText(text.text, text.x, text.y);
	}
	return canvas;
}

/** Baseline of a label's `line`th line, from the top of its box. */
function labelBaseline(label: PlacedLabel, line: number): number {
	const lineHeight = label.font.size * LABEL_LINE_HEIGHT;
	return (
		label.top +
		HALO_WIDTH / 4 +
		line * lineHeight +
		(lineHeight - label.font.size) / 2 +
		label.font.size * 0.8
	);
}

/**
 * Draws the placed labels on a canvas whose units are the graph area's pixels: leader lines,
 * then each label with a halo of the background's colour so it reads over edges.
 */
export function drawLabels(
	context: CanvasRenderingContext2D,
	labels: readonly PlacedLabel[],
	colours: FigureColours
): void {
	context.save();
	context.strokeStyle = colours.muted;
	context.lineWidth = 0.75;
	for (const { leader } of labels) {
		if (!leader) continue;
		context.beginPath();
		context.moveTo(leader.x1, leader.y1);
		context.lineTo(leader.x2, leader.y2);
		context.stroke();
	}
	context.textAlign = 'center';
	context.textBaseline = 'alphabetic';
	context.lineJoin = 'round';
	context.lineWidth = HALO_WIDTH;
	context.strokeStyle = colours.halo;
	context.fillStyle = colours.ink;
	for (const label of labels) {
		context.font = cssFont(label.font);
		label.lines.forEach((line, index) => {
			context.strokeText(line, label.x, labelBaseline(label, index));
			context.fillText(line, label.x, labelBaseline(label, index));
		});
	}
	context.restore();
}

/**
 * The placed labels as SVG: a `<text>` per label (class `node-label`, `data-node` its node,
 * `data-kind` name or number), a `<tspan>` per line. With `mergeHalos` the halo is the text's
 * own stroke, painted first (`paint-order`); otherwise (for PDF, whose converter does not read
 * paint-order) a stroked copy goes before each label.
 */
function labelsSvg(
	labels: readonly PlacedLabel[],
	colours: FigureColours,
	mergeHalos: boolean
): SVGGElement {
	const group = element('g', { class: 'graph-labels' });
	for (const { leader } of labels) {
		if (!leader) continue;
		group.append(
			element('line', {
				x1: px(leader.x1),
				y1: px(leader.y1),
				x2: px(leader.x2),
				y2: px(leader.y2),
				stroke: colours.muted,
				'stroke-width': 0.75
			})
		);
	}
	for (const label of labels) {
		const text = (halo: boolean) => {
			// On each text, not the group: svg2pdf does not inherit text-anchor.
			const node = element('text', {
				'text-anchor': 'middle',
				'font-size': label.font.size,
				'font-weight': label.font.weight === 600 ? 'bold' : 'normal',
				fill: halo ? 'none' : colours.ink,
				...(halo || mergeHalos
					? {
							stroke: colours.halo,
							'stroke-width': HALO_WIDTH,
							'stroke-linejoin': 'round'
						}
					: {}),
				...(halo ? {} : { class: 'node-label', 'data-node': label.id, 'data-kind': label.kind }),
				...(mergeHalos ? { 'paint-order': 'stroke' } : {})
			});
			label.lines.forEach((line, index) => {
				const span = element('tspan', { x: px(label.x), y: px(labelBaseline(label, index)) });
				span.textContent = line;
				node.append(span);
			});
			return node;
		};
		if (!mergeHalos) group.append(text(true));
		group.append(text(false));
	}
	return group;
}

/**
 * Whether a canvas has anything drawn on it: a small copy is checked for pixels unlike its
 * first one. A canvas past the browser's limits comes out empty; this catches it before saving.
 */
export function hasContent(canvas: HTMLCanvasElement): boolean {
	const sample = document.createElement('canvas');
	sample.width = Math.min(256, canvas.width);
	sample.height = Math.max(1, Math.round((canvas.height * sample.width) / canvas.width));
	const context = sample.getContext('2d', { willReadFrequently: true });
	if (!context) return false;
	context.drawImage(canvas, 0, 0, sample.width, sample.height);
	const pixels = context.getImageData(0, 0, sample.width, sample.height).data;
	for (let i = 4; i < pixels.length; i += 4) {
		for (let c = 0; c < 4; c++) if (pixels[i + c] !== pixels[c]) return true;
	}
	return false;
}

/** The canvas as a PNG file. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) =>
				blob ? resolve(blob) : reject(new Error('The browser could not encode the image.')),
			'image/png'
		)
	);
}

function element<K extends keyof SVGElementTagNameMap>(
	name: K,
	attributes: Record<string, string | number>
): SVGElementTagNameMap[K] {
	const node = document.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
	return node;
}

/** Round to a hundredth of a pixel: plenty for a vector file, and a smaller one. */
const px = (value: number) => Math.round(value * 100) / 100;

/**
 * The figure as an SVG document, its CSS size in pixels, with the graph's SVG nested in its
 * place and clipped to it. Text is `<text>`; the document's `<title>` and `<desc>` name it.
 */
export function figureSvg(
	layout: FigureLayout,
	graph: SVGSVGElement,
	labels: readonly PlacedLabel[],
	colours: FigureColours,
	meta: { title: string; description: string },
	mergeHalos: boolean
): SVGSVGElement {
	const svg = element('svg', {
		xmlns: SVG_NS,
		version: '1.1',
		width: layout.width,
		height: layout.height,
		viewBox: `0 0 ${layout.width} ${layout.height}`,
		'font-family': FIGURE_FONT_FAMILY
	});
	svg.append(element('title', {}), element('desc', {}));
	svg.children[0]!.textContent = meta.title;
	svg.children[1]!.textContent = meta.description;
	const defs = element('defs', {});
	const clip = element('clipPath', { id: 'citegraph-graph-area' });
	const { x, y, width, height } = layout.graph;
	clip.append(element('rect', { x: 0, y: 0, width: px(width), height: px(height) }));
	defs.append(clip);
	svg.append(defs);
	if (colours.background) {
		svg.append(
			element('rect', {
				x: 0,
				y: 0,
				width: layout.width,
				height: layout.height,
				fill: colours.background,
				'data-figure-part': 'background'
			})
		);
	}

	const area = element('g', {
		transform: `translate(${px(x)} ${px(y)})`,
		'clip-path': 'url(#citegraph-graph-area)',
		'data-figure-part': 'graph'
	});
	// The graph's own <defs> (gradients, clip paths) come along; its root's size does not matter.
	area.append(...Array.from(graph.childNodes).map((node) => document.importNode(node, true)));
	area.append(labelsSvg(labels, colours, mergeHalos));
	svg.append(area);
	svg.append(
		element('rect', {
			x: px(x - 0.5),
			y: px(y - 0.5),
			width: px(width + 1),
			height: px(height + 1),
			fill: 'none',
			stroke: colours.rule,
			'stroke-width': 1,
			'data-figure-y': px(y)
		})
	);

	const legend = element('g', {});
	for (const swatch of layout.swatches) {
		legend.append(
			element('circle', {
				cx: px(swatch.cx),
				cy: px(swatch.cy),
				r: swatch.r,
				fill: swatch.colour,
				'data-figure-y': px(swatch.cy)
			})
		);
	}
	svg.append(legend);
	const texts = element('g', {});
	for (const text of layout.texts) {
		const node = element('text', {
			x: px(text.x),
			y: px(text.y),
			'font-size': text.font.size,
			'font-weight': text.font.weight === 600 ? 'bold' : 'normal',
			fill: colours[text.tone],
			'data-figure-y': px(text.y)
		});
		if (text.font.italic) node.setAttribute('font-style', 'italic');
		if (text.alignRight) node.setAttribute('text-anchor', 'end');
		if (text.key) {
			node.setAttribute('class', `key-${text.key.role}`);
			node.setAttribute('data-number', String(text.key.number));
		}
		node.textContent = text.text;
		texts.append(node);
	}
	svg.append(texts);
	return svg;
}

/**
 * Cleans the SVG that svgcanvas records: drops attributes it writes as "undefined", and, when
 * `mergeHalos` is set, folds each label's halo (a stroked copy drawn just before it) into the
 * label itself with `paint-order: stroke`, so every label is one `<text>`, found once by a
 * search. PDF keeps the two copies, since svg2pdf does not read paint-order.
 */
export function tidyGraphSvg(svg: SVGSVGElement, mergeHalos: boolean): SVGSVGElement {
	for (const node of svg.querySelectorAll('*')) {
		for (const attribute of [...node.attributes]) {
			if (attribute.value === 'undefined') node.removeAttribute(attribute.name);
		}
	}
	if (!mergeHalos) return svg;
	const same = (a: Element, b: Element, name: string) =>
		a.getAttribute(name) === b.getAttribute(name);
	for (const halo of svg.querySelectorAll('text[fill="none"]')) {
		const label = halo.nextElementSibling;
		if (
			label?.tagName !== 'text' ||
			label.getAttribute('stroke') !== 'none' ||
			label.textContent !== halo.textContent ||
			!['x', 'y', 'transform', 'font-size', 'text-anchor'].every((name) => same(halo, label, name))
		) {
			continue;
		}
		for (const name of [
			'stroke',
			'stroke-width',
			'stroke-opacity',
			'stroke-linejoin',
			'stroke-miterlimit'
		]) {
			const value = halo.getAttribute(name);
			if (value !== null) label.setAttribute(name, value);
		}
		label.setAttribute('paint-order', 'stroke');
		halo.remove();
	}
	return svg;
}
