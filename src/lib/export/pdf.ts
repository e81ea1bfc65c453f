/**
 * PDF for print: the figure's SVG converted to vector PDF by svg2pdf.js on a jsPDF page, so text
 * stays text and lines stay sharp at any size. Both libraries load only when a PDF is asked for.
 */
import type { FigureLayout } from './figure';

export type PageSize = 'a4' | 'letter' | 'figure';

export const PAGE_SIZES: { value: PageSize; label: string }[] = [
	{ value: 'a4', label: 'A4' },
	{ value: 'letter', label: 'US Letter' },
	{ value: 'figure', label: 'Fit to figure' }
];

/** Points per CSS pixel. */
const PT_PER_PX = 0.75;
/** Margin around the figure on a paper page, in points (half an inch). */
const MARGIN = 36;

/**
 * Characters the PDF's built-in fonts (Windows-1252) can show: Latin-1 without its control
 * block, plus the typographic marks Windows-1252 puts there.
 */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** The characters of `texts` that the PDF's built-in fonts cannot show, each once. */
export function unsupportedPdfCharacters(texts: Iterable<string>): string[] {
	const missing = new Set<string>();
	for (const text of texts) {
		for (const char of text) {
			const code = char.codePointAt(0)!;
			const latin1 = (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff);
			if (!latin1 && !WIN_ANSI_EXTRAS.has(char) && char !== '\n' && char !== '\t') {
				missing.add(char);
			}
		}
	}
	return [...missing];
}

export interface PdfMeta {
	title: string;
	author: string | null;
	subject: string;
}

/** Paper sizes in points, portrait. */
const PAPER: Record<Exclude<PageSize, 'figure'>, { width: number; height: number }> = {
	a4: { width: 595.28, height: 841.89 },
	letter: { width: 612, height: 792 }
};

/**
 * The room inside a paper page's margins in CSS pixels at print size (0.75 pt each), so that a
 * figure laid out to it prints at its own size: its smallest text stays at 8 pt or more.
 */
export function paperArea(
	page: Exclude<PageSize, 'figure'>,
	landscape: boolean
): { width: number; height: number } {
	const { width, height } = PAPER[page];
	const [long, short] = [Math.max(width, height), Math.min(width, height)];
	const [w, h] = landscape ? [long, short] : [short, long];
	return {
		width: Math.floor((w - 2 * MARGIN) / PT_PER_PX),
		height: Math.floor((h - 2 * MARGIN) / PT_PER_PX)
	};
}

/**
 * Where to cut a figure `height` tall into pages `pageHeight` tall: at the last break (between
 * blocks or key rows) that fits on each page, or at the page's foot when none does.
 */
export function pageSlices(
	height: number,
	pageHeight: number,
	breaks: readonly number[]
): { top: number; bottom: number }[] {
	const slices: { top: number; bottom: number }[] = [];
	let top = 0;
	while (height - top > pageHeight + 0.5) {
		const limit = top + pageHeight;
		const cut = breaks.filter((at) => at > top + 1 && at <= limit).at(-1) ?? limit;
		slices.push({ top, bottom: cut });
		top = cut;
	}
	slices.push({ top, bottom: height });
	return slices;
}

/** A copy of the figure showing only what lies between `top` and `bottom`, as its own SVG. */
function sliceSvg(svg: SVGSVGElement, layout: FigureLayout, top: number, bottom: number) {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const height = bottom - top;
	copy.setAttribute('viewBox', `0 ${top} ${layout.width} ${height}`);
	copy.setAttribute('height', String(height));
	const within = (y: number) => y >= top && y < bottom;
	for (const node of copy.querySelectorAll('[data-figure-part]')) {
		const part = node.getAttribute('data-figure-part');
		if (part === 'background') {
			node.setAttribute('y', String(top));
			node.setAttribute('height', String(height));
		} else if (part === 'graph') {
			if (!within(layout.graph.y)) node.remove();
		}
	}
	for (const node of copy.querySelectorAll('[data-figure-y]')) {
		if (!within(Number(node.getAttribute('data-figure-y')))) node.remove();
	}
	return copy;
}

/**
 * The figure as PDF: on a page the figure's own size, or on A4 or US Letter pages (turned to
 * suit the figure) at print size, so that no text is shrunk below its size in points: a figure
 * taller than a page goes on as many as it needs, cut between its blocks (the key's rows, the
 * caption's quotes), never through the graph.
 */
export async function figurePdf(
	svg: SVGSVGElement,
	layout: FigureLayout,
	meta: PdfMeta,
	page: PageSize,
	landscape: boolean
): Promise<Blob> {
	const [{ jsPDF }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
	const figure = { width: layout.width * PT_PER_PX, height: layout.height * PT_PER_PX };
	const orientation =
		page === 'figure'
			? figure.width >= figure.height
				? 'landscape'
				: 'portrait'
			: landscape
				? 'landscape'
				: 'portrait';
	const doc =
		page === 'figure'
			? new jsPDF({
					unit: 'pt',
					format: [figure.width, figure.height],
					orientation,
					compress: true
				})
			: new jsPDF({ unit: 'pt', format: page, orientation, compress: true });
	const pageWidth = doc.internal.pageSize.getWidth();
	const pageHeight = doc.internal.pageSize.getHeight();
	const margin = page === 'figure' ? 0 : MARGIN;
	// Never enlarged; shrunk only if the figure is wider than the page (it is laid out to fit).
	const fit = Math.min(1, (pageWidth - 2 * margin) / figure.width);
	const slices =
		page === 'figure'
			? [{ top: 0, bottom: layout.height }]
			: pageSlices(layout.height, (pageHeight - 2 * margin) / (PT_PER_PX * fit), layout.breaks);
	doc.setProperties({
		title: meta.title,
		subject: meta.subject,
		author: meta.author ?? '',
		creator: 'Citegraph'
	});
	// svg2pdf reads styles the browser computes, so the SVG is laid out (unseen) meanwhile.
	const holder = document.createElement('div');
	holder.style.cssText = 'position:fixed;left:-100000px;top:0;visibility:hidden';
	holder.setAttribute('aria-hidden', 'true');
	document.body.append(holder);
	try {
		for (const [index, slice] of slices.entries()) {
			if (index > 0) doc.addPage();
			const part = slices.length === 1 ? svg : sliceSvg(svg, layout, slice.top, slice.bottom);
			holder.replaceChildren(part);
			const width = figure.width * fit;
			const height = (slice.bottom - slice.top) * PT_PER_PX * fit;
			await doc.svg(part, {
				x: (pageWidth - width) / 2,
				y: slices.length === 1 ? (pageHeight - height) / 2 : margin,
				width,
				height
			});
		}
	} finally {
		holder.remove();
	}
	return doc.output('blob');
}
