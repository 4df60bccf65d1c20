import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { jumpAndSettle, launchBrowser, openPage, settle, waitForMap, type PageWatch } from './support/browser';

/** "What else happened near here?": the analyst's proximity questions, in the page and its URL. */

const EMBASSY = '2022-09-05-kabul-russian-embassy-bombing';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path: string): Promise<{ page: Page; watch: PageWatch }> {
	const opened = await openPage(browser, path);
	await waitForMap(opened.page);
	return opened;
}

const results = (page: Page) => page.getByTestId('query-results');
const hitIds = (page: Page) =>
	results(page).locator('[data-hit-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-hit-id')));
const queryRoles = (page: Page) =>
	page.evaluate(() =>
		window.incidentMap!.querySourceFeatures('query').map((f) => f.properties.role as string)
	);

describe('proximity in the page', () => {
	it('answers “Nearby” on an incident: a circle on the map, the incidents inside with distance and certainty, in the URL', async () => {
		const { page, watch } = await open(`/?incident=${EMBASSY}`);
		await page.getByTestId('incident-details').getByRole('button', { name: '25 km', exact: true }).click();
		await results(page).getByTestId('query-summary').filter({ hasText: /incidents?/ }).waitFor();
		const ids = await hitIds(page);
		// The other incidents, nearest first; the incident asked about is not its own neighbour.
		expect(ids).not.toContain(EMBASSY);
		expect(ids).toContain('2021-08-26-kabul-airport-abbey-gate-bombing');
		expect(await results(page).textContent()).toMatch(/km · (certain|possible)/);
		expect(await results(page).locator('h2').textContent()).toContain('Within 25 km of');
		await settle(page);
		expect(await queryRoles(page)).toContain('circle');
		// The whole circle is in view, clear of the details panel (its padding was counted once).
		const fitted = await page.evaluate(() => {
			const map = window.incidentMap!;
			const circle = map.querySourceFeatures('query').find((f) => f.properties.role === 'circle')!;
			const ring = (circle.geometry as GeoJSON.Polygon).coordinates[0]!;
			const panel = document.querySelector('.details-panel')!.getBoundingClientRect();
			const canvas = map.getCanvas().getBoundingClientRect();
			return ring.every(([lon, lat]) => {
				const p = map.project([lon!, lat!]);
				return p.x >= 0 && p.y >= 0 && p.y <= canvas.height && canvas.left + p.x <= panel.left;
			});
		});
		expect(fitted).toBe(true);
		const url = new URL(page.url());
		expect(url.searchParams.get('nearby')).toBe('25');
		expect(url.searchParams.get('incident')).toBe(EMBASSY);
		expect(watch.consoleErrors).toEqual([]);
		await page.context().close();

		// The copied link reproduces the question.
		const again = await open(`${url.pathname}${url.search}`);
		await results(again.page).getByTestId('query-summary').filter({ hasText: /incidents?/ }).waitFor();
		expect(await hitIds(again.page)).toEqual(ids);
		await again.page.context().close();
	});

	it('opens a hand-written link with a plain comma in near= without errors', async () => {
		const { page, watch } = await open('/?near=69.17,34.53&radius_km=25');
		await results(page).getByTestId('query-summary').filter({ hasText: /incidents?/ }).waitFor();
		expect(await hitIds(page)).toContain('2022-09-05-kabul-russian-embassy-bombing');
		expect(watch.pageErrors).toEqual([]);
		expect(new URL(page.url()).searchParams.get('near')).toBe('69.17,34.53');
		await page.context().close();
	});

	it('asks “what is within R km of here” from the map’s context menu', async () => {
		const { page } = await open('/');
		await jumpAndSettle(page, [69.17, 34.53], 8);
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		const { x, y } = await page.evaluate(() => window.incidentMap!.project([69.3, 34.4]));
		await page.mouse.click(box.x + x, box.y + y, { button: 'right' });
		const menu = page.getByRole('dialog', { name: 'This place' });
		await menu.getByRole('button', { name: '50 km', exact: true }).click();
		await results(page).getByTestId('query-summary').filter({ hasText: /incidents?/ }).waitFor();
		expect((await hitIds(page)).length).toBeGreaterThanOrEqual(4);
		const url = new URL(page.url());
		expect(url.searchParams.get('radius_km')).toBe('50');
		const [lon, lat] = url.searchParams.get('near')!.split(',').map(Number);
		expect(lon).toBeCloseTo(69.3, 1);
		expect(lat).toBeCloseTo(34.4, 1);
		await page.context().close();
	});

	it('answers “N incidents inside” an overlay and “within R km” of a pipeline', async () => {
		const { page } = await open('/');
		await page.locator('.layers-panel summary').click();
		await page.getByRole('button', { name: 'Incidents inside Fergana Valley' }).click();
		await results(page).getByTestId('query-summary').filter({ hasText: /incidents?/ }).waitFor();
		expect(await results(page).locator('h2').textContent()).toBe('Inside Fergana Valley');
		expect(await hitIds(page)).toContain('2022-08-30-tawhid-news-central-asia-threat');
		expect(new URL(page.url()).searchParams.get('region')).toBe('fergana-valley');
		await settle(page);
		expect(await queryRoles(page)).toContain('region');

		await page.getByRole('button', { name: /Incidents near Central Asia–China gas pipeline, Lines A/ }).click();
		await results(page).locator('h2', { hasText: 'Within 50 km of Central Asia–China gas pipeline' }).waitFor();
		await results(page).getByTestId('query-summary').filter({ hasText: /incidents?/ }).waitFor();
		expect(await hitIds(page)).toContain('2022-09-09-tawhid-news-pipeline-threat');
		expect(new URL(page.url()).searchParams.get('corridor')).toBe('cagp-lines-a-c');
		await page.context().close();
	});

	it('measures the distance between two places', async () => {
		const { page } = await open('/');
		await page.getByRole('button', { name: 'Measure' }).click();
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		for (const p of [
			[69.17, 34.53],
			[62.2, 34.35]
		] as [number, number][]) {
			const { x, y } = await page.evaluate((p) => window.incidentMap!.project(p), p);
			await page.mouse.click(box.x + x, box.y + y);
		}
		const total = await page.getByTestId('measure-total').textContent();
		// Kabul to Herat is about 640 km on the great circle; a click lands within a pixel or two.
		expect(Number(total!.replace(/[^\d]/g, ''))).toBeGreaterThan(620);
		expect(Number(total!.replace(/[^\d]/g, ''))).toBeLessThan(660);
		await page.keyboard.press('Escape');
		expect(await page.getByRole('button', { name: 'Measure' }).getAttribute('aria-pressed')).toBe('false');
		await page.context().close();
	});
});
