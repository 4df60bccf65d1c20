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
	// The panel is built when first opened: wait for it, or a quick test would find no checkboxes.
	await box.locator('form.filters').waitFor();
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
		// The Dhu al-Hijja tally is placed only to Afghanistan: its area is in view, its point is not.
		const tally = all.find((f) => f.properties.area === 'country-afg')!;
		expect(inView).not.toContain(tally);
		const expected = [...inView, tally];
		await page.waitForFunction((n) => document.querySelectorAll('.incident-list a').length === n, expected.length);
		expect(sorted(await listIds(page))).toEqual(sorted(expected.map((f) => f.id)));
		// Moscow: no area record's area reaches it.
		await jumpAndSettle(page, [37.6, 55.75], 9);
		await page.waitForFunction(() => document.querySelectorAll('.incident-list a').length === 1);
		expect(await listIds(page)).toEqual([all.find((f) => f.id.includes('moscow'))!.id]);

		await jumpAndSettle(page, kabul, 9);
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

	it('dragging with the mouse sets a time window; the count, list and map follow the drag, the URL its release', async () => {
		const { page } = await open();
		await showAllInList(page);
		await page.locator('.timeline svg.chart').scrollIntoViewIfNeeded();
		const chart = (await page.locator('.timeline svg.chart').boundingBox())!;
		const months = await page.locator('.timeline .bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-month')!));
		const x = (month: string) => chart.x + ((months.indexOf(month) + 0.5) / months.length) * chart.width;
		const entries = await page.evaluate(() => history.length);
		await page.mouse.move(x('2022-08'), chart.y + chart.height / 2);
		await page.mouse.down();
		await page.mouse.move(x('2022-08') + 10, chart.y + chart.height / 2, { steps: 3 });
		// Mid-drag, the button still down: one month in the window, and the count already says so.
		const august = await api('from=2022-08-01&to=2022-08-31');
		expect(august.length).toBeLessThan(all.length);
		await page.waitForFunction((t) => document.querySelector('.bar .count')?.textContent === t, `${august.length} of ${all.length} incidents`);
		await page.mouse.move(x('2022-09'), chart.y + chart.height / 2, { steps: 5 });
		const expected = await api('from=2022-08-01&to=2022-09-30');
		expect(expected.length).toBeGreaterThan(august.length);
		await page.waitForFunction((t) => document.querySelector('.bar .count')?.textContent === t, `${expected.length} of ${all.length} incidents`);
		expect(sorted(await listIds(page))).toEqual(sorted(expected.map((f) => f.id)));
		// …while the URL waits for the release.
		await page.waitForTimeout(600);
		expect(param(page, 'to')).toBeNull();
		await page.mouse.up();
		await waitForParam(page, 'to', '2022-09-30');
		expect(param(page, 'from')).toBe('2022-08-01');
		// The whole drag is one history entry.
		expect(await page.evaluate(() => history.length)).toBe(entries + 1);
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
		// The Fergana Valley is switched off: the overlays' fill layer no longer draws it.
		expect(await again.evaluate(() => JSON.stringify(window.incidentMap!.getFilter('overlay-fill')))).not.toContain('"fergana-valley"');
		expect(await again.evaluate(() => JSON.stringify(window.incidentMap!.getFilter('overlay-fill')))).toContain('"wakhan-corridor"');
		const camera = await again.evaluate(() => ({ zoom: window.incidentMap!.getZoom(), center: window.incidentMap!.getCenter().toArray() }));
		expect(camera.zoom).toBeCloseTo(11.5, 1);
		expect(camera.center[0]).toBeCloseTo(before.center[0], 2);
		expect(camera.center[1]).toBeCloseTo(before.center[1], 2);
		await again.context().close();
		await page.context().close();
	});

	it('back and forward restore the question, filters, overlays, selection and camera, step by step', async () => {
		const { page, watch } = await open();
		const results = page.getByTestId('query-results');
		const seen = async () => {
			await settle(page);
			const panel = (await results.count()) ? results : null;
			return {
				url: page.url(),
				count: await countText(page),
				heading: panel ? await panel.locator('h2').textContent() : null,
				summary: panel ? await panel.getByTestId('query-summary').textContent() : null,
				hits: panel ? await panel.locator('[data-hit-id]').evaluateAll((as) => as.map((a) => a.getAttribute('data-hit-id'))) : [],
				details: (await page.getByTestId('incident-details').count()) ? await page.getByTestId('incident-details').locator('h2').textContent() : null,
				claimed: await page.locator('input[name="claim"][value="claimed"]').isChecked(),
				...(await page.evaluate(async () => {
					const map = window.incidentMap!;
					const source = map.getSource('incidents') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
					// The camera the hash holds (MapLibre rounds it to well under a pixel), and whether
					// the map shows it: the same zoom, and the hash's centre at the canvas's centre.
					const [z, lat, lon] = location.hash.slice(1).split('/').map(Number) as [number, number, number];
					const c = map.project([lon, lat]);
					const canvas = map.getCanvas();
					const off = Math.hypot(c.x - canvas.clientWidth / 2, c.y - canvas.clientHeight / 2);
					return {
						camera: [z, lon, lat],
						showsHash: Math.abs(map.getZoom() - z) < 0.006 && off < 1,
						question: map.querySourceFeatures('query').map((f) => f.properties.role as string).sort().filter((r, i, a) => a.indexOf(r) === i),
						points: (await source.getData()).features.map((f) => f.properties!.id as string).sort(),
						fergana: JSON.stringify(map.getFilter('overlay-fill')).includes('"fergana-valley"') ? 'visible' : 'none'
					};
				}))
			};
		};
		type Seen = Awaited<ReturnType<typeof seen>>;
		/** Back or forward, then wait for what that entry holds: its URL, and the camera of its hash. */
		const go = async (how: 'back' | 'forward', want: Seen) => {
			await (how === 'back' ? page.goBack() : page.goForward());
			await page.waitForFunction((u) => location.href === u, want.url);
			await page.waitForFunction(
				([z, lon, lat]) => {
					const map = window.incidentMap!;
					const c = map.project([lon!, lat!]);
					const canvas = map.getCanvas();
					return !map.isMoving() && Math.abs(map.getZoom() - z!) < 0.006 && Math.hypot(c.x - canvas.clientWidth / 2, c.y - canvas.clientHeight / 2) < 1;
				},
				want.camera
			);
			if (want.summary) await results.getByTestId('query-summary').filter({ hasText: want.summary }).waitFor();
			else await results.waitFor({ state: 'detached' });
			expect(await seen()).toEqual(want);
		};

		await jumpAndSettle(page, [69.17, 34.53], 8);
		await page.waitForFunction(() => location.hash.startsWith('#8/'));
		const start = await seen();
		expect(start.showsHash).toBe(true);
		expect(start.heading).toBeNull();
		expect(start.question).toEqual([]);

		// A question from the context menu.
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		const at = await page.evaluate(() => window.incidentMap!.project([69.3, 34.4]));
		await page.mouse.click(box.x + at.x, box.y + at.y, { button: 'right' });
		await page.getByRole('dialog', { name: 'This place' }).getByRole('button', { name: '50 km', exact: true }).click();
		await waitForParam(page, 'radius_km', '50');
		await results.getByTestId('query-summary').filter({ hasText: /\d+ incidents/ }).waitFor();
		await page.waitForFunction(() => !window.incidentMap!.isMoving());
		const asked = await seen();
		expect(asked.heading).toBe('Within 50 km of 34.40° N, 69.30° E');
		expect(asked.hits.length).toBeGreaterThanOrEqual(4);
		expect(asked.question).toContain('circle');

		// A filter: the answer keeps only what the filters leave.
		await page.locator('input[name="claim"][value="claimed"]').uncheck();
		await waitForParam(page, 'claim', 'attributed,unclaimed,none');
		await results.getByTestId('query-summary').filter({ hasText: 'outside the filters' }).waitFor();
		const filtered = await seen();
		expect(filtered.hits.length).toBeLessThan(asked.hits.length);
		expect(filtered.points.length).toBeLessThan(asked.points.length);

		// An overlay hidden.
		await page.locator('.layers-panel summary').click();
		await page.getByRole('checkbox', { name: /^Fergana Valley/ }).uncheck();
		await page.waitForFunction(() => new URL(location.href).searchParams.has('overlays'));
		await page.locator('.layers-panel summary').click();
		const hidden = await seen();
		expect(hidden.fergana).toBe('none');

		// A hit chosen from the answer: the details open and the map flies there.
		await results.locator(`[data-hit-id="${filtered.hits[0]}"]`).click();
		await waitForParam(page, 'incident', filtered.hits[0]!);
		await page.getByTestId('incident-details').waitFor();
		await page.waitForFunction((z) => !window.incidentMap!.isMoving() && window.incidentMap!.getZoom() !== z, hidden.camera[0]);
		await page.waitForFunction(() => /^#[\d.]+\//.test(location.hash) && location.hash !== '');
		await page.waitForTimeout(400);
		const chosen = await seen();
		expect(chosen.details).toBe(all.find((f) => f.id === filtered.hits[0])!.properties.title);
		expect(chosen.camera).not.toEqual(hidden.camera);

		await go('back', hidden);
		await go('back', filtered);
		await go('back', asked);
		await go('back', start);
		await go('forward', asked);
		await go('forward', filtered);
		await go('forward', hidden);
		await go('forward', chosen);
		expect(watch.pageErrors).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);

		// The last entry's URL, opened afresh, shows the same.
		const { page: again } = await open(chosen.url);
		await again.getByTestId('query-results').getByTestId('query-summary').filter({ hasText: chosen.summary! }).waitFor();
		await settle(again);
		const fresh = {
			url: again.url(),
			hits: await again.getByTestId('query-results').locator('[data-hit-id]').evaluateAll((as) => as.map((a) => a.getAttribute('data-hit-id'))),
			details: await again.getByTestId('incident-details').locator('h2').textContent(),
			count: await countText(again),
			camera: await again.evaluate(() => [window.incidentMap!.getZoom(), ...window.incidentMap!.getCenter().toArray()])
		};
		expect(fresh).toMatchObject({ url: chosen.url, hits: chosen.hits, details: chosen.details, count: chosen.count });
		expect(fresh.camera[0]).toBeCloseTo(chosen.camera[0]!, 2);
		expect(fresh.camera[1]).toBeCloseTo(chosen.camera[1]!, 3);
		expect(fresh.camera[2]).toBeCloseTo(chosen.camera[2]!, 3);
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
