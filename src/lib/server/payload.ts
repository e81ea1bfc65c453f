/**
 * What the built app makes a browser load: the JavaScript the explorer's page loads before it
 * can draw (every module its HTML names and, transitively, everything those import statically;
 * code behind `import()` loads on demand and is not counted), the size of the whole build, the
 * number of pages, and what a node's permalink page and its data cost. Read from a built app
 * directory (`build/`), so it measures exactly what would be deployed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

export interface FirstViewJs {
	/** The modules, relative to the build directory, in the order they were found. */
	files: string[];
	bytes: number;
	/** Each file gzipped on its own (level 9), summed: what a server compressing files sends. */
	gzipBytes: number;
}

export interface PermalinkCost {
	/** Permalink pages (`node/<id>.html`, at the root or under `d/<document>/`): one per node. */
	pages: number;
	htmlBytes: number;
	/** Their `__data.json` files. */
	dataBytes: number;
	/** (HTML + data) per page. */
	bytesPerNode: number;
}

export interface PayloadReport {
	/** The page measured, relative to the build directory. */
	page: string;
	firstViewJs: FirstViewJs;
	/** Every file of the build. */
	totalBytes: number;
	files: number;
	/** HTML pages. */
	pages: number;
	/** The graph files the explorer fetches (`graphs/<id>.json`). */
	graphs: { files: number; bytes: number };
	permalinks: PermalinkCost;
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
function walk(dir: string, base = dir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return walk(path, base);
		return entry.isFile() ? [relative(base, path).split(sep).join('/')] : [];
	});
}

/** The scripts a page's HTML names: module preloads, script sources, and inline `import("…")`. */
function scriptsOf(html: string): string[] {
	const found: string[] = [];
	for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
		if (/\brel=["']?modulepreload\b/i.test(tag)) {
			const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
			if (href) found.push(href);
		}
	}
	for (const match of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)[^>]*>/gi)) {
		found.push(match[1]!);
	}
	for (const match of html.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(match[1]!);
	return found;
}

/** A URL a page or module names, as a file of the build; null if it is not one (another origin). */
function fileOf(buildDir: string, from: string, url: string): string | null {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
	const path = url.split(/[?#]/)[0]!;
	const absolute = path.startsWith('/') ? join(buildDir, path) : resolve(dirname(from), path);
	const file = relative(buildDir, absolute);
	return file.startsWith('..') ? null : file.split(sep).join('/');
}

/**
 * Measures a built app.
 *
 * @param buildDir - the directory `vite build` wrote (adapter-static's `build/`)
 * @param page - the page whose first-view JavaScript to measure, relative to `buildDir`
 * @throws Error naming the file when `buildDir` or the page is missing, or when a module the
 *   page loads is not in the build
 *
 * @example
 * const report = await measurePayload('build');
 * report.firstViewJs.gzipBytes; // e.g. 212000
 */
export async function measurePayload(
	buildDir: string,
	page = 'index.html'
): Promise<PayloadReport> {
	const root = resolve(buildDir);
	let files: string[];
	try {
		files = walk(root);
	} catch {
		throw new Error(`${buildDir} is not a built app: run \`npm run build\` first.`);
	}
	const size = (file: string) => statSync(join(root, file)).size;
	const pagePath = join(root, page);
	let html: string;
	try {
		html = readFileSync(pagePath, 'utf8');
	} catch {
		throw new Error(`${join(buildDir, page)} is missing: run \`npm run build\` first.`);
	}

	await init;
	const seen = new Set<string>();
	const queue: [from: string, url: string][] = scriptsOf(html).map((url) => [pagePath, url]);
	while (queue.length > 0) {
		const [from, url] = queue.shift()!;
		const file = fileOf(root, from, url);
		if (file === null || seen.has(file)) continue;
		let code: string;
		try {
			code = readFileSync(join(root, file), 'utf8');
		} catch {
			throw new Error(
				`${join(buildDir, relative(root, from))} loads ${url}, which is not in ${buildDir}.`
			);
		}
		seen.add(file);
		const [imports] = parse(code, file);
		for (const specifier of imports) {
			// d === -1: a static import, loaded before the module runs; import() loads on demand.
			if (specifier.d === -1 && specifier.n) queue.push([join(root, file), specifier.n]);
		}
	}
	const firstView = [...seen];
	const firstViewJs: FirstViewJs = {
		files: firstView,
		bytes: firstView.reduce((sum, file) => sum + size(file), 0),
		gzipBytes: firstView.reduce(
			(sum, file) => sum + gzipSync(readFileSync(join(root, file)), { level: 9 }).length,
			0
		)
	};

	const present = new Set(files);
	const permalinkPages = files.filter((file) => /^(d\/[^/]+\/)?node\/[^/]+\.html$/.test(file));
	const htmlBytes = permalinkPages.reduce((sum, file) => sum + size(file), 0);
	const dataBytes = permalinkPages
		.map((file) => `${file.slice(0, -'.html'.length)}/__data.json`)
		.filter((file) => present.has(file))
		.reduce((sum, file) => sum + size(file), 0);
	const graphs = files.filter((file) => /^graphs\/[^/]+\.json$/.test(file));

	return {
		page,
		firstViewJs,
		totalBytes: files.reduce((sum, file) => sum + size(file), 0),
		files: files.length,
		pages: files.filter((file) => file.endsWith('.html')).length,
		graphs: { files: graphs.length, bytes: graphs.reduce((sum, file) => sum + size(file), 0) },
		permalinks: {
			pages: permalinkPages.length,
			htmlBytes,
			dataBytes,
			bytesPerNode:
				permalinkPages.length === 0
					? 0
					: Math.round((htmlBytes + dataBytes) / permalinkPages.length)
		}
	};
}
