import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const views = {
  home: '/',
  sector: '/?select=new-infrastructure',
  trace: '/?select=wang-5g-breaks-out-first&trace=wang-5g-breaks-out-first',
  step: '/?step=4',
  disagree: '/?relations=disagrees-with',
  speaker: '/?select=wang-qing',
};
const sizes = (process.argv[2] ?? '1440x900').split(',');
const only = process.argv[3]?.split(',');
for (const size of sizes) {
  const [w, h] = size.split('x').map(Number);
  const p = await b.newPage({ viewport: { width: w, height: h } });
  for (const [name, url] of Object.entries(views)) {
    if (only && !only.includes(name)) continue;
    await p.goto('http://localhost:4212' + url);
    await p.waitForFunction(() => window.cy && window.cy.nodes().length > 0);
    await p.waitForSelector('.cy[aria-busy="false"]');
    await p.waitForTimeout(900);
    await p.screenshot({ path: `/tmp/i12/${name}-${size}.png` });
    console.log(name, size, await p.evaluate(() => [scrollY, document.documentElement.scrollHeight]));
  }
  await p.close();
}
await b.close();
