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

/**
 * A one-page PDF of the figure: on an A4 or US Letter page (turned to suit the figure, which is
 * scaled to fit within half-inch margins and centred), or on a page the figure's own size.
 */
export async function figurePdf(
	svg: SVGSVGElement,
	layout: FigureLayout,
	meta: PdfMeta,
	page: PageSize
): Promise<Blob> {
	const [{ jsPDF }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
	const figure = { width: layout.width * PT_PER_PX, height: layout.height * PT_PER_PX };
	const orientation = figure.width >= figure.height ? 'landscape' : 'portrait';
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
	const fit = Math.min(
		(pageWidth - 2 * margin) / figure.width,
		(pageHeight - 2 * margin) / figure.height
	);
	const width = figure.width * fit;
	const height = figure.height * fit;
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
	holder.append(svg);
	document.body.append(holder);
	try {
		await doc.svg(svg, {
			x: (pageWidth - width) / 2,
			y: (pageHeight - height) / 2,
			width,
			height
		});
	} finally {
		holder.remove();
	}
	return doc.output('blob');
}
