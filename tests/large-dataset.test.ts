import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentFeature } from '../src/lib/domain/incident';
import { sortIncidents } from '../src/lib/domain/sort-incidents';
import { incidentTextMatcher } from '../src/lib/domain/text-match';
import { jumpAndSettle, launchBrowser, openPage, settle, waitForMap, type PageWatch } from './support/browser';
import { startBuiltServer, type RunningServer } from './support/server';
import { writeSyntheticIncidents } from './support/synthetic-incidents';

/**
 * The app serving 100,000 incidents (a synthetic, seeded dataset written for this test and
 * served with INCIDENTS_FILE): the page stays small, the map draws them clustered, the header
 * counts them, filters and search narrow the count, the list and the map together, the windowed
 * list scrolls to its last entry, and an entry opens its whole record.
 */

const N = 100_000;
let dir: string;
let incidents: IncidentFeature[];
let app: RunningServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'large-dataset-'));
	const file = join(dir, 'incidents-100k.geojson');
	incidents = writeSyntheticIncidents(file, N, 7).features;
	app = await startBuiltServer({ INCIDENTS_FILE: file });
	browser = await launchBrowser();
	({ page, watch } = await openPage(browser, `${app.url}/`));
	await waitForMap(page, 90_000);
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await app?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const waitForCount = (text: string) =>
	page.waitForFunction((t) => document.querySelector('.bar .count')?.textContent === t, text, { timeout: 60_000 });
const thousands = (n: number) => n.toLocaleString('en-US');

/** What the map draws in view: clusters and single points, each counted once, summed. */
async function drawnCount(): Promise<number> {
	await jumpAndSettle(page, [68.5, 37], 4.5);
	return page.evaluate(() => {
		const seen = new Map<string, number>();
		for (const f of window.incidentMap!.queryRenderedFeatures({ layers: ['incident-clusters', 'incident-points'] })) {
			const p = f.properties;
			if (p.cluster) seen.set(`c${p.cluster_id}`, p.point_count as number);
			else seen.set(`p${p.id}`, 1);
		}
		return [...seen.values()].reduce((a, b) => a + b, 0);
	});
}

describe('100,000 incidents', () => {
	it('are not sent inside the page: it is small and says it is loading them', async () => {
		const html = await (await fetch(`${app.url}/`)).text();
		expect(html.length).toBeLessThan(1_000_000);
		expect(html).toContain(`Loading ${thousands(N)} incidents…`);
	});

	it('are counted in the header and drawn on the map, clustered, every one of them', async () => {
		await waitForCount(`${thousands(N)} of ${thousands(N)} incidents`);
		expect(await drawnCount()).toBe(N);
	});

	it('are filtered: unticking a category narrows the count, the map and the list alike', async () => {
		await page.locator('details.filters-box summary').click();
		const suicide = page.locator('form.filters label', { hasText: 'Suicide bombing' }).locator('input');
		await suicide.uncheck();
		const kept = incidents.filter((f) => f.properties.category !== 'suicide-bomb');
		await waitForCount(`${thousands(kept.length)} of ${thousands(N)} incidents`);
		await settle(page);
		expect(await drawnCount()).toBe(kept.length);
		const listed = await page.locator('.incident-list a').evaluateAll((as) => as.map((a) => a.getAttribute('data-incident-id')!));
		const byId = new Map(incidents.map((f) => [f.id, f]));
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.filter((id) => byId.get(id)!.properties.category === 'suicide-bomb')).toEqual([]);
	});

	it('are searched on the server, summaries included, together with the other filters', async () => {
		await page.locator('form.filters input[type="search"]').fill('Kunduz record');
		const matches = incidentTextMatcher('Kunduz record');
		const kept = incidents.filter((f) => f.properties.category !== 'suicide-bomb' && matches(f.properties));
		expect(kept.length).toBeGreaterThan(1000);
		await waitForCount(`${thousands(kept.length)} of ${thousands(N)} incidents`);
		await settle(page);
		expect(await drawnCount()).toBe(kept.length);
	});

	it('are listed in a windowed list that scrolls to its last entry', async () => {
		const onlyOnMap = page.getByLabel('Only what is on the map');
		if (await onlyOnMap.isChecked()) await onlyOnMap.uncheck();
		const matches = incidentTextMatcher('Kunduz record');
		const expected = sortIncidents(
			incidents.filter((f) => f.properties.category !== 'suicide-bomb' && matches(f.properties)),
			'date'
		);
		await page.waitForFunction((n) => document.querySelector('.list-controls .shown')?.textContent === `${n} listed`, thousands(expected.length));
		// The document holds a window of the list, never all of it.
		expect(await page.locator('.incident-list li').count()).toBeLessThan(100);

		const entries = () =>
			page.locator('.incident-list li').evaluateAll((lis) =>
				lis.map((li) => [Number(li.getAttribute('aria-posinset')), li.querySelector('a')!.getAttribute('data-incident-id')!] as const)
			);
		await page.locator('aside.side').evaluate((side) => (side.scrollTop = side.scrollHeight));
		await page.waitForFunction((n) => document.querySelector(`.incident-list li[aria-posinset="${n}"]`) !== null, expected.length);
		const atEnd = await entries();
		expect(atEnd.at(-1)).toEqual([expected.length, expected.at(-1)!.id]);
		for (const [position, id] of atEnd) expect(id).toBe(expected[position - 1]!.id);
		const last = page.locator(`.incident-list li[aria-posinset="${expected.length}"]`);
		expect(await last.isVisible()).toBe(true);
		expect(await last.locator('.title').textContent()).toBe(expected.at(-1)!.properties.title);

		await page.locator('aside.side').evaluate((side) => (side.scrollTop = side.scrollHeight / 2));
		await page.waitForTimeout(200);
		const middle = await entries();
		expect(middle.length).toBeGreaterThan(5);
		for (const [position, id] of middle) expect(id).toBe(expected[position - 1]!.id);
	});

	it('open their whole record from the list, fetched when chosen', async () => {
		const id = (await page.locator('.incident-list li a').nth(3).getAttribute('data-incident-id'))!;
		const incident = incidents.find((f) => f.id === id)!;
		await page.locator(`.incident-list a[data-incident-id="${id}"]`).click();
		const details = page.locator('.details-panel');
		await details.locator('h2').waitFor();
		expect(await details.locator('h2').textContent()).toBe(incident.properties.title);
		expect(await details.textContent()).toContain(incident.properties.summary);
		expect(new URL(page.url()).searchParams.get('incident')).toBe(id);
	});

	it('cause no error on the page, and ask nothing of another origin', () => {
		expect([...watch.consoleErrors, ...watch.pageErrors, ...watch.externalRequests]).toEqual([]);
	});
});
