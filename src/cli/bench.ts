/**
 * `npm run bench [-- --quick] [-- --sizes 1000,5000,20000] [-- --runs 3]`: first how long
 * `graph:build` takes, and its peak memory, on generated transcripts near the size limits (each
 * its own process in a scratch folder); then builds the app with synthetic documents beside the
 * interview (in a scratch copy), drives Chromium through Playwright, prints a table and writes
 * test-results/bench.json. Every figure is a median over the runs, beside a baseline measured in
 * the same run where there is one. `--reuse <dir>` measures a scratch app an earlier run built
 * again, in the browser only; `--quick` runs one build case, one size and one run.
 */
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
	addGraphs,
	BUILD_CASES,
	compileSynthetic,
	graphBuildCase,
	median,
	percentile,
	scratchApp,
	staticBuild,
	writeBaselinePage
} from '../lib/server/bench';
import { measurePayload } from '../lib/server/payload';
import type { Graph } from '../lib/graph';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const sizes = (option('sizes') ?? (quick ? '1000' : '1000,5000'))
	.split(',')
	.map((s) => Number(s.trim()))
	.filter((n) => n > 0);
/** A scratch app a previous run built, to measure again in the browser without rebuilding. */
const reuse = option('reuse');
const runs = Number(option('runs') ?? (quick ? 1 : 3));
const port = Number(option('port') ?? process.env.BENCH_PORT ?? 4299);
const root = process.cwd();

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '—');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

/** A static file server over the build, as any static host would serve it. */
function serve(dir: string): Promise<Server> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const candidates = [path, `${path}.html`, join(path, 'index.html')].map((p) => join(dir, p));
		const file = candidates.find((c) => c.startsWith(dir) && existsSync(c) && statSync(c).isFile());
		if (!file) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	return new Promise((done) => server.listen(port, () => done(server)));
}

function chromiumPath(): string {
	const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
		.filter((p): p is string => !!p)
		.find((p) => existsSync(p));
	if (!found) throw new Error('No Chromium found: set CHROMIUM_PATH or apt-get install chromium');
	return found;
}

const base = `http://localhost:${port}`;

/**
 * Records long tasks (over 50 ms) from the start of every page, and whether the page arrived
 * with the still picture of its graph in it (then its first contentful paint shows the graph).
 */
const LONG_TASKS = `
	window.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			window.__longTasks.push(entry.duration);
			window.__longTaskEnd = entry.startTime + entry.duration;
		}
	}).observe({ type: 'longtask', buffered: true });
	document.addEventListener('DOMContentLoaded', () => {
		window.__pictureInPage = document.querySelector('.graph-preview') !== null;
	});
`;

async function openAndDraw(
	browser: Browser,
	path: string,
	timeout = 600_000
): Promise<{ page: Page; firstDraw: number; firstPicture: number }> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.addInitScript(LONG_TASKS);
	await page.goto(`${base}${path}`);
	try {
		await page.waitForFunction(
			() => performance.getEntriesByName('citegraph:first-draw').length > 0,
			undefined,
			{ timeout, polling: 100 }
		);
	} catch (error) {
		await page.close();
		throw error;
	}
	const firstDraw = await page.evaluate(
		() => performance.getEntriesByName('citegraph:first-draw')[0]!.startTime
	);
	// The still picture is in the page's HTML, so its first contentful paint shows it; without
	// one, the live graph is the first picture.
	const picture = await page.evaluate(() =>
		(window as unknown as { __pictureInPage?: boolean }).__pictureInPage
			? performance.getEntriesByName('first-contentful-paint')[0]?.startTime
			: undefined
	);
	return { page, firstDraw, firstPicture: Math.min(picture ?? Infinity, firstDraw) };
}

const idle = (page: Page) =>
	page.waitForFunction(
		() => document.querySelector('.cy')?.getAttribute('aria-busy') === 'false',
		undefined,
		{ timeout: 600_000 }
	);
const twoFrames = (page: Page) =>
	page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);

/** The legend's toggle of claim nodes. */
const claimToggle = (page: Page) =>
	page
		.getByRole('complementary', { name: 'Legend and filters' })
		.getByRole('button', { name: /^claim\b/i });

/** The longest main-thread task while `act` runs and the page settles after it. */
async function longestTask(page: Page, act: () => Promise<void>): Promise<number> {
	await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
	await act();
	await idle(page);
	await twoFrames(page);
	return page.evaluate(() =>
		Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks)
	);
}

/** Waits until the page has run no long task for half a second (what a gesture set going has ended). */
const quiet = (page: Page) =>
	page.waitForFunction(
		() =>
			performance.now() - ((window as unknown as { __longTaskEnd?: number }).__longTaskEnd ?? 0) >
			500,
		undefined,
		{ timeout: 600_000, polling: 100 }
	);

/** Points the mouse at five nodes across the view in turn, a frame apart, then off the graph. */
async function hoverNodes(page: Page): Promise<void> {
	const points = await page.evaluate(() => {
		const cy = window.cy!;
		const box = cy.container()!.getBoundingClientRect();
		const inside = cy
			.nodes()
			.map((node) => ({ visible: node.visible(), at: node.renderedPosition() }))
			.filter(
				({ visible, at }) =>
					visible && at.x > 10 && at.y > 10 && at.x < cy.width() - 10 && at.y < cy.height() - 10
			);
		const step = Math.max(1, Math.floor(inside.length / 5));
		return inside
			.filter((_, i) => i % step === 0)
			.slice(0, 5)
			.map(({ at }) => ({ x: box.x + at.x, y: box.y + at.y }));
	});
	for (const point of points) {
		await page.mouse.move(point.x, point.y);
		await twoFrames(page);
	}
	await page.mouse.move(0, 0);
}

/** Frame times while dragging the graph about and zooming with the wheel. */
async function panZoomFrames(page: Page): Promise<number[]> {
	const box = (await page.locator('.cy').boundingBox())!;
	// Pressed on a node, the pointer would drag that node rather than pan the view: the gesture
	// starts at the point near the middle furthest from every node. (Strings, not functions: the
	// bundler would wrap a named inner function in a helper the page does not have.)
	const start = (await page.evaluate(`(() => {
		const cy = window.cy;
		const boxes = cy.nodes(':visible').map((node) => node.renderedBoundingBox({ includeLabels: false }));
		let best = { x: cy.width() / 2, y: cy.height() / 2, clearance: -1 };
		for (let i = 0; i <= 10; i++) {
			for (let j = 0; j <= 10; j++) {
				const x = cy.width() * (0.3 + 0.02 * i);
				const y = cy.height() * (0.3 + 0.02 * j);
				let clearance = Infinity;
				for (const b of boxes) {
					const dx = Math.max(b.x1 - x, 0, x - b.x2);
					const dy = Math.max(b.y1 - y, 0, y - b.y2);
					clearance = Math.min(clearance, Math.hypot(dx, dy));
				}
				if (clearance > best.clearance) best = { x, y, clearance };
			}
		}
		return best;
	})()`)) as { x: number; y: number };
	const cx = box.x + start.x;
	const cy = box.y + start.y;
	const panX = () => page.evaluate('window.cy.pan().x') as Promise<number>;
	const from = await panX();
	await page.evaluate(`(() => {
		window.__frames = [];
		window.__recording = true;
		let last = performance.now();
		const tick = (now) => {
			window.__frames.push(now - last);
			last = now;
			if (window.__recording) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	})()`);
	await page.mouse.move(cx, cy);
	await page.mouse.down();
	for (let i = 0; i < 40; i++) await page.mouse.move(cx + 4 * i, cy + 2 * i);
	await page.mouse.up();
	if ((await panX()) === from) throw new Error(`the drag from (${cx}, ${cy}) did not pan the view`);
	for (let i = 0; i < 10; i++) await page.mouse.wheel(0, i < 5 ? -120 : 120);
	await twoFrames(page);
	return page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __recording: boolean };
		w.__recording = false;
		return w.__frames.slice(1);
	});
}

/** How long the WebGL renderer is given to draw a graph before it counts as not drawn. */
const WEBGL_LIMIT = 180_000;

/**
 * Frame times while panning and zooming with Cytoscape's WebGL renderer; none if it has not drawn
 * the graph in `WEBGL_LIMIT` (without a GPU it draws in software, and a large graph may take
 * longer than the canvas by far).
 */
async function webglFrames(browser: Browser, path: string): Promise<number[]> {
	let opened: Awaited<ReturnType<typeof openAndDraw>> | null = null;
	try {
		opened = await openAndDraw(browser, path, WEBGL_LIMIT);
		await idle(opened.page);
		return await panZoomFrames(opened.page);
	} catch (error) {
		console.log(`WebGL: ${path} not drawn in ${WEBGL_LIMIT / 1000} s (${(error as Error).name})`);
		return [];
	} finally {
		await opened?.page.close();
	}
}

interface SizeResult {
	id: string;
	nodes: number;
	edges: number;
	/** The still picture in the page's first paint, if it has one; else the live graph. */
	firstPicture: number;
	firstDraw: number;
	memoryMB: number;
	canvasFrames: { median: number; p95: number };
	webglFrames: { median: number; p95: number };
	longestTask: {
		firstDraw: number;
		hover: number;
		relayout: number;
		expandAll: number;
		filtering: number;
	};
}

async function main() {
	console.log(`bench: sizes ${sizes.join(', ')}; ${runs} run(s) each`);
	// 0. graph:build on large transcripts, as its own process (its time includes start-up).
	const buildCases = (quick ? BUILD_CASES.slice(0, 1) : BUILD_CASES).map((c) => {
		const result = graphBuildCase(root, c);
		console.log(
			`graph:build ${c.name}: ${result.seconds.toFixed(1)} s, peak ${result.peakMB.toFixed(0)} MB, ${result.mbPerSecond.toFixed(2)} MB/s`
		);
		return { ...c, ...result };
	});

	// 1. Synthetic documents through the compiler, and the layout the build ships.
	const compiled = sizes.map((n) => {
		const result = compileSynthetic(n);
		console.log(
			`compiled ${result.graph.document.id}: ${result.graph.nodes.length} nodes, ${result.graph.edges.length} edges in ${ms(result.compileMs)}, layout ${ms(result.layoutMs)}`
		);
		return result;
	});
	const sourceBytes = compiled.reduce((s, c) => s + c.sourceBytes, 0);
	const compileSeconds = compiled.reduce((s, c) => s + c.compileMs, 0) / 1000;
	const layoutSeconds = compiled.reduce((s, c) => s + c.layoutMs, 0) / 1000;

	// 2. Static builds: the interview alone, then with the synthetic documents.
	const dir = reuse ?? scratchApp(root);
	const skipped = { ms: NaN, bytes: NaN };
	const alone = reuse ? skipped : staticBuild(dir);
	const alonePayload = reuse ? null : await measurePayload(join(dir, 'build'));
	const aloneJs = alonePayload?.firstViewJs.gzipBytes ?? NaN;
	console.log(`static build, interview alone: ${ms(alone.ms)}, ${mb(alone.bytes)}`);
	const graphs: Graph[] = compiled.map((c) => c.graph);
	if (!reuse) addGraphs(dir, compiled);
	const withSynthetic = reuse ? skipped : staticBuild(dir);
	const syntheticNodes = graphs.reduce((s, g) => s + g.nodes.length, 0);
	console.log(
		`static build with synthetic documents: ${ms(withSynthetic.ms)}, ${mb(withSynthetic.bytes)}`
	);
	const buildDir = join(dir, 'build');
	const payload = await measurePayload(buildDir);
	const firstViewJs = payload.firstViewJs.gzipBytes;
	const { readFileSync } = await import('node:fs');
	const interview: Graph = JSON.parse(
		readFileSync(
			join(root, 'graph-data/build', 'five-questions-on-new-infrastructure.graph.json'),
			'utf8'
		)
	);
	writeBaselinePage(root, buildDir, [interview]);

	// 3. The app in Chromium.
	const server = await serve(buildDir);
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		// `gc` exposed, so the heap is read after a collection rather than whenever V8 last ran one.
		args: [
			'--no-sandbox',
			'--enable-precise-memory-info',
			'--disable-gpu',
			'--js-flags=--expose-gc'
		]
	});
	const interviewDraw: number[] = [];
	const interviewPicture: number[] = [];
	const baselineDraw: number[] = [];
	for (let run = 0; run < runs; run++) {
		const app = await openAndDraw(browser, '/');
		interviewDraw.push(app.firstDraw);
		interviewPicture.push(app.firstPicture);
		await app.page.close();
		const plain = await openAndDraw(browser, `/bench/baseline.html?doc=${interview.document.id}`);
		baselineDraw.push(plain.firstDraw);
		await plain.page.close();
	}
	const results: SizeResult[] = [];
	for (const graph of graphs) {
		const samples: SizeResult[] = [];
		for (let run = 0; run < runs; run++) {
			const path = `/d/${graph.document.id}`;
			const { page, firstDraw, firstPicture } = await openAndDraw(browser, path);
			await idle(page);
			const firstTask = await page.evaluate(() =>
				Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks)
			);
			const memory = await page.evaluate(() => {
				(window as unknown as { gc(): void }).gc();
				return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory
					.usedJSHeapSize;
			});
			const canvas = await panZoomFrames(page);
			await quiet(page);
			const hover = await longestTask(page, () => hoverNodes(page));
			const filtering = await longestTask(page, () => claimToggle(page).click());
			await claimToggle(page).click();
			await idle(page);
			const expandAll = await longestTask(page, () =>
				page.getByRole('button', { name: 'Expand all answers' }).click()
			);
			const relayout = await longestTask(page, () =>
				page.getByRole('button', { name: 'Re-run layout' }).click()
			);
			await page.close();
			const webgl = await webglFrames(browser, `${path}?renderer=webgl`);
			samples.push({
				id: graph.document.id,
				nodes: graph.nodes.length,
				edges: graph.edges.length,
				firstPicture,
				firstDraw,
				memoryMB: memory / 1024 / 1024,
				canvasFrames: { median: median(canvas), p95: percentile(canvas, 95) },
				webglFrames: { median: median(webgl), p95: percentile(webgl, 95) },
				longestTask: { firstDraw: firstTask, hover, relayout, expandAll, filtering }
			});
		}
		const m = (f: (s: SizeResult) => number) => median(samples.map(f));
		results.push({
			id: graph.document.id,
			nodes: graph.nodes.length,
			edges: graph.edges.length,
			firstPicture: m((s) => s.firstPicture),
			firstDraw: m((s) => s.firstDraw),
			memoryMB: m((s) => s.memoryMB),
			canvasFrames: { median: m((s) => s.canvasFrames.median), p95: m((s) => s.canvasFrames.p95) },
			webglFrames: { median: m((s) => s.webglFrames.median), p95: m((s) => s.webglFrames.p95) },
			longestTask: {
				firstDraw: m((s) => s.longestTask.firstDraw),
				hover: m((s) => s.longestTask.hover),
				relayout: m((s) => s.longestTask.relayout),
				expandAll: m((s) => s.longestTask.expandAll),
				filtering: m((s) => s.longestTask.filtering)
			}
		});
		console.log(`measured ${graph.document.id}`);
	}
	await browser.close();
	server.close();

	const report = {
		date: new Date().toISOString(),
		runs,
		interview: {
			firstPicture: median(interviewPicture),
			firstDrawPreset: median(interviewDraw),
			firstDrawLayoutAtLoad: median(baselineDraw),
			pictureRatio: median(baselineDraw) / median(interviewPicture),
			ratio: median(baselineDraw) / median(interviewDraw)
		},
		synthetic: results,
		graphBuild: {
			largeTranscripts: buildCases,
			mbPerSecond: sourceBytes / 1024 / 1024 / compileSeconds,
			mbPerSecondWithLayout: sourceBytes / 1024 / 1024 / (compileSeconds + layoutSeconds)
		},
		staticBuild: {
			interviewAlone: alone,
			withSynthetic,
			syntheticNodes,
			msPer1000Nodes: ((withSynthetic.ms - alone.ms) / syntheticNodes) * 1000,
			bytesPer1000Nodes: ((withSynthetic.bytes - alone.bytes) / syntheticNodes) * 1000,
			bytesPerNode: (withSynthetic.bytes - alone.bytes) / syntheticNodes
		},
		firstViewJsGzipped: { interviewAlone: aloneJs, withSynthetic: firstViewJs, target: 250 * 1024 },
		payload: { interviewAlone: alonePayload, withSynthetic: payload }
	};

	const rows: [string, string, string][] = [
		[
			'interview: graph first on screen (still picture vs layout at load)',
			ms(report.interview.firstPicture),
			`${ms(report.interview.firstDrawLayoutAtLoad)} (×${report.interview.pictureRatio.toFixed(1)})`
		],
		[
			'interview: live graph first drawn (preset vs layout at load)',
			ms(report.interview.firstDrawPreset),
			`${ms(report.interview.firstDrawLayoutAtLoad)} (×${report.interview.ratio.toFixed(1)})`
		],
		...results.flatMap((r): [string, string, string][] => [
			[
				`${r.nodes} nodes / ${r.edges} edges: first picture / live graph drawn`,
				`${ms(r.firstPicture)} / ${ms(r.firstDraw)}`,
				'—'
			],
			[
				`  pan/zoom frame median, p95 (canvas vs WebGL)`,
				`${ms(r.canvasFrames.median)}, ${ms(r.canvasFrames.p95)}`,
				`${ms(r.webglFrames.median)}, ${ms(r.webglFrames.p95)}`
			],
			[
				`  longest task: first draw / hover / re-layout / expand all / filter`,
				[
					r.longestTask.firstDraw,
					r.longestTask.hover,
					r.longestTask.relayout,
					r.longestTask.expandAll,
					r.longestTask.filtering
				]
					.map(ms)
					.join(' / '),
				'target 200 ms'
			],
			[`  JS heap after first draw, collected`, `${r.memoryMB.toFixed(0)} MB`, '—']
		]),
		...buildCases.map((c): [string, string, string] => [
			`graph:build, ${c.name} (time, peak memory)`,
			`${c.seconds.toFixed(1)} s, ${c.peakMB.toFixed(0)} MB`,
			`${c.mbPerSecond.toFixed(2)} MB/s`
		]),
		[
			'graph:build throughput, synthetic (compile; with layout)',
			`${report.graphBuild.mbPerSecond.toFixed(3)} MB/s`,
			`${report.graphBuild.mbPerSecondWithLayout.toFixed(3)} MB/s`
		],
		[
			'static build per 1,000 nodes (time, size)',
			`${(report.staticBuild.msPer1000Nodes / 1000).toFixed(1)} s, ${mb(report.staticBuild.bytesPer1000Nodes)}`,
			`interview alone: ${(alone.ms / 1000).toFixed(1)} s, ${mb(alone.bytes)}`
		],
		['static build bytes per node', `${Math.round(report.staticBuild.bytesPerNode)} B`, '—'],
		[
			'permalink page + data per node',
			kb(payload.permalinks.bytesPerNode),
			`graph files: ${mb(payload.graphs.bytes)}`
		],
		['first-view JS, gzipped', kb(firstViewJs), `target ${kb(250 * 1024)}`]
	];
	const width = Math.max(...rows.map((r) => r[0].length));
	console.log(`\n${'measure'.padEnd(width)} | citegraph | baseline`);
	for (const [name, value, baseline] of rows)
		console.log(`${name.padEnd(width)} | ${value} | ${baseline}`);
	mkdirSync(resolve(root, 'test-results'), { recursive: true });
	writeFileSync(
		resolve(root, 'test-results/bench.json'),
		`${JSON.stringify(report, null, '\t')}\n`
	);
	console.log(`\nwrote test-results/bench.json; the built app is in ${dir} (--reuse ${dir})`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
