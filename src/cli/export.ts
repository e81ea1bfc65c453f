/**
 * `npm run graph:export -- --format <format> [--out <file>] [options]`: every export of the app,
 * for scripts. The CSV of claims and the graph file are written here in Node with the app's
 * serialisers; images, and data that carries the layout (.cyjs and GraphML positions) or the
 * current view, come from the built app driven in headless Chromium through the very function
 * its Export menu calls (`window.citegraph.export`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { commandLine, failure, type Fail } from './command-line';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import {
	captionFor,
	DATA_FORMATS,
	exportData,
	type DataFormat,
	type ExportOptions,
	type ImageCaption
} from '../lib/graph/export';
import { GraphIndex } from '../lib/graph/query';
import { ARRANGEMENTS, NODE_TYPES } from '../lib/graph/vocabulary';
import { positionsOf } from '../lib/graph/arrangement';
import { nodeSize, typeColour } from '../lib/cytoscape/style';
import { degrees } from '../lib/cytoscape/elements';
import { readGraph, type Graph } from '../lib/graph/schema';
import { CORPUS_ID, mergeGraphs } from '../lib/graph/corpus';
import { layoutDocument } from '../lib/cytoscape/layout';
import { fileNameFor, type ExportFormat, type ExportRequest } from '../lib/export/exporter';
import type { ExportResult } from '../lib/export/api';
import { writeAtomically } from '../lib/server/build-graphs';
import { exportNumbersProblem } from './export-options';

// The images made in Chromium, then every data format exportData writes.
const FORMATS = ['png', 'svg', 'pdf', ...DATA_FORMATS] as const;
const USAGE = `Usage: npm run graph:export -- --format <${FORMATS.join('|')}> [options]

  --format, -f      what to write (required)
  --out, -o         the file to write, or - for standard output
                    (default: the name the app gives it, in the current folder)
  --document, -d    document id, or corpus for every document in one graph as /corpus shows
                    them (default: the only compiled document, or the first)
  --view            whole (default) or view: the whole graph, or what the app's window shows
  --scale           PNG scale, 1, 2 or 4 pixels per figure pixel, or any number (default 2)
  --background      white (default), transparent or theme
  --page            PDF page: a4 (default), letter or figure
  --layout          the arrangement images and positions are drawn in: speaker, question or
                    overview (default: the one the explorer opens on)
  --select          id of a node or edge to select; images quote its sentences as a caption
  --no-caption      select without a caption
  --zoom            zoom level to set before exporting (default: the graph fitted to the window);
                    images frame what they show themselves, so it only changes --view view
  --viewport        browser window size, WIDTHxHEIGHT (default 1280x800)
  --no-positions    .cyjs and GraphML without positions, made in Node without a browser
                    (GEXF is made in Node, with the graph file's layout when it has one, in
                    the --layout arrangement)
  --site-url        the address the site is served at, for Web Annotation permalinks and the
                    transcript's IRI (default: a urn: IRI and no permalinks)
  --url             a running Citegraph to export from (default: serve build/ on a free port)
  --port            port to serve build/ on when no --url is given (default: any free port)

Images need the built app (npm run build) and Chromium (CHROMIUM_PATH, or /usr/bin/chromium).`;

const fail: Fail = failure('graph:export');
const { values: args } = commandLine(
	fail,
	USAGE,
	{
		format: { type: 'string', short: 'f' },
		out: { type: 'string', short: 'o' },
		document: { type: 'string', short: 'd' },
		view: { type: 'string', default: 'whole' },
		scale: { type: 'string', default: '2' },
		background: { type: 'string', default: 'white' },
		page: { type: 'string', default: 'a4' },
		layout: { type: 'string' },
		select: { type: 'string' },
		'no-caption': { type: 'boolean', default: false },
		zoom: { type: 'string' },
		viewport: { type: 'string', default: '1280x800' },
		'no-positions': { type: 'boolean', default: false },
		'site-url': { type: 'string' },
		url: { type: 'string' },
		port: { type: 'string', default: '0' }
	},
	false
);

function oneOf<T extends string>(
	name: string,
	value: string | undefined,
	allowed: readonly T[]
): T {
	if (value === undefined || !(allowed as readonly string[]).includes(value)) {
		fail(
			`--${name} must be one of ${allowed.join(', ')}${value ? `, not "${value}"` : ''}\n\n${USAGE}`
		);
	}
	return value as T;
}

const format = oneOf<ExportFormat>('format', args.format, FORMATS);
const view = oneOf('view', args.view, ['whole', 'view'] as const);
const background = oneOf('background', args.background, ['white', 'transparent', 'theme'] as const);
const page = oneOf('page', args.page, ['a4', 'letter', 'figure'] as const);
const layout = args.layout === undefined ? undefined : oneOf('layout', args.layout, ARRANGEMENTS);
const numbersProblem = exportNumbersProblem(args);
if (numbersProblem) fail(numbersProblem);
const scale = Number(args.scale);
const zoom = args.zoom === undefined ? undefined : Number(args.zoom);
const viewport = args.viewport.match(/^(\d+)x(\d+)$/);

// ---------------------------------------------------------------------------------------------
// The graph
// ---------------------------------------------------------------------------------------------

const buildDir = resolve(process.env.CITEGRAPH_OUT ?? 'graph-data/build');
const documents = existsSync(buildDir)
	? readdirSync(buildDir)
			.filter((name) => name.endsWith('.graph.json'))
			.map((name) => name.slice(0, -'.graph.json'.length))
			.sort()
	: [];
if (documents.length === 0)
	fail(`no compiled graphs in ${buildDir}; run npm run graph:build first`);
const documentId = args.document ?? documents[0]!;
if (documentId !== CORPUS_ID && !documents.includes(documentId)) {
	fail(
		`no compiled graph for "${documentId}"; the documents are: ${documents.join(', ')} (or ${CORPUS_ID}, all of them)`
	);
}

/** A compiled document's graph. */
function readDocument(id: string): Graph {
	const graphPath = join(buildDir, `${id}.graph.json`);
	try {
		return readGraph(JSON.parse(readFileSync(graphPath, 'utf8')), graphPath);
	} catch (e) {
		fail((e as Error).message);
	}
}

/** Every document merged, laid out as the app lays out /corpus. */
function readCorpus(): Graph {
	const merged = mergeGraphs(documents.map(readDocument), 'All documents').graph;
	return { ...merged, layout: layoutDocument(merged) };
}

const graph: Graph = documentId === CORPUS_ID ? readCorpus() : readDocument(documentId);
const pagePath = documentId === CORPUS_ID ? '/corpus' : `/d/${documentId}`;

const index = new GraphIndex(graph);
if (args.select !== undefined && !index.nodes.has(args.select) && !index.edges.has(args.select)) {
	fail(`--select: "${args.select}" is neither a node nor an edge of ${documentId}`);
}
const caption: ImageCaption | null =
	args['no-caption'] || args.select === undefined ? null : captionFor(index, args.select);

const request: ExportRequest = { format, view, scale, background, page, caption };
const out = args.out ?? fileNameFor(graph, request);

// ---------------------------------------------------------------------------------------------
// In Node, or through the app
// ---------------------------------------------------------------------------------------------

const image = format === 'png' || format === 'svg' || format === 'pdf';
const needsApp =
	image ||
	view === 'view' ||
	(args.select !== undefined && format !== 'gexf') ||
	((format === 'cyjs' || format === 'graphml') && !args['no-positions']);
if (args['site-url'] !== undefined && !/^https?:\/\/[^\s]+$/.test(args['site-url'])) {
	fail(`--site-url must be an http(s) address, not "${args['site-url']}"`);
}

function write(bytes: Uint8Array | string) {
	// A file is written whole or not at all: to a temporary file, renamed over the target.
	if (out === '-') process.stdout.write(bytes);
	else writeAtomically(out, bytes);
	if (out !== '-') {
		const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
		console.error(`graph:export: wrote ${out} (${size.toLocaleString('en-US')} bytes)`);
	}
}

/** The Chromium to drive: $CHROMIUM_PATH, else the first one installed in a usual place. */
function chromiumPath(): string {
	const candidates = process.env.CHROMIUM_PATH
		? [process.env.CHROMIUM_PATH]
		: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
	const found = candidates.find((path) => existsSync(path));
	if (!found) {
		fail(
			`no Chromium found (looked for ${candidates.join(', ')}); install one ` +
				'(apt-get install -y chromium) or set CHROMIUM_PATH'
		);
	}
	return found;
}

async function serveBuild(): Promise<{ url: string; server: PreviewServer }> {
	if (!existsSync('build/index.html')) fail('no built app in build/; run npm run build first');
	const server = await preview({
		logLevel: 'silent',
		preview: { host: '127.0.0.1', port: Number(args.port), strictPort: true, open: false }
	});
	const address = server.httpServer.address() as AddressInfo;
	return { url: `http://127.0.0.1:${address.port}`, server };
}

async function exportThroughApp(): Promise<ExportResult> {
	const served = args.url ? null : await serveBuild();
	const base = (args.url ?? served!.url).replace(/\/$/, '');
	let browser: Browser | null = null;
	try {
		browser = await chromium.launch({
			executablePath: chromiumPath(),
			args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
		});
		const page = await browser.newPage({
			viewport: { width: Number(viewport![1]), height: Number(viewport![2]) }
		});
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(error.message));
		const response = await page.goto(
			`${base}${pagePath}${layout ? `?layout=${encodeURIComponent(layout)}` : ''}`
		);
		if (!response?.ok()) fail(`${base}${pagePath} answered ${response?.status()}`);
		await page
			.waitForFunction(
				(id) =>
					window.citegraph?.document === id &&
					document.querySelector('[aria-busy="false"]') !== null,
				documentId,
				{ timeout: 60_000 }
			)
			.catch(() =>
				fail(
					`the app did not show ${documentId}${problems.length ? `: ${problems.join('; ')}` : ''}`
				)
			);
		await page.evaluate(
			({ select, zoom }) => {
				const cy = window.cy!;
				if (select) cy.getElementById(select).emit('tap');
				if (zoom)
					cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
			},
			{ select: args.select, zoom }
		);
		// Let the selection reach the graph's styles before drawing.
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
		return await page.evaluate((request) => window.citegraph!.export(request), request);
	} finally {
		await browser?.close();
		await served?.server.close();
	}
}

/** What GEXF, Web Annotation and REFI-QDA need beyond the graph, made in Node. */
function nodeOptions(): ExportOptions {
	if (format === 'gexf') {
		const degree = degrees(graph);
		const size = nodeSize(Math.max(0, ...degree.values()));
		const built = graph.layout;
		if (!built?.positions && !args['no-positions']) {
			console.error(
				'graph:export: the graph file has no layout, so the GEXF carries no positions (Gephi lays it out)'
			);
		}
		return {
			sizes: Object.fromEntries(graph.nodes.map((n) => [n.id, size(degree.get(n.id) ?? 0)])),
			positions:
				args['no-positions'] || !built ? undefined : positionsOf(built, layout ?? built.arrangement)
		};
	}
	if (format === 'webannotation' || format === 'qdpx') {
		// Each document's transcript, read where the graph says it was compiled from.
		const sources = graph.documents
			? graph.documents.map((d) => ({ id: d.id, file: readDocument(d.id).document.source }))
			: [{ id: graph.document.id, file: graph.document.source }];
		const transcripts = Object.fromEntries(
			sources.map(({ id, file }) => {
				try {
					return [id, readFileSync(file, 'utf8')];
				} catch {
					fail(`cannot read ${file}, the transcript ${id} was compiled from`);
				}
			})
		);
		return { transcripts, siteUrl: args['site-url'] };
	}
	return {};
}

try {
	if (needsApp) {
		const result = await exportThroughApp();
		write(Buffer.from(result.base64, 'base64'));
	} else {
		const colours = Object.fromEntries(NODE_TYPES.map((type) => [type, typeColour(type)]));
		const data = exportData(graph, format as DataFormat, { colours, ...nodeOptions() });
		write(typeof data === 'string' ? data : Buffer.from(data));
	}
} catch (error) {
	// A page error arrives as "page.evaluate: Error: <message>\n    at …": keep the message.
	const message = error instanceof Error ? error.message : String(error);
	fail(message.split('\n')[0]!.replace(/^.*?Error: /, ''));
}
