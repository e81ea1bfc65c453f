/**
 * Visual regression: the main views at a phone's, a laptop's and a wide monitor's size, compared
 * with reference screenshots committed beside this file (made on the development machine with
 * `npx playwright test tests/e2e/visual.test.ts --update-snapshots`; review a changed reference
 * by eye before committing it). Playwright waits until two screenshots in a row agree, so the
 * graph's glides and framing have settled.
 */
import { expect, openGraph, settled, test } from './fixtures';

const SIZES = {
	phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
	laptop: { viewport: { width: 1280, height: 720 } },
	wide: { viewport: { width: 1920, height: 1080 } }
} as const;

const VIEWS = [
	{ name: 'overview', path: '/?layout=overview' },
	// By speaker is the arrangement the explorer opens on.
	{ name: 'by-speaker', path: '/' },
	{ name: 'by-question', path: '/?layout=question' },
	{ name: 'speaker-selected', path: '/?select=wang-qing' }
];

for (const [size, options] of Object.entries(SIZES)) {
	test.describe(`at ${size} size`, () => {
		test.use(options);
		for (const view of VIEWS) {
			test(`${view.name}`, async ({ page }) => {
				await openGraph(page, view.path);
				if (view.name === 'speaker-selected' && size === 'phone') {
					await page.getByRole('button', { name: 'Details' }).click();
				}
				await settled(page);
				await expect(page).toHaveScreenshot(`${view.name}-${size}.png`, {
					maxDiffPixelRatio: 0.01
				});
			});
		}
	});
}
