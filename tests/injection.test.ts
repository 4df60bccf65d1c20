import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './support/chromium';
import { startBuiltServer, type RunningServer } from './support/server';

/**
 * Hostile data: every text field of tests/fixtures/hostile-incidents.geojson carries HTML and
 * script payloads, right-to-left overrides and very long strings. Served through INCIDENTS_FILE,
 * it is shown on every page and panel, and nothing executes: no dialog, no page error, no request
 * for the payloads' probe URL, and the payloads read as text.
 */

const FILE = resolve(import.meta.dirname, 'fixtures/hostile-incidents.geojson');
const PAYLOAD = '<img src=/__xss_probe__/img onerror=alert(1)>';
let app: RunningServer;
let browser: Browser;

beforeAll(async () => {
	app = await startBuiltServer({ INCIDENTS_FILE: FILE });
	browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function visit(path: string, act?: (page: Page) => Promise<void>) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	const seen = { dialogs: [] as string[], errors: [] as string[], probes: [] as string[] };
	page.on('dialog', (d) => {
		seen.dialogs.push(d.message());
		d.dismiss().catch(() => {}); // the page may close first
	});
	page.on('pageerror', (e) => seen.errors.push(e.message));
	page.on('request', (r) => r.url().includes('__xss_probe__') && seen.probes.push(r.url()));
	await page.goto(`${app.url}${path}`);
	await act?.(page);
	await page.waitForTimeout(300);
	const text = await page.locator('body').innerText();
	// Elements the payloads would have created had they been parsed as HTML.
	const hostileNodes = await page.locator('[onerror], [onload], img[src*="__xss_probe__"]').count();
	const jsLinks = await page.locator('a[href^="javascript:" i]').count();
	await page.close();
	return { seen, text, hostileNodes, jsLinks };
}

describe('hostile incident text', () => {
	it.each([
		['the map page with the details open', '/?incident=hostile-1'],
		['the map page with a Nearby question', '/?incident=hostile-1&nearby=25'],
		['the incident page', '/incidents/hostile-1']
	])('is shown as text on %s, and nothing runs', async (_name, path) => {
		const r = await visit(path, async (page) => {
			await page.getByText('Hostile record 1', { exact: false }).first().waitFor();
		});
		expect(r.seen.dialogs).toEqual([]);
		expect(r.seen.probes).toEqual([]);
		expect(r.seen.errors).toEqual([]);
		expect(r.hostileNodes).toBe(0);
		expect(r.jsLinks).toBe(0);
		expect(r.text).toContain(PAYLOAD);
	});

	it('comes out of the API and the CSV export unchanged, as data', async () => {
		const one = (await (await fetch(`${app.url}/api/incidents/hostile-1`)).json()) as { properties: { title: string } };
		expect(one.properties.title).toContain(PAYLOAD);
	});
});
