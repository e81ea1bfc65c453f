/**
 * One entry point for every export, used by the Export menu and, through the page, by
 * `npm run graph:export`: images drawn from the live graph, data serialised by the shared
 * serialisers in $lib/graph/export with the positions the graph has on screen.
 */
import type { Core } from 'cytoscape';
import { typeColour } from '$lib/cytoscape/style';
import { nodePlaces } from '$lib/cytoscape/latent';
import type { DataFormat } from '$lib/graph/export';
import { exportFileName, type ImageCaption } from '$lib/graph/export-meta';
import type { Graph } from '$lib/graph/schema';
import { NODE_TYPES } from '$lib/graph/vocabulary';
import {
	describeScale,
	drawImage,
	planImage,
	type ImageFormat,
	type ImagePlan,
	type ImageRequest,
	type ImageView
} from './image';
import type { PageSize } from './pdf';
import type { Background } from './theme';

export type ExportFormat = ImageFormat | DataFormat;

export const IMAGE_FORMATS: { value: ImageFormat; label: string; hint: string }[] = [
	{ value: 'png', label: 'PNG', hint: 'A picture for slides, documents and the web.' },
	{
		value: 'svg',
		label: 'SVG',
		hint: 'Vector: sharp at any size, and its text stays text you can search and edit.'
	},
	{ value: 'pdf', label: 'PDF', hint: 'Vector, on a page for print.' }
];

export const DATA_FORMATS: { value: DataFormat; label: string; hint: string }[] = [
	{
		value: 'cyjs',
		label: 'Cytoscape JSON',
		hint: 'A .cyjs file with positions and every field, citations included, for Cytoscape desktop and cytoscape.js.'
	},
	{
		value: 'graphml',
		label: 'GraphML',
		hint: 'For Gephi, yEd and Cytoscape desktop: type, label, relation, citations, position and colour as attributes.'
	},
	{
		value: 'csv',
		label: 'CSV of claims',
		hint: 'One row per claim, with speaker, organisation, question and the quoted sentences, for a spreadsheet.'
	},
	{
		value: 'graph',
		label: 'Graph file',
		hint: 'The compiled .graph.json in Citegraph’s documented format: transcript sentences, nodes and edges.'
	},
	{
		value: 'gexf',
		label: 'GEXF',
		hint: 'For Gephi and Gephi Lite: type, label, colour, size and position as drawn; relations and citations as attributes.'
	},
	{
		value: 'webannotation',
		label: 'Web Annotation',
		hint: 'W3C Web Annotations (JSON-LD), with the selectors Hypothesis anchors by: every quote and cited sentence, with its place in the transcript.'
	},
	{
		value: 'qdpx',
		label: 'REFI-QDA',
		hint: 'A .qdpx project for NVivo, ATLAS.ti, MAXQDA, QualCoder and Taguette: the transcript, topics as codes, claims as coded segments, speakers as cases.'
	}
];

/**
 * Where the page finds a document's transcript: a document imported in this browser brings its
 * own text; a bundled one is read from beside its pages.
 */
export interface TranscriptSource {
	/**
	 * The transcripts the page has, by document id: those of documents imported in this browser
	 * (the one shown, or those in the corpus). They have no pages on the site.
	 */
	texts?: Readonly<Record<string, string>>;
}

export function isImageFormat(format: ExportFormat): format is ImageFormat {
	return format === 'png' || format === 'svg' || format === 'pdf';
}

/** Everything an export needs to know; image-only fields are ignored for data. */
export interface ExportRequest {
	format: ExportFormat;
	view: ImageView;
	scale: number;
	background: Background;
	caption: ImageCaption | null;
	page: PageSize;
}

export const DEFAULT_REQUEST: ExportRequest = {
	format: 'png',
	view: 'whole',
	scale: 2,
	background: 'white',
	caption: null,
	page: 'a4'
};

export interface ExportedFile {
	blob: Blob;
	fileName: string;
}

const EXTENSIONS: Record<ExportFormat, string> = {
	png: 'png',
	svg: 'svg',
	pdf: 'pdf',
	cyjs: 'cyjs',
	graphml: 'graphml',
	csv: 'csv',
	graph: 'graph.json',
	gexf: 'gexf',
	webannotation: 'jsonld',
	qdpx: 'qdpx'
};

const MIME: Record<ExportFormat, string> = {
	png: 'image/png',
	svg: 'image/svg+xml',
	pdf: 'application/pdf',
	cyjs: 'application/json',
	graphml: 'application/graphml+xml',
	csv: 'text/csv;charset=utf-8',
	graph: 'application/json',
	gexf: 'application/gexf+xml',
	webannotation: 'application/ld+json',
	qdpx: 'application/zip'
};

/** What the file holds, in the words its name uses: "whole graph 2x", "claims current view". */
export function viewWords(request: Pick<ExportRequest, 'format' | 'view' | 'scale'>): string {
	if (request.format === 'graph') return 'compiled graph';
	const view = request.view === 'whole' ? 'whole graph' : 'current view';
	if (request.format === 'csv') return `claims ${view}`;
	if (request.format === 'webannotation') return `citations ${view}`;
	if (request.format === 'png') return `${view} ${describeScale(request.scale).replace('×', 'x')}`;
	return view;
}

/**
 * The file name of an export: document, view and date, e.g.
 * `five-questions-on-new-infrastructure_whole-graph-2x_2026-05-01.png`.
 */
export function fileNameFor(
	graph: Graph,
	request: Pick<ExportRequest, 'format' | 'view' | 'scale'>,
	date = new Date()
): string {
	return exportFileName(graph.document.id, viewWords(request), date, EXTENSIONS[request.format]);
}

/** The elements shown in the graph now (what filters leave), as a subgraph. */
function shownSubgraph(cy: Core) {
	const shown = cy.elements(':visible');
	return {
		nodes: new Set(shown.nodes().map((node) => node.id())),
		edges: new Set(shown.edges().map((edge) => edge.id()))
	};
}

/** A document's transcript as the build published it beside its pages (transcript.txt). */
async function fetchTranscript(document: string): Promise<string> {
	// Loaded here, not at the top: `npm run graph:export` imports this module outside SvelteKit.
	const { resolve } = await import('$app/paths');
	const url = resolve('/d/[document]/transcript.txt', { document });
	const response = await fetch(url);
	if (!response.ok) throw new Error(`could not read the transcript (${url}: ${response.status})`);
	return response.text();
}

/**
 * The transcripts the graph's citations point into (a corpus: every document's), the page's own
 * or fetched, and which of them have no pages on the site.
 */
async function transcriptsOf(
	graph: Graph,
	source: TranscriptSource
): Promise<{ transcripts: Record<string, string>; unpublished: string[] }> {
	const ids = graph.documents?.map((d) => d.id) ?? [graph.document.id];
	const texts = await Promise.all(ids.map((id) => source.texts?.[id] ?? fetchTranscript(id)));
	return {
		transcripts: Object.fromEntries(ids.map((id, i) => [id, texts[i]!])),
		unpublished: ids.filter((id) => source.texts?.[id] !== undefined)
	};
}

/** Exports data: the whole graph or what is shown, with node positions as on screen. */
async function exportDataFile(
	cy: Core,
	graph: Graph,
	request: ExportRequest,
	source: TranscriptSource
): Promise<Blob> {
	const format = request.format as DataFormat;
	const { exportData } = await import('$lib/graph/export');
	const { positions, sizes } = nodePlaces(cy);
	const needsTranscripts = format === 'webannotation' || format === 'qdpx';
	const { resolve } = await import('$app/paths');
	const { transcripts, unpublished } = needsTranscripts
		? await transcriptsOf(graph, source)
		: { transcripts: undefined, unpublished: [] };
	// A document imported in this browser has no pages on the site: its transcript and nodes are
	// named by `urn:citegraph:` IRIs rather than addresses that do not exist (in a corpus, the
	// imported documents' alone).
	const hasPages = graph.documents !== undefined || unpublished.length === 0;
	const data = exportData(graph, format, {
		positions,
		colours: Object.fromEntries(NODE_TYPES.map((type) => [type, typeColour(type)])),
		sizes,
		subgraph: request.view === 'view' && format !== 'graph' ? shownSubgraph(cy) : undefined,
		transcripts,
		unpublished,
		siteUrl: hasPages ? new URL(resolve('/'), location.href).href.replace(/\/$/, '') : undefined
	});
	return new Blob([data as BlobPart], { type: MIME[format] });
}

/**
 * Makes the file for `request` from the graph as `cy` shows it now. A plan made for the same
 * request may be passed to save working it out again.
 */
export async function exportFile(
	cy: Core,
	graph: Graph,
	request: ExportRequest,
	plan?: ImagePlan,
	source: TranscriptSource = {}
): Promise<ExportedFile> {
	const date = new Date();
	const fileName = fileNameFor(graph, request, date);
	if (!isImageFormat(request.format)) {
		return { blob: await exportDataFile(cy, graph, request, source), fileName };
	}
	const imageRequest: ImageRequest = { ...request, format: request.format };
	const figure = plan ?? planImage(cy, graph, imageRequest, undefined, date);
	return { blob: await drawImage(cy, graph, figure, imageRequest), fileName };
}

/** Saves a file through the browser's download. */
export function download(file: ExportedFile): void {
	const url = URL.createObjectURL(file.blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = file.fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser time to start reading the file before it is released.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
