import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, jumpAndSettle, launchBrowser, openPage, settle, waitForMap, type PageWatch } from './support/browser';

/**
 * Filters, the timeline, the list following the map, and the URL, in real Chromium against the
 * built server. What should match is asked of the API (`GET /api/incidents` with the same
 * parameters), so the page and the API are held to one answer.
 */

interface ApiFeature {
	id: string;
	geometry: { coordinates: [number, number] };
	properties: { title: string; area: string | null; category: string };
}

let browser: Browser;
let all: ApiFeature[];

const api = async (params: string): Promise<ApiFeature[]> =>
	((await (await fetch(`${baseUrl()}/api/incidents?${params}`)).json()) as { features: ApiFeature[] }).features;
const sorted = (ids: string[]) => [...ids].sort();

beforeAll(async () => {
	all = await api('');
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path = '/'): Promise<{ page: Page; watch: PageWatch }> {
	const opened = await openPage(browser, path);
	await waitForMap(opened.page);
	await openFilters(opened.page);
	return opened;
}

/** The Filters panel starts folded unless the link carries filters; open it as a reader would. */
async function openFilters(page: Page) {
	const box = page.locator('details.filters-box');
	if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) await box.locator('summary').click();
	// The panel is built on the `toggle` event, a task after the click: wait for it.
	await box.locator('input[name="category"]').first().waitFor();
}

const countText = (page: Page) => page.locator('.bar .count').textContent();
const listIds = (page: Page) =>
	page.locator('.incident-list a').evaluateAll((as) => as.map((a) => a.getAttribute('data-incident-id')!));
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** Wait until the URL's query has `name` = `value` (null: absent). */
const waitForParam = (page: Page, name: string, value: string | null) =>
	page.waitForFunction(([n, v]) => new URL(location.href).searchParams.get(n) === v, [name, value] as const);

/** Ids in the map's incident sources, as MapLibre holds them now. */
const sourceIds = (page: Page) =>
	page.evaluate(async () => {
		const map = window.incidentMap!;
		const ids = async (source: string) => {
			const data = (await (map.getSource(source) as unknown as { getData(): Promise<GeoJSON.FeatureCollection> }).getData());
			return data.features.map((f) => f.properties!.id as string);
		};
		return { points: await ids('incidents'), areas: await ids('incident-areas') };
	});

async function showAllInList(page: Page) {
	const only = page.getByRole('checkbox', { name: 'Only what is on the map' });
	if (await only.isChecked()) await only.uncheck();
}

async function onlyCategory(page: Page, keep: string) {
	for (const box of await page.locator('input[name="category"]').all())
		if ((await box.getAttribute('value')) !== keep) await box.uncheck();
}

describe('filters on /', () => {
	it('filters by category: the count, the list and the map’s rendered features all match the API', async () => {
		const { page, watch } = await open();
		await showAllInList(page);
		expect(await countText(page)).toBe(`${all.length} of ${all.length} incidents`);
		await onlyCategory(page, 'suicide-bomb');
		const expected = await api('category=suicide-bomb');
		expect(expected.length).toBeGreaterThan(1);
		expect(expected.length).toBeLessThan(all.length);
		expect(await countText(page)).toBe(`${expected.length} of ${all.length} incidents`);
		expect(sorted(await listIds(page))).toEqual(sorted(expected.map((f) => f.id)));
		await waitForParam(page, 'category', 'suicide-bomb');

		// The clustered source holds only matching points, so clusters count only them.
		await settle(page);
		const held = await sourceIds(page);
		const points = expected.filter((f) => f.properties.area === null);
		expect(sorted(held.points)).toEqual(sorted(points.map((f) => f.id)));
		expect(held.areas).toEqual([]);
		await jumpAndSettle(page, [55, 42], 2);
		const clustered = await page.evaluate(() => {
			let sum = 0;
			const seen = new Set<string>();
			for (const f of window.incidentMap!.queryRenderedFeatures({ layers: ['incident-clusters', 'incident-points'] })) {
				const key = f.properties.cluster ? `c${f.properties.cluster_id}` : `p${f.properties.id}`;
				if (seen.has(key)) continue;
				seen.add(key);
				sum += f.properties.cluster ? (f.properties.point_count as number) : 1;
			}
			return sum;
		});
		expect(clustered).toBe(points.length);

		// At a zoom where nothing clusters: each match is drawn at its place, a non-match is not.
		for (const f of points) {
			await jumpAndSettle(page, f.geometry.coordinates, 13);
			const ids = await page.evaluate(() =>
				window.incidentMap!.queryRenderedFeatures({ layers: ['incident-points'] }).map((r) => r.properties.id as string)
			);
			expect(ids).toContain(f.id);
			expect(ids.every((id) => expected.some((e) => e.id === id))).toBe(true);
		}
		const termez = all.find((f) => f.id.includes('termez'))!;
		await jumpAndSettle(page, termez.geometry.coordinates, 13);
		expect(
			await page.evaluate(() => window.incidentMap!.queryRenderedFeatures({ layers: ['incident-points'] }).length)
		).toBe(0);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.pageErrors).toEqual([]);
		await page.context().close();
	});

	it('finds records by any spelling: "Ferghana" and "Hirat"', async () => {
		const { page } = await open();
		await showAllInList(page);
		const search = page.getByRole('searchbox', { name: 'Search' });
		for (const [q, mustFind] of [
			['Ferghana', 'tawhid-news-central-asia-threat'],
			['Hirat', 'herat-gazargah-mosque-bombing']
		] as const) {
			await search.fill(q);
			const expected = await api(`q=${q}`);
			expect(expected.some((f) => f.id.includes(mustFind))).toBe(true);
			expect(expected.length).toBeLessThan(all.length);
			await page.waitForFunction((n) => document.querySelectorAll('.incident-list a').length === n, expected.length);
			expect(sorted(await listIds(page))).toEqual(sorted(expected.map((f) => f.id)));
			expect(await countText(page)).toBe(`${expected.length} of ${all.length} incidents`);
			await waitForParam(page, 'q', q);
		}
		await page.context().close();
	});

	it('lists only what is on the map by default, and sorts by distance from the map’s centre', async () => {
		const { page } = await open();
		expect(await page.getByRole('checkbox', { name: 'Only what is on the map' }).isChecked()).toBe(true);
		const kabul: [number, number] = [69.17, 34.53];
		await jumpAndSettle(page, kabul, 9);
		const bounds = await page.evaluate(() => window.incidentMap!.getBounds().toArray());
		const inView = all.filter(({ geometry: { coordinates: [lon, lat] } }) =>
			lon >= bounds[0][0] && lon <= bounds[1][0] && lat >= bounds[0][1] && lat <= bounds[1][1]
		);
		expect(inView.length).toBeGreaterThan(0);
		expect(inView.length).toBeLessThan(all.length);
		await page.waitForFunction((n) => document.querySelectorAll('.incident-list a').length === n, inView.length);
		expect(sorted(await listIds(page))).toEqual(sorted(inView.map((f) => f.id)));

		await page.getByRole('checkbox', { name: 'Only what is on the map' }).uncheck();
		await page.getByRole('combobox', { name: 'Sort by' }).selectOption('distance');
		const ids = await listIds(page);
		const km = (f: ApiFeature) => Math.hypot(f.geometry.coordinates[0] - kabul[0], f.geometry.coordinates[1] - kabul[1]);
		const byId = new Map(all.map((f) => [f.id, f]));
		const first = byId.get(ids[0]!)!;
		const last = byId.get(ids.at(-1)!)!;
		expect(km(first)).toBeLessThan(km(last));
		expect(last.id).toContain('moscow');
		await page.context().close();
	});

	it('hovering a list entry sets feature-state hover on its feature', async () => {
		const { page } = await open();
		await showAllInList(page);
		const embassy = '2022-09-05-kabul-russian-embassy-bombing';
		const hover = () => page.evaluate((id) => window.incidentMap!.getFeatureState({ source: 'incidents', id }).hover ?? false, embassy);
		expect(await hover()).toBe(false);
		await page.locator(`.incident-list a[data-incident-id="${embassy}"]`).hover();
		await page.waitForFunction((id) => window.incidentMap!.getFeatureState({ source: 'incidents', id }).hover === true, embassy);
		await page.mouse.move(1, 1);
		expect(await hover()).toBe(false);
		await page.context().close();
	});
});

describe('the timeline', () => {
	it('draws an imprecise record across the months it covers, never on one day', async () => {
		const { page } = await open();
		const bars = await page.locator('.timeline .bar').evaluateAll((gs) =>
			gs.map((g) => ({
				month: g.getAttribute('data-month'),
				spread: Number(g.querySelector('.spread')!.getAttribute('height'))
			}))
		);
		// The Dhu al-Hijja tally (30 June – 29 July 2022) is hatched in both June and July.
		expect(bars.find((b) => b.month === '2022-06')!.spread).toBeGreaterThan(0);
		expect(bars.find((b) => b.month === '2022-07')!.spread).toBeGreaterThan(0);
		expect(bars.find((b) => b.month === '2022-08')!.spread).toBe(0);
		await page.context().close();
	});

	it('dragging with the mouse sets a time window; the count, list and map follow', async () => {
		const { page } = await open();
		await showAllInList(page);
		await page.locator('.timeline svg.chart').scrollIntoViewIfNeeded();
		const chart = (await page.locator('.timeline svg.chart').boundingBox())!;
		const months = await page.locator('.timeline .bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-month')!));
		const x = (month: string) => chart.x + ((months.indexOf(month) + 0.5) / months.length) * chart.width;
		await page.mouse.move(x('2022-08'), chart.y + chart.height / 2);
		await page.mouse.down();
		await page.mouse.move(x('2022-08') + 10, chart.y + chart.height / 2, { steps: 3 });
		await page.mouse.move(x('2022-09'), chart.y + chart.height / 2, { steps: 5 });
		await page.mouse.up();
		await waitForParam(page, 'to', '2022-09-30');
		expect(param(page, 'from')).toBe('2022-08-01');
		const expected = await api('from=2022-08-01&to=2022-09-30');
		expect(expected.length).toBeLessThan(all.length);
		expect(await countText(page)).toBe(`${expected.length} of ${all.length} incidents`);
		expect(sorted(await listIds(page))).toEqual(sorted(expected.map((f) => f.id)));
		await settle(page);
		const held = await sourceIds(page);
		expect(sorted([...held.points, ...held.areas])).toEqual(sorted(expected.map((f) => f.id)));
		await page.context().close();
	});

	it('plays: the keyboard starts it, it steps the window through time, and the keyboard pauses it', async () => {
		const { page } = await open();
		await showAllInList(page);
		const play = page.locator('.timeline button.play');
		await play.focus();
		await page.keyboard.press('Space');
		expect(await play.getAttribute('aria-pressed')).toBe('true');
		// Cumulative: from the first month, the end advancing month by month.
		await waitForParam(page, 'to', '2021-08-31');
		expect(param(page, 'from')).toBe('2021-08-01');
		await waitForParam(page, 'to', '2021-09-30');
		await page.keyboard.press('Space');
		expect(await play.getAttribute('aria-pressed')).toBe('false');
		const to = param(page, 'to')!;
		const expected = await api(`from=2021-08-01&to=${to}`);
		expect(await countText(page)).toBe(`${expected.length} of ${all.length} incidents`);
		expect(sorted(await listIds(page))).toEqual(sorted(expected.map((f) => f.id)));
		await page.waitForTimeout(1500);
		expect(param(page, 'to')).toBe(to);
		// A step by the keyboard moves the window on by one month.
		await page.getByRole('button', { name: 'Step forward' }).press('Enter');
		await page.waitForFunction((t) => new URL(location.href).searchParams.get('to') !== t, to);
		expect(param(page, 'to')! > to).toBe(true);
		await page.context().close();
	});
});

describe('the timeline with prefers-reduced-motion', () => {
	it('animates nothing, and its steps still move the window', async () => {
		const { page } = await openPage(browser, '/', { reducedMotion: 'reduce' });
		await openFilters(page);
		await waitForMap(page);
		await page.getByRole('button', { name: 'Step forward' }).press('Enter');
		await waitForParam(page, 'to', '2021-08-31');
		await page.getByRole('button', { name: 'Step forward' }).press('Enter');
		await waitForParam(page, 'to', '2021-09-30');
		expect(param(page, 'from')).toBe('2021-08-01');
		const transition = await page.locator('.timeline .window').evaluate((el) => getComputedStyle(el).transitionDuration);
		expect(transition).toBe('0s');
		await page.context().close();
	});
});

describe('the URL', () => {
	it('reproduces the view in a new page: filters, selection, overlays and camera', async () => {
		const { page } = await open();
		await onlyCategory(page, 'suicide-bomb');
		await page.getByRole('searchbox', { name: 'Search' }).fill('Kabul');
		await waitForParam(page, 'q', 'Kabul');
		await page.locator('.layers-panel summary').click();
		await page.getByRole('checkbox', { name: /^Fergana Valley/ }).uncheck();
		await page.waitForFunction(() => new URL(location.href).searchParams.has('overlays'));
		const embassy = '2022-09-05-kabul-russian-embassy-bombing';
		await page.locator(`.incident-list a[data-incident-id="${embassy}"]`).click();
		await page.getByTestId('incident-details').waitFor();
		await settle(page);
		await jumpAndSettle(page, [69.1, 34.5], 11.5);
		await page.waitForFunction(() => location.hash.startsWith('#11.5/'));
		const copied = page.url();
		const before = {
			count: await countText(page),
			list: await listIds(page),
			center: await page.evaluate(() => window.incidentMap!.getCenter().toArray())
		};
		expect(new URL(copied).searchParams.get('incident')).toBe(embassy);

		const { page: again } = await open(copied);
		expect(await countText(again)).toBe(before.count);
		expect(await listIds(again)).toEqual(before.list);
		expect(await again.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('Kabul');
		expect(await again.locator('input[name="category"][value="suicide-bomb"]').isChecked()).toBe(true);
		expect(await again.locator('input[name="category"][value="threat"]').isChecked()).toBe(false);
		expect(await again.getByTestId('incident-details').locator('h2').textContent()).toBe(
			all.find((f) => f.id === embassy)!.properties.title
		);
		expect(await again.evaluate(() => window.incidentMap!.getLayoutProperty('overlay-fergana-valley-fill', 'visibility'))).toBe('none');
		const camera = await again.evaluate(() => ({ zoom: window.incidentMap!.getZoom(), center: window.incidentMap!.getCenter().toArray() }));
		expect(camera.zoom).toBeCloseTo(11.5, 1);
		expect(camera.center[0]).toBeCloseTo(before.center[0], 2);
		expect(camera.center[1]).toBeCloseTo(before.center[1], 2);
		await again.context().close();
		await page.context().close();
	});

	it('back and forward restore the previous filters and selection', async () => {
		const { page } = await open();
		await showAllInList(page);
		// One click, one history entry.
		await page.locator('input[name="claim"][value="claimed"]').uncheck();
		await waitForParam(page, 'claim', 'attributed,unclaimed,none');
		const afterClaim = await countText(page);
		expect(afterClaim).not.toBe(`${all.length} of ${all.length} incidents`);
		await page.getByRole('searchbox', { name: 'Search' }).fill('Hirat');
		await waitForParam(page, 'q', 'Hirat');
		const afterSearch = await countText(page);
		expect(afterSearch).not.toBe(afterClaim);
		const herat = all.find((f) => f.id.includes('herat'))!.id;
		await page.locator(`.incident-list a[data-incident-id="${herat}"]`).click();
		await waitForParam(page, 'incident', herat);

		await page.goBack();
		await waitForParam(page, 'incident', null);
		await page.getByTestId('incident-details').waitFor({ state: 'detached' });
		await page.goBack();
		await waitForParam(page, 'q', null);
		expect(await countText(page)).toBe(afterClaim);
		expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('');
		await page.goBack();
		await waitForParam(page, 'claim', null);
		expect(await countText(page)).toBe(`${all.length} of ${all.length} incidents`);
		expect(await page.locator('input[name="claim"][value="claimed"]').isChecked()).toBe(true);

		await page.goForward();
		await waitForParam(page, 'claim', 'attributed,unclaimed,none');
		expect(await countText(page)).toBe(afterClaim);
		expect(await page.locator('input[name="claim"][value="claimed"]').isChecked()).toBe(false);
		await page.goForward();
		await waitForParam(page, 'q', 'Hirat');
		expect(await countText(page)).toBe(afterSearch);
		expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('Hirat');
		await page.goForward();
		await page.getByTestId('incident-details').waitFor();
		await page.context().close();
	});
});
