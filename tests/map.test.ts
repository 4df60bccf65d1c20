import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, jumpAndSettle, launchBrowser, openPage, settle, waitForMap, type PageWatch } from './support/browser';

/**
 * The reader's map, in real Chromium against the built server: what is painted, what is
 * rendered, what clicking does. The page is loaded once; each test moves the camera itself.
 */

interface ApiFeature {
	id: string;
	geometry: { coordinates: [number, number] };
	properties: { title: string; area: string | null };
}

let browser: Browser;
let page: Page;
let watch: PageWatch;
let incidents: ApiFeature[];

beforeAll(async () => {
	incidents = ((await (await fetch(`${baseUrl()}/api/incidents`)).json()) as { features: ApiFeature[] }).features;
	browser = await launchBrowser();
	({ page, watch } = await openPage(browser, '/'));
	await waitForMap(page);
});

afterAll(async () => {
	await browser?.close();
});

const pointIncidents = () => incidents.filter((f) => f.properties.area === null);
const areaIncidents = () => incidents.filter((f) => f.properties.area !== null);

describe('the map at /', () => {
	it('opens on Afghanistan and Central Asia with Kabul, Herat and the Fergana Valley in view', async () => {
		const inView = await page.evaluate(() => {
			const b = window.incidentMap!.getBounds();
			const places: Record<string, [number, number]> = {
				kabul: [69.17, 34.53],
				herat: [62.2, 34.35],
				fergana: [71.78, 40.38],
				andijan: [72.34, 40.78]
			};
			return Object.fromEntries(Object.entries(places).map(([k, p]) => [k, b.contains(p)]));
		});
		expect(inView).toEqual({ kabul: true, herat: true, fergana: true, andijan: true });
	});

	it('paints the canvas: sampled pixels are not all one colour', async () => {
		const shot = await page.locator('.maplibregl-canvas').screenshot();
		const distinct = await page.evaluate(async (b64) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const colours = new Set<string>();
			for (let y = 5; y < img.height; y += 37)
				for (let x = 5; x < img.width; x += 41) colours.add(ctx.getImageData(x, y, 1, 1).data.join(','));
			return colours.size;
		}, shot.toString('base64'));
		// Water, land, borders, overlays, markers and labels: many colours, never a blank canvas.
		expect(distinct).toBeGreaterThan(10);
	});

	it('draws labels with the self-hosted font and no glyph server', async () => {
		const style = await page.evaluate(() => {
			const s = window.incidentMap!.getStyle();
			return { glyphs: s.glyphs ?? null, fonts: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family) };
		});
		expect(style.glyphs).toBeNull();
		expect(style.fonts.map((f) => f.replaceAll('"', ''))).toContain('Noto Sans');
	});

	it('clusters at low zoom with counts that add up to every incident placed at a point', async () => {
		await jumpAndSettle(page, [55, 42], 2);
		const total = await page.evaluate(() => {
			const map = window.incidentMap!;
			const seen = new Map<string, number>();
			for (const f of map.queryRenderedFeatures({ layers: ['incident-clusters', 'incident-points'] })) {
				const p = f.properties;
				if (p.cluster) seen.set(`c${p.cluster_id}`, p.point_count as number);
				else seen.set(`p${p.id}`, 1);
			}
			return { sum: [...seen.values()].reduce((a, b) => a + b, 0), clusters: [...seen.keys()].filter((k) => k.startsWith('c')).length };
		});
		expect(total.clusters).toBeGreaterThan(0);
		expect(total.sum).toBe(pointIncidents().length);
	});

	it('renders every incident: each point at a zoom where none cluster, each area record as an area', async () => {
		const missing: string[] = [];
		for (const f of pointIncidents()) {
			await jumpAndSettle(page, f.geometry.coordinates, 13);
			const ids = await page.evaluate(() =>
				window.incidentMap!.queryRenderedFeatures({ layers: ['incident-points'] }).map((r) => r.properties.id as string)
			);
			if (!ids.includes(f.id)) missing.push(f.id);
		}
		await jumpAndSettle(page, [66, 38], 3.5);
		const areaIds = await page.evaluate(() =>
			window.incidentMap!
				.queryRenderedFeatures({ layers: ['incident-area-fill', 'incident-area-line'] })
				.map((r) => r.properties.id as string)
		);
		for (const f of areaIncidents()) if (!areaIds.includes(f.id)) missing.push(f.id);
		expect(missing).toEqual([]);
		expect(pointIncidents().length + areaIncidents().length).toBe(incidents.length);
	});

	it('opens the Russian embassy bombing’s details when its pixel is clicked, and Esc closes them', async () => {
		const embassy = incidents.find((f) => f.id === '2022-09-05-kabul-russian-embassy-bombing')!;
		await jumpAndSettle(page, embassy.geometry.coordinates, 12);
		const { x, y } = await page.evaluate((c) => window.incidentMap!.project(c), embassy.geometry.coordinates);
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		await page.mouse.click(box.x + x, box.y + y);
		const details = page.getByTestId('incident-details');
		await details.waitFor();
		expect(await details.locator('h2').textContent()).toBe(embassy.properties.title);
		const text = (await details.textContent())!;
		expect(text).toContain('Amaq');
		expect(text).toMatch(/within about 6 km/);
		expect(await page.locator('.details-panel a[href^="http"]').count()).toBeGreaterThan(0);
		expect(new URL(page.url()).searchParams.get('incident')).toBe(embassy.id);
		const selected = await page.evaluate(
			(id) => window.incidentMap!.getFeatureState({ source: 'incidents', id }).selected,
			embassy.id
		);
		expect(selected).toBe(true);
		await page.keyboard.press('Escape');
		await details.waitFor({ state: 'detached' });
		expect(await page.evaluate(() => document.activeElement?.className ?? '')).toContain('maplibregl-canvas');
	});

	it('selects on the map, flies there and returns focus to the list when an entry is chosen', async () => {
		const herat = incidents.find((f) => f.id.includes('herat'))!;
		// The camera is on Kabul from the test before; list every incident, not only those in view.
		await page.getByRole('checkbox', { name: 'Only what is on the map' }).uncheck();
		const entry = page.locator(`.incident-list a[data-incident-id="${herat.id}"]`);
		await entry.click();
		await page.getByTestId('incident-details').waitFor();
		await settle(page);
		const state = await page.evaluate((id) => {
			const map = window.incidentMap!;
			return { selected: map.getFeatureState({ source: 'incidents', id }).selected, center: map.getCenter().toArray() };
		}, herat.id);
		expect(state.selected).toBe(true);
		expect(state.center[0]).toBeCloseTo(herat.geometry.coordinates[0], 1);
		expect(state.center[1]).toBeCloseTo(herat.geometry.coordinates[1], 1);
		expect(await entry.getAttribute('aria-current')).toBe('true');
		await page.getByRole('link', { name: 'Close details' }).click();
		await page.getByTestId('incident-details').waitFor({ state: 'detached' });
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-incident-id'))).toBe(herat.id);
	});

	it('hides exactly the overlay whose toggle is switched off, and shows it again', async () => {
		await jumpAndSettle(page, [71.8, 40.6], 6);
		// The overlays drawn on screen, by id: every overlay shares the overlay layers.
		const drawn = () =>
			page.evaluate(() => {
				const map = window.incidentMap!;
				const layers = map.getLayersOrder().filter((id) => id.startsWith('overlay-'));
				const ids = map.queryRenderedFeatures({ layers }).map((f) => f.properties.id as string);
				return [...new Set(ids)].sort();
			});
		expect(await drawn()).toEqual(expect.arrayContaining(['fergana-valley', 'cagp-lines-a-c']));
		await page.locator('.layers-panel summary').click();
		const toggle = page.getByRole('checkbox', { name: /^Fergana Valley/ });
		await toggle.uncheck();
		await settle(page);
		const without = await drawn();
		expect(without).not.toContain('fergana-valley');
		expect(without).toContain('cagp-lines-a-c');
		await toggle.check();
		await settle(page);
		expect(await drawn()).toEqual(expect.arrayContaining(['fergana-valley', 'cagp-lines-a-c']));
	});

	it('draws each uncertainty ring true to scale: inside at 0.8 × uncertainty_km, outside at 1.2 ×', async () => {
		const embassy = incidents.find((f) => f.id === '2022-09-05-kabul-russian-embassy-bombing')!;
		const [lon, lat] = embassy.geometry.coordinates;
		const km = (embassy.properties as unknown as { uncertainty_km: number }).uncertainty_km;
		await jumpAndSettle(page, [lon, lat], 10);
		// A point due east at a given distance, on the sphere MapLibre's Web Mercator uses.
		const east = (d: number): [number, number] => [lon + (d / (6371.0088 * Math.cos((lat * Math.PI) / 180))) * (180 / Math.PI), lat];
		const haloAt = (p: [number, number]) =>
			page.evaluate(
				([p, id]) => {
					const map = window.incidentMap!;
					return map.queryRenderedFeatures(map.project(p), { layers: ['incident-halo'] }).some((f) => f.properties.id === id);
				},
				[p, embassy.id] as const
			);
		expect(await haloAt(east(0.8 * km))).toBe(true);
		expect(await haloAt(east(1.2 * km))).toBe(false);
	});

	it('sent no request outside the app’s origin and logged no console error', () => {
		expect(watch.externalRequests).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
	});
});
