/**
 * The benchmark's parts (`npm run bench`): synthetic documents through the real compiler, the
 * static build measured, and the built app driven in Chromium, each figure beside a baseline
 * measured in the same run. Medians over several runs.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Graph } from '../graph';
import { compileSyntheticDocument, syntheticDocument } from '../graph/synthetic';
import { layoutDocument } from '../cytoscape/layout';

export const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const percentile = (values: number[], p: number): number => {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** A synthetic document compiled and laid out, with what that cost. */
export interface CompiledSynthetic {
	graph: Graph;
	/** The transcript the graph was compiled from (the build publishes it beside the pages). */
	transcript: string;
	sourceBytes: number;
	compileMs: number;
	layoutMs: number;
}

/** Generates a synthetic document of about `nodes` nodes and compiles it as `graph:build` does. */
export function compileSynthetic(nodes: number): CompiledSynthetic {
	const doc = syntheticDocument(nodes);
	const started = performance.now();
	const graph = compileSyntheticDocument(doc);
	const compileMs = performance.now() - started;
	const layoutStarted = performance.now();
	graph.layout = layoutDocument(graph);
	return {
		graph,
		transcript: doc.transcript,
		sourceBytes: Buffer.byteLength(doc.transcript) + Buffer.byteLength(doc.annotations),
		compileMs,
		layoutMs: performance.now() - layoutStarted
	};
}

/** Bytes of every file under `dir`. */
export function directorySize(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		total += entry.isDirectory() ? directorySize(path) : statSync(path).size;
	}
	return total;
}

/**
 * A copy of the app (sources, config, the bundled documents' graphs and transcripts; node_modules
 * linked) in a temporary folder, so the benchmark builds with extra documents without touching
 * the checkout. The transcripts come too: the build publishes each beside its document's pages.
 */
export function scratchApp(root: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'citegraph-bench-'));
	for (const name of [
		'src',
		'static',
		'svelte.config.js',
		'vite.config.ts',
		'tsconfig.json',
		'package.json'
	]) {
		cpSync(join(root, name), join(dir, name), { recursive: true });
	}
	// The bundled documents only (not the test documents a test run may have built beside them),
	// each graph with the transcript it was compiled from.
	const built = join(root, 'graph-data/build');
	mkdirSync(join(dir, 'graph-data/build'), { recursive: true });
	for (const name of readdirSync(built).filter((n) => n.endsWith('.graph.json'))) {
		const graph = JSON.parse(readFileSync(join(built, name), 'utf8')) as Graph;
		if (!graph.document.source.startsWith('graph-data/')) continue;
		cpSync(join(built, name), join(dir, 'graph-data/build', name));
		cpSync(join(root, graph.document.source), join(dir, graph.document.source));
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

/** Runs `vite build` in `dir`; returns the milliseconds it took and the build's size. */
export function staticBuild(dir: string): { ms: number; bytes: number } {
	rmSync(join(dir, 'build'), { recursive: true, force: true });
	const started = performance.now();
	const run = spawnSync(join(dir, 'node_modules/.bin/vite'), ['build'], {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (run.status !== 0) {
		const said = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
		throw new Error(`vite build failed in ${dir}:\n${said || String(run.error ?? run.signal)}`);
	}
	return { ms: performance.now() - started, bytes: directorySize(join(dir, 'build')) };
}

/** Writes documents into the scratch app: each graph in `graph-data/build`, its transcript at its source. */
export function addGraphs(dir: string, documents: { graph: Graph; transcript: string }[]): void {
	mkdirSync(join(dir, 'graph-data/build'), { recursive: true });
	for (const { graph, transcript } of documents) {
		mkdirSync(dirname(join(dir, graph.document.source)), { recursive: true });
		writeFileSync(join(dir, graph.document.source), transcript);
		writeFileSync(
			join(dir, 'graph-data/build', `${graph.document.id}.graph.json`),
			JSON.stringify(graph)
		);
	}
}

/**
 * The baseline page: the same graph file, plain Cytoscape, cose-bilkent run at load, none of
 * Citegraph's features. Written into the build with the scripts it needs.
 */
export function writeBaselinePage(root: string, buildDir: string, graphs: Graph[]): void {
	const dir = join(buildDir, 'bench');
	mkdirSync(dir, { recursive: true });
	const scripts = [
		'cytoscape/dist/cytoscape.min.js',
		'layout-base/layout-base.js',
		'cose-base/cose-base.js',
		'cytoscape-cose-bilkent/cytoscape-cose-bilkent.js'
	];
	for (const script of scripts) {
		cpSync(join(root, 'node_modules', script), join(dir, script.split('/').pop()!));
	}
	for (const graph of graphs) {
		writeFileSync(join(dir, `${graph.document.id}.json`), JSON.stringify(graph));
	}
	writeFileSync(
		join(dir, 'baseline.html'),
		`<!doctype html>
<html><head><meta charset="utf-8"><title>Baseline: layout at load</title>
<style>html,body,#cy{margin:0;width:100%;height:100%}</style>
${scripts.map((s) => `<script src="./${s.split('/').pop()}"></script>`).join('\n')}
</head><body><div id="cy"></div><script>
cytoscape.use(cytoscapeCoseBilkent);
const id = new URLSearchParams(location.search).get('doc');
fetch('./' + id + '.json').then((r) => r.json()).then((graph) => {
	const cy = cytoscape({
		container: document.getElementById('cy'),
		elements: [
			...graph.nodes.map((n) => ({ data: { id: n.id, label: n.label } })),
			...graph.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } }))
		],
		style: [{ selector: 'node', style: { label: 'data(label)' } }],
		layout: { name: 'cose-bilkent', animate: false }
	});
	requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('citegraph:first-draw')));
	window.cy = cy;
});
</script></body></html>
`
	);
}

/** A generated transcript for the graph:build bench: its name, size and shape. */
export interface BuildCase {
	name: string;
	bytes: number;
	oneParagraph: boolean;
}

/** Transcripts near the compiler's limits: one unbroken paragraph, and ordinary paragraphs. */
export const BUILD_CASES: BuildCase[] = [
	{ name: '1 MB, one paragraph', bytes: 1_000_000, oneParagraph: true },
	{ name: '5.6 MB, one paragraph', bytes: 5_600_000, oneParagraph: true },
	{ name: '5.6 MB, paragraphs', bytes: 5_600_000, oneParagraph: false },
	{ name: '19.9 MB, paragraphs', bytes: 19_900_000, oneParagraph: false }
];

/** The small sound document of the tests, whose guest's answer the build cases grow. */
const BUILD_BASE = 'tests/fixtures/bad/_base';
const BUILD_SENTENCE = 'It is mature, and it is cheap, said the engineer. ';

/** The sound tiny document with its guest's answer grown to about `bytes`. */
function grownTranscript(root: string, bytes: number, oneParagraph: boolean): string {
	const count = Math.ceil(bytes / BUILD_SENTENCE.length);
	const body = oneParagraph
		? BUILD_SENTENCE.repeat(count).trim()
		: Array.from({ length: Math.ceil(count / 20) }, () => BUILD_SENTENCE.repeat(20).trim()).join(
				'\n\n'
			);
	return readFileSync(join(root, BUILD_BASE, 'transcript.txt'), 'utf8').replace(
		'It is mature.',
		body
	);
}

/**
 * Runs `graph:build` as its own process on one generated transcript, in a scratch folder (nothing
 * in graph-data/ is touched): the seconds it took, its peak memory and the transcript's MB/s.
 */
export function graphBuildCase(
	root: string,
	c: BuildCase
): { seconds: number; peakMB: number; mbPerSecond: number } {
	const dir = mkdtempSync(join(tmpdir(), 'citegraph-bench-build-'));
	try {
		cpSync(join(root, BUILD_BASE), join(dir, 'graph-data/bench'), { recursive: true });
		const transcript = grownTranscript(root, c.bytes, c.oneParagraph);
		writeFileSync(join(dir, 'graph-data/bench/transcript.txt'), transcript);
		const started = performance.now();
		const run = spawnSync(
			'/usr/bin/time',
			[
				'-f',
				'%M',
				process.execPath,
				join(root, 'node_modules/tsx/dist/cli.mjs'),
				join(root, 'src/cli/build.ts')
			],
			{ cwd: dir, encoding: 'utf8' }
		);
		const seconds = (performance.now() - started) / 1000;
		if (run.status !== 0) throw new Error(`${c.name}: graph:build failed\n${run.stderr}`);
		const peakKb = Number(run.stderr.trim().split('\n').pop());
		return {
			seconds,
			peakMB: peakKb / 1000,
			mbPerSecond: Buffer.byteLength(transcript) / 1e6 / seconds
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
