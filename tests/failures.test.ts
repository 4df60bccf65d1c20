import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { baseUrl, jumpAndSettle, launchBrowser, settle, waitForMap } from './support/browser';

/**
 * When parts fail, the page says so in words and keeps going: the API failing for a while (request
 * interception answers 503 or drops the connection for the first N requests), and the map's
 * graphics context lost (WEBGL_lose_context on the map's own canvas).
 */

let browser: Browser;
let total: number;

beforeAll(async () => {
	browser = await launchBrowser();
	total = ((await (await fetch(`${baseUrl()}/api/incidents`)).json()) as { features: unknown[] }).features.length;
});
afterAll(async () => browser?.close());

/** Fail the first `n` requests matching `pattern` (503, or a dropped connection), then let them through. */
function failFirst(n: number, how: 'status' | 'network' = 'status') {
	let seen = 0;
	const handler = async (route: Route) => {
		if (seen++ < n) {
			if (how === 'network') await route.abort('connectionreset');
			else await route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"title":"Service Unavailable","status":503}' });
		} else await route.continue();
	};
	return { handler, count: () => seen };
}

/** Open a page with some requests intercepted from the first one on. */
async function openWith(path: string, routes: Record<string, (route: Route) => Promise<void>>, wait = true): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	for (const [pattern, handler] of Object.entries(routes)) await page.route(pattern, handler);
	await page.goto(new URL(path, baseUrl()).href);
	if (wait) await waitForMap(page);
	return page;
}

const failure = (page: Page) => page.getByTestId('query-failure');
const summary = (page: Page) => page.getByTestId('query-summary').filter({ hasText: /incidents? \(/ });

describe('an API failure', () => {
	it('is said on the page, retried after a pause, and the answer comes when the server does', async () => {
		const answers = failFirst(2);
		const outline = failFirst(1);
		const page = await openWith('/', { '**/api/incidents?*': answers.handler, '**/api/overlays/*': outline.handler });
		await page.locator('.layers-panel summary').click();
		await page.getByRole('button', { name: 'Incidents inside Fergana Valley' }).click();
		const alert = failure(page);
		await alert.waitFor();
		expect(await alert.getAttribute('role')).toBe('alert');
		expect(await alert.textContent()).toMatch(/Could not answer: The server answered 503\.\s+Trying again in 1 s\./);
		expect(await alert.getByRole('button', { name: 'Retry now' }).count()).toBe(1);
		await summary(page).waitFor({ timeout: 10_000 });
		expect(await alert.count()).toBe(0);
		expect(answers.count()).toBe(3);
		expect(await page.getByTestId('query-results').locator('[data-hit-id]').count()).toBeGreaterThan(0);
		// The region's outline was fetched again too, and is drawn.
		await settle(page);
		expect(outline.count()).toBe(2);
		expect(await page.evaluate(() => window.incidentMap!.querySourceFeatures('query').map((f) => f.properties.role))).toContain('region');
		await page.context().close();
	});

	it('gives up after three retries without a server, and Retry asks again', async () => {
		const down = failFirst(Infinity, 'network');
		const page = await openWith('/?near=69.17,34.53&radius_km=25', { '**/api/incidents?*': down.handler });
		const alert = failure(page);
		await alert.filter({ hasText: 'Gave up for now.' }).waitFor({ timeout: 15_000 });
		expect(await alert.textContent()).toContain('Could not answer: The server could not be reached.');
		expect(down.count()).toBe(4);
		await page.unroute('**/api/incidents?*');
		await alert.getByRole('button', { name: 'Retry' }).click();
		await summary(page).waitFor();
		expect(await alert.count()).toBe(0);
		expect(await page.getByTestId('query-results').locator('[data-hit-id]').count()).toBeGreaterThan(0);
		await page.context().close();
	});

	it('of the overlays the map loads is said in a notice and retried; the notice goes once they load', async () => {
		const overlays = failFirst(2);
		// Not waiting for the map: the notice may come and go before it is first idle.
		const page = await openWith('/', { '**/api/overlays': overlays.handler }, false);
		const notice = page.locator('.notice[role="status"]');
		await notice.filter({ hasText: 'The overlays (regions and pipelines) could not be loaded; trying again in 1 s.' }).waitFor();
		await notice.filter({ hasText: 'trying again in 2 s.' }).waitFor();
		await notice.waitFor({ state: 'detached', timeout: 10_000 });
		expect(overlays.count()).toBe(3);
		await waitForMap(page);
		await settle(page);
		expect(await page.evaluate(() => window.incidentMap!.querySourceFeatures('overlays').length)).toBeGreaterThan(0);
		await page.context().close();
	});
});

describe('a lost graphics context', () => {
	it('falls back to the list, with every incident, said in words', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(new URL('/', baseUrl()).href);
		await waitForMap(page);
		// Close in on Herat: the list follows the map, so it lists only what is there.
		await jumpAndSettle(page, [62.2, 34.35], 9);
		await page.waitForFunction((n) => document.querySelectorAll('.incident-list a').length < n, total);
		const lost = await page.evaluate(() => {
			const gl = window.incidentMap!.getCanvas().getContext('webgl2');
			const ext = gl?.getExtension('WEBGL_lose_context');
			ext?.loseContext();
			return !!ext;
		});
		expect(lost).toBe(true);
		const alert = page.locator('.no-map[role="alert"]');
		await alert.waitFor();
		expect(await alert.textContent()).toMatch(/The map’s graphics context was lost\.\s*Every incident is in the list/);
		await page.waitForFunction((n) => document.querySelectorAll('.incident-list a').length === n, total);
		expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
		expect(await page.getByLabel('Only what is on the map').count()).toBe(0);
		// The list still opens the details.
		await page.locator('.incident-list a').first().click();
		await page.getByTestId('incident-details').waitFor();
		expect(errors).toEqual([]);
		await context.close();
	});
});
