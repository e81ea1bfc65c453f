import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const dir = '/tmp/citegraph-bench-uYsJQP/build';
const server = createServer((req, res) => {
	const p = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
	const f = [p, p + '.html', join(p, 'index.html')].map((c) => join(dir, c)).find((c) => existsSync(c) && statSync(c).isFile());
	if (!f) { res.writeHead(404).end(); return; }
	res.writeHead(200, { 'content-type': extname(f) === '.js' ? 'text/javascript' : extname(f) === '.html' ? 'text/html' : 'application/octet-stream' });
	createReadStream(f).pipe(res);
}).listen(4298);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
await cdp.send('Profiler.start');
await page.goto('http://localhost:4298' + (process.argv[2] ?? '/d/synthetic-1000'));
await page.waitForFunction(() => performance.getEntriesByName('citegraph:first-draw').length > 0, undefined, { timeout: 300000 });
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const self = new Map<string, number>();
const dt = profile.timeDeltas!;
profile.samples!.forEach((id: number, i: number) => {
	const n: any = byId.get(id);
	const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
	self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${Math.round(v)}ms ${k}`).join('\n'));
// inclusive by function: parent map
const parent = new Map<number, number>();
for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
profile.samples!.forEach((id: number, i: number) => {
	const seen = new Set<string>();
	let cur: number | undefined = id;
	while (cur !== undefined) {
		const n: any = byId.get(cur);
		const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
		if (!seen.has(key)) { seen.add(key); incl.set(key, (incl.get(key) ?? 0) + (dt[i] ?? 0) / 1000); }
		cur = parent.get(cur);
	}
});
console.log('--- inclusive');
console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${Math.round(v)}ms ${k}`).join('\n'));
await browser.close(); server.close();
