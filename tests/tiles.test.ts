import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jumpAndSettle, launchBrowser, openPage, settle, waitForMap, type PageWatch } from './support/browser';
import { startBuiltServer, type RunningServer } from './support/server';
import { cachedSyntheticFiles, type SyntheticManifest } from './support/synthetic-files';

/**
 * A million incidents (synthetic, seeded, written once per machine in several files and served
 * with INCIDENTS_FILE; the default TILES_ABOVE is 200,000): the map draws them from the server's
 * vector tiles — a vector source, whose rendered clusters count every incident in view — and the
 * page never fetches every incident; a filter changes what the tiles draw; clicking an incident
 * opens its details. (The server's start-up, which validates the million records, is most of
 * this file's cost.)
 */

const N = 1_000_000;
let data: SyntheticManifest;
let app: RunningServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
	data = await cachedSyntheticFiles(N, 11);
	app = await startBuiltServer({ INCIDENTS_FILE: data.setting }, 240_000);
	browser = await launchBrowser();
	({ page, watch } = await openPage(browser, `${app.url}/`));
	await waitForMap(page, 90_000);
}, 420_000);

afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

const thousands = (n: number) => n.toLocaleString('en-US');
const waitForCount = (text: string) =>
	page.waitForFunction((t) => document.querySelector('.bar .count')?.textContent?.trim() === t, text, { timeout: 60_000 });

const waitForInView = (n: number) =>
	page.waitForFunction((t) => document.querySelector('.in-view')?.textContent?.includes(t), `${thousands(n)} incidents in view`, { timeout: 60_000 });

/** What the map has drawn in view: each rendered cluster's count once, plus each single incident. */
function drawnInView(): Promise<{ total: number; categories: string[] }> {
	return page.evaluate(() => {
		const map = window.incidentMap!;
		const seen = new Map<string, number>();
		const categories = new Set<string>();
		for (const f of map.queryRenderedFeatures({ layers: ['incident-clusters', 'incident-points'] })) {
			const p = f.properties;
			if (p.point_count) seen.set(`c${p.cluster_id}`, p.point_count as number);
			else {
				seen.set(`p${p.id}`, 1);
				categories.add(p.category as string);
			}
		}
		return { total: [...seen.values()].reduce((a, b) => a + b, 0), categories: [...categories] };
	});
}

describe('1,000,000 incidents, drawn from vector tiles', () => {
	it('are drawn by a vector source from /tiles, the page fetching no list of every incident', async () => {
		await waitForCount(`${thousands(N)} of ${thousands(N)} incidents`);
		const source = await page.evaluate(() => window.incidentMap!.getSource('incidents')!.serialize());
		expect(source).toMatchObject({ type: 'vector', tiles: [`${app.url}/tiles/{z}/{x}/{y}.mvt`] });
		expect(watch.requested.some((r) => r.startsWith('/tiles/'))).toBe(true);
		expect(watch.requested.filter((r) => /^\/map-data\/(incidents|points)\.json/.test(r))).toEqual([]);
	});

	it('count every incident in their rendered clusters, as many as the server counts in view; a cluster opens on a click', async () => {
		// Every synthetic town is in this view: the clusters drawn add up to the whole dataset.
		await jumpAndSettle(page, [70, 38], 4);
		expect((await drawnInView()).total).toBe(N);
		await waitForInView(N);
		// Around Kabul, no other town in view: the drawn clusters count what the server counts in the view's box.
		await jumpAndSettle(page, [69.17, 34.53], 9);
		const inView = await page.evaluate(async () => {
			const b = window.incidentMap!.getBounds();
			const r = await fetch(`/api/incidents?bbox=${[b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].join(',')}&limit=1`);
			return ((await r.json()) as { total: number }).total;
		});
		expect(inView).toBeGreaterThan(50_000);
		expect(inView).toBeLessThan(N / 5);
		expect((await drawnInView()).total).toBe(inView);
		await waitForInView(inView);
		// Clicking a cluster zooms in on it.
		const cluster = await page.evaluate(() => {
			const map = window.incidentMap!;
			const c = map.getCanvas();
			const [f] = map.queryRenderedFeatures([[100, 100], [c.clientWidth - 100, c.clientHeight - 100]], { layers: ['incident-clusters'] });
			return f && f.geometry.type === 'Point' ? map.project(f.geometry.coordinates as [number, number]) : null;
		});
		expect(cluster).not.toBeNull();
		const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
		await page.mouse.click(canvas.x + cluster!.x, canvas.y + cluster!.y);
		await page.waitForFunction(() => window.incidentMap!.getZoom() > 10.5 && !window.incidentMap!.isMoving(), null, { timeout: 20_000 });
		expect(await page.locator('.incident-list li').count()).toBeGreaterThan(0);
	});

	it('are filtered: unticking a category narrows the count and what the tiles draw', async () => {
		await page.locator('details.filters-box summary').click();
		await page.locator('form.filters label', { hasText: 'Suicide bombing' }).locator('input').uncheck();
		const kept = N - data.categories['suicide-bomb']!;
		await waitForCount(`${thousands(kept)} of ${thousands(N)} incidents`);
		await page.waitForFunction(() => /category=/.test((window.incidentMap!.getSource('incidents')!.serialize() as { tiles: string[] }).tiles[0]!), null, { timeout: 10_000 });
		await jumpAndSettle(page, [70, 38], 4);
		await settle(page);
		expect((await drawnInView()).total).toBe(kept);
		expect(watch.requested.some((r) => r.startsWith('/tiles/') && r.includes('category='))).toBe(true);
	});

	it('open an incident’s details when one is clicked on the map', async () => {
		// A narrow filter keeps the deepest zoom light to draw on a CPU-rendered canvas.
		await page.goto(`${app.url}/?from=2024-09-01&category=armed-clash`);
		await waitForMap(page, 90_000);
		await jumpAndSettle(page, [69.17, 34.53], 13);
		const target = await page.evaluate(() => {
			const map = window.incidentMap!;
			const canvas = map.getCanvas();
			const [f] = map.queryRenderedFeatures(
				[
					[80, 80],
					[canvas.clientWidth - 500, canvas.clientHeight - 80]
				],
				{ layers: ['incident-points'] }
			);
			if (!f || f.geometry.type !== 'Point') return null;
			const { x, y } = map.project(f.geometry.coordinates as [number, number]);
			return { id: f.properties.id as string, category: f.properties.category as string, x, y };
		});
		expect(target).not.toBeNull();
		expect(target!.category).toBe('armed-clash');
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		await page.mouse.click(box.x + target!.x, box.y + target!.y);
		const details = page.locator('.details-panel');
		await details.locator('h2').waitFor();
		const number = Number(target!.id.replace('syn-', ''));
		expect(await details.locator('h2').textContent()).toContain(`Synthetic incident ${number} near`);
		expect(await details.textContent()).toContain(`Synthetic record ${number}, generated for testing`);
		expect(new URL(page.url()).searchParams.get('incident')).toBe(target!.id);
		// The selection is shown on the map: feature-state on the tile's feature.
		const state = await page.evaluate(
			(id) => window.incidentMap!.getFeatureState({ source: 'incidents', sourceLayer: 'incidents', id }),
			target!.id
		);
		expect(state).toMatchObject({ selected: true });
	});

	it('cause no error on the page, and ask nothing of another origin', () => {
		expect([...watch.consoleErrors, ...watch.pageErrors, ...watch.externalRequests]).toEqual([]);
	});
});
