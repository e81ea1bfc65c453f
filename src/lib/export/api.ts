/**
 * The export function the page offers to scripts: `npm run graph:export` drives the built app in
 * headless Chromium and calls it, so the command line makes images (and positioned data) with
 * exactly the code the Export menu runs.
 */
import type { Core } from 'cytoscape';
import type { Graph } from '$lib/graph/schema';
import {
	DEFAULT_REQUEST,
	exportFile,
	isImageFormat,
	type ExportRequest,
	type TranscriptSource
} from './exporter';
import { planImage, type LargestPng } from './image';
import type { PixelSize } from './limits';

export interface ExportResult {
	fileName: string;
	mime: string;
	/** The file's bytes, base64-encoded. */
	base64: string;
}

export interface ImageSizeReport {
	pixels: PixelSize;
	fits: boolean;
	largest: LargestPng | null;
}

export interface CitegraphApi {
	/** The document the page shows. */
	document: string;
	/** Makes a file as the Export menu would; unset fields take the menu's defaults. */
	export(request: Partial<ExportRequest> & Pick<ExportRequest, 'format'>): Promise<ExportResult>;
	/** The size a PNG export would have, and whether it fits the browser's canvas limits. */
	measure(request: Partial<ExportRequest>): ImageSizeReport;
}

declare global {
	interface Window {
		/** Set while a document's graph is shown: see {@link CitegraphApi}. */
		citegraph?: CitegraphApi;
	}
}

async function toBase64(blob: Blob): Promise<string> {
	const url = await new Promise<string>((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(reader.result as string);
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(blob);
	});
	return url.slice(url.indexOf(',') + 1);
}

/** Offers {@link CitegraphApi} on `window` for this graph; returns the function that withdraws it. */
export function offerApi(cy: Core, graph: Graph, source: TranscriptSource = {}): () => void {
	const api: CitegraphApi = {
		document: graph.document.id,
		async export(request) {
			const full: ExportRequest = { ...DEFAULT_REQUEST, ...request };
			const file = await exportFile(cy, graph, full, undefined, source);
			return { fileName: file.fileName, mime: file.blob.type, base64: await toBase64(file.blob) };
		},
		measure(request) {
			const full: ExportRequest = { ...DEFAULT_REQUEST, ...request, format: 'png' };
			if (!isImageFormat(full.format)) throw new Error('only images have a pixel size');
			const plan = planImage(cy, graph, { ...full, format: 'png' });
			return { pixels: plan.pixels, fits: plan.fits, largest: plan.largest };
		}
	};
	window.citegraph = api;
	return () => {
		if (window.citegraph === api) delete window.citegraph;
	};
}
