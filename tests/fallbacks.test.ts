import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, openPage, waitForMap } from './support/browser';

/** The page for readers whose browser cannot draw the map, who turn JavaScript off, or who hold a phone. */

let count: number;
beforeAll(async () => {
	count = ((await (await fetch(`${baseUrl()}/api/incidents`)).json()) as { features: unknown[] }).features.length;
});

describe('without WebGL', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser(['--disable-3d-apis']);
	});
	afterAll(async () => browser?.close());

	it('says so in words, and the list still shows and opens every incident', async () => {
		const { page, watch } = await openPage(browser, '/');
		await page.getByRole('alert').waitFor();
		expect(await page.getByRole('alert').textContent()).toMatch(/cannot draw the map.*WebGL2/);
		const entries = page.locator('.incident-list a');
		expect(await entries.count()).toBe(count);
		await entries.nth(2).click();
		await page.getByTestId('incident-details').waitFor();
		expect(await page.getByTestId('incident-details').locator('h2').textContent()).toBe(
			(await entries.nth(2).locator('.title').textContent())?.trim()
		);
		expect(watch.pageErrors).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
	});
});

describe('without JavaScript', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => browser?.close());

	it('serves the whole list, and an entry’s link opens its details rendered by the server', async () => {
		const { page } = await openPage(browser, '/', { javaScriptEnabled: false });
		const entries = page.locator('.incident-list a');
		expect(await entries.count()).toBe(count);
		const title = (await entries.first().locator('.title').textContent())!.trim();
		await entries.first().click();
		await page.waitForURL(/\?incident=/);
		const details = page.getByTestId('incident-details');
		expect(await details.locator('h2').textContent()).toBe(title);
		expect(await details.locator('.sources a').count()).toBeGreaterThan(0);
	});
});

describe('on a 375×667 phone', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => browser?.close());

	it('keeps the map usable above the list, and shows details as a sheet over the lower screen', async () => {
		const { page, watch } = await openPage(browser, '/', {
			viewport: { width: 375, height: 667 },
			isMobile: true,
			hasTouch: true
		});
		await waitForMap(page);
		const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
		expect(map.width).toBe(375);
		expect(map.height).toBeGreaterThan(300);
		const list = (await page.locator('.side').boundingBox())!;
		expect(list.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
		await page.locator('.incident-list a').first().tap();
		const sheet = (await page.locator('.details-panel').boundingBox())!;
		expect(sheet.width).toBe(375);
		expect(sheet.y + sheet.height).toBeCloseTo(667, 0);
		expect(sheet.y).toBeGreaterThan(150);
		// No horizontal scrolling on a phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		expect(watch.consoleErrors).toEqual([]);
	});

	it('starts with the attribution folded to its button, clear of the map, and opens it when tapped', async () => {
		const { page } = await openPage(browser, '/', { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
		await waitForMap(page);
		const credits = page.getByText('Natural Earth');
		expect(await credits.isVisible()).toBe(false);
		await page.locator('.maplibregl-ctrl-attrib-button').tap();
		await credits.waitFor({ state: 'visible' });
		expect(await credits.isVisible()).toBe(true);
	});
});
