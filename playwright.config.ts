import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** The Chromium to drive: $CHROMIUM_PATH, else the first one installed in a usual place. */
function chromiumPath(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
		return fromEnv;
	}
	const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
	const found = candidates.find((path) => existsSync(path));
	if (!found) {
		throw new Error(
			`No Chromium found (looked for ${candidates.join(', ')}). Install one with ` +
				'`apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium ' +
				'or Chrome executable.'
		);
	}
	return found;
}

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 1,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	outputDir: 'test-results/artifacts',
	use: {
		baseURL: `http://localhost:${PORT}`,
		headless: true,
		viewport: { width: 1280, height: 800 },
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: chromiumPath(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	// `npm run test:e2e` builds first; this only serves the built app.
	webServer: {
		command: `npm run preview -- --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}`,
		reuseExistingServer: false,
		// Starting takes seconds; on a shared, busy machine it has once taken over a minute.
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
