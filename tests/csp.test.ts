import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, waitForMap } from './support/browser';

/**
 * The Content-Security-Policy holds: the app's pages, used a little, trigger no violation in the
 * page, its frames or MapLibre's worker, while the map renders. Violations are seen two ways: the
 * `securitypolicyviolation` events of every document (recorded by an init script) and Chromium's
 * console reports (which also cover workers).
 */

const EMBASSY = '2022-09-05-kabul-russian-embassy-bombing';

interface Watched {
	page: Page;
	/** Console messages that are errors or speak of the policy. */
	console: string[];
	/** The CSP header of each HTML document loaded, by URL. */
	policies: Map<string, string>;
}

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path: string): Promise<Watched> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener(
			'securitypolicyviolation',
			(e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
			true
		);
	});
	const page = await context.newPage();
	const watched: Watched = { page, console: [], policies: new Map() };
	page.on('console', (m) => {
		if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) watched.console.push(m.text());
	});
	page.on('pageerror', (e) => watched.console.push(`uncaught: ${e.message}`));
	page.on('response', async (r) => {
		if (r.request().resourceType() === 'document') watched.policies.set(r.url(), (await r.allHeaders())['content-security-policy'] ?? '');
	});
	await page.goto(new URL(path, baseUrl()).href);
	await waitForMap(page);
	return watched;
}

/** Violations recorded in the page and in each of its frames. */
async function violations(page: Page): Promise<string[]> {
	const all: string[] = [];
	for (const frame of page.frames())
		all.push(...(await frame.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])));
	return all;
}

async function expectNoViolations({ page, console, policies }: Watched) {
	// Let reports of the last interaction arrive.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
	expect(await violations(page)).toEqual([]);
	expect(console).toEqual([]);
	expect(policies.size).toBeGreaterThan(0);
	for (const [url, policy] of policies) expectStrictPolicy(policy, url);
}

/** One policy, whose scripts need the app's origin or the hash of the page's own start-up script, and no inline style. */
function expectStrictPolicy(policy: string, url: string) {
	const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...v]) => [name!, v]));
	const scripts = directives.get('script-src');
	expect(scripts, `${url}: script-src`).toBeDefined();
	expect(scripts!.filter((s) => !/^'sha256-[\w+/=]+'$/.test(s)), url).toEqual(["'self'"]);
	for (const name of ['default-src', 'script-src', 'style-src', 'worker-src'])
		expect(directives.get(name)?.join(' '), `${url}: ${name}`).not.toMatch(/unsafe-inline|unsafe-eval/);
	expect(directives.get('default-src')).toEqual(["'self'"]);
	expect(directives.get('worker-src')).toEqual(["'self'"]);
	expect(directives.get('connect-src')).toEqual(["'self'"]);
}

describe('Content-Security-Policy', () => {
	it('/ : the map, filters, timeline, details and Share dialog with no violation', async () => {
		const watched = await open('/');
		const { page } = watched;
		try {
			// Filters: open the panel, search, untick a category.
			await page.locator('details.filters-box > summary').click();
			await page.getByRole('searchbox').fill('Kabul');
			await page.locator('input[name="category"]').first().uncheck();
			await page.locator('details.filters-box > summary').click();
			// Timeline: narrow the window from the keyboard, step the player, clear it.
			await page.locator('.timeline input[type="range"]').first().focus();
			await page.keyboard.press('ArrowRight');
			await page.getByRole('button', { name: 'Step forward' }).click();
			await page.getByRole('button', { name: 'All dates' }).click();
			// Details: choose an incident in the list, then close it.
			await page.locator('.incident-list a').first().click();
			await page.getByTestId('incident-details').waitFor();
			await page.getByRole('link', { name: 'Close details' }).click();
			// Share: the dialog and its live preview of /embed.
			await page.getByRole('button', { name: 'Share' }).click();
			const dialog = page.getByRole('dialog', { name: 'Share this view' });
			await dialog.getByLabel('Theme').selectOption('dark');
			await dialog.frameLocator('iframe.preview').locator('[data-ready="true"]').waitFor({ timeout: 45_000 });
			await page.keyboard.press('Escape');
			await dialog.waitFor({ state: 'hidden' });
			await expectNoViolations(watched);
			expect([...watched.policies.keys()].some((u) => new URL(u).pathname === '/embed')).toBe(true);
		} finally {
			await page.context().close();
		}
	});

	it('/embed : the framed map with its list and details, with no violation', async () => {
		const watched = await open('/embed?list=1&legend=1');
		const { page } = watched;
		try {
			await page.locator('.incident-list a').first().click();
			await page.getByTestId('incident-details').waitFor();
			await expectNoViolations(watched);
		} finally {
			await page.context().close();
		}
	});

	it('/incidents/{id} : the page and its small map, with no violation', async () => {
		const watched = await open(`/incidents/${EMBASSY}`);
		const { page } = watched;
		try {
			expect(await page.locator('h1').textContent()).toMatch(/Russian embassy/);
			await expectNoViolations(watched);
		} finally {
			await page.context().close();
		}
	});

	it('allows the page\'s one inline script by its hash (no nonce: a cached page stays safe), and the route announcer the one inline style', async () => {
		for (const path of ['/', `/embed?incident=${EMBASSY}`, `/incidents/${EMBASSY}`]) {
			const res = await fetch(new URL(path, baseUrl()));
			const policy = res.headers.get('content-security-policy')!;
			expect(policy).not.toMatch(/nonce-/);
			const page = await res.text();
			const inline = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
			expect(inline, path).toHaveLength(1);
			expect(page, path).not.toMatch(/<script nonce=/);
			const hash = `'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`;
			expect(policy.split(';').find((d) => d.trim().startsWith('script-src'))!.trim().split(/\s+/), path).toEqual([
				'script-src',
				"'self'",
				hash
			]);
		}
		// Kit's route announcer is added once the app is mounted; its style passes because of the hash.
		const watched = await open('/');
		try {
			await watched.page.waitForFunction(() => !!document.getElementById('svelte-announcer'));
			expect(await watched.page.evaluate(() => getComputedStyle(document.getElementById('svelte-announcer')!).position)).toBe('absolute');
			await expectNoViolations(watched);
		} finally {
			await watched.page.context().close();
		}
	});
});
