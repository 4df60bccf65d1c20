import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, waitForMap } from './support/browser';

/**
 * A link to an incident (`?incident=`): with a camera of its own (`#zoom/lat/lon`, what the
 * Share dialog copies) it opens on that camera, the incident's details shown, on `/` and in an
 * embed alike; without one, the map flies to the incident.
 */

const EMBASSY = '2022-09-05-kabul-russian-embassy-bombing';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

const camera = (page: Page) =>
	page.evaluate(() => {
		const m = window.incidentMap!;
		return { zoom: m.getZoom(), lon: m.getCenter().lng, lat: m.getCenter().lat };
	});

describe('a link to an incident', () => {
	it.each(['/', '/embed'])('with a camera of its own opens on that camera, the details shown (%s)', async (path) => {
		const { page, watch } = await openPage(browser, `${path}?incident=${EMBASSY}#6/40/70`);
		await waitForMap(page);
		await page.getByRole('heading', { name: /Russian embassy/ }).first().waitFor();
		// A flight to the incident would have begun with the map's first load.
		await page.waitForTimeout(1500);
		const at = await camera(page);
		expect(at.zoom).toBeCloseTo(6, 1);
		expect(at.lon).toBeCloseTo(70, 1);
		expect(at.lat).toBeCloseTo(40, 1);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});

	it.each(['/', '/embed'])('without a camera flies to the incident (%s)', async (path) => {
		const { page, watch } = await openPage(browser, `${path}?incident=${EMBASSY}`);
		await waitForMap(page);
		await page.waitForFunction(() => window.incidentMap!.getZoom() >= 9 && !window.incidentMap!.isMoving(), undefined, {
			timeout: 20_000
		});
		const at = await camera(page);
		expect(at.lon).toBeCloseTo(69.12, 0);
		expect(at.lat).toBeCloseTo(34.47, 0);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();
	});
});
