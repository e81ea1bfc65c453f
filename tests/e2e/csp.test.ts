/**
 * The Content Security Policy: every page carries it, it lets no inline script run but
 * SvelteKit's own (by hash), and the app still works under it: the graph draws, the stance
 * table and the permalink pages load, and every export (PNG, SVG, PDF through jsPDF and
 * svgcanvas, the data files through blob: URLs) is saved with no violation.
 */
import { statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { claimQuoting, expect, openGraph, test } from './fixtures';

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchPolicy(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
		});
	});
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** The policy in the page's <meta> tag, as directive → sources. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
	const content = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(content, 'the page carries a Content Security Policy').toBeTruthy();
	return new Map(
		content!
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.map(([name, ...sources]) => [name!, sources])
	);
}

test('the explorer carries a policy with no unsafe-inline script, and draws the graph under it', async ({
	page
}) => {
	await watchPolicy(page);
	await openGraph(page);
	const policy = await policyOf(page);
	expect(policy.get('script-src')).toContain("'self'");
	expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
	expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
	expect(policy.get('script-src')!.some((s) => s.startsWith("'sha256-"))).toBe(true);
	expect(policy.get('object-src')).toEqual(["'none'"]);
	expect(await page.evaluate(() => window.cy!.nodes().length)).toBeGreaterThan(0);
	expect(await violations(page)).toEqual([]);
});

test('an inline script that is not SvelteKit’s is refused', async ({ page, pageProblems }) => {
	await watchPolicy(page);
	await openGraph(page);
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injected = true;';
		document.body.append(script);
	});
	await expect.poll(() => violations(page)).toEqual(['script-src-elem blocked inline']);
	expect(await page.evaluate(() => 'injected' in window)).toBe(false);
	// Chromium logs the refusal as a console error; it is the expected outcome here.
	pageProblems.splice(0, pageProblems.length);
});

test('the stance table loads under the policy', async ({ page }) => {
	await watchPolicy(page);
	await page.goto('/stance');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare the speakers');
	await policyOf(page);
	expect(await violations(page)).toEqual([]);
});

test('a permalink page loads under the policy', async ({ page }) => {
	const claim = claimQuoting('So I think 5G will break out first');
	await watchPolicy(page);
	await page.goto(`/node/${claim.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.label);
	await policyOf(page);
	expect(await violations(page)).toEqual([]);
});

for (const format of ['PNG', 'SVG', 'PDF', 'GraphML', 'CSV of claims']) {
	test(`the ${format} export is saved with no violation`, async ({ page }) => {
		await watchPolicy(page);
		await openGraph(page);
		await page.getByRole('button', { name: 'Export…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Export' });
		await dialog.getByRole('radio', { name: format, exact: true }).check();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			dialog.getByRole('button', { name: /^Export / }).click()
		]);
		expect(statSync((await download.path())!).size).toBeGreaterThan(0);
		await expect(dialog.getByRole('status')).toHaveText(/^Saved /);
		expect(await violations(page)).toEqual([]);
	});
}
