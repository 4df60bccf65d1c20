import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCuratedIncidents } from '../src/lib/data/incidents';
import { axeViolations } from './support/axe';
import { jumpAndSettle, launchBrowser, openPage, settle, waitForMap, type PageWatch } from './support/browser';
import { startBuiltServer, type RunningServer } from './support/server';
import { syntheticIncidents } from './support/synthetic-variants';

/**
 * Tile mode's timeline and its paged list, in Chromium against the built server started with
 * `TILES_ABOVE=0` on 3,000 synthetic incidents (seeded; some known only to a month or a span of
 * days, some placed only to an area): the timeline draws the server's month counts
 * (`/api/incident-months`) and follows the other filters; a window dragged on it narrows the
 * header's count, the list and what the tiles draw, once the drag ends; "Show more" adds the next
 * page of the incidents in view, and a new view starts again from the first.
 */

const N = 3000;
const WINDOW = { from: '2019-01-01', to: '2019-06-30' };
let dir: string;
let app: RunningServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;

interface Answer {
	total: number;
	features: { id: string; properties: { area: string | null; date_start: string; date_end: string } }[];
}
interface MonthsAnswer {
	total: number;
	months: { month: string; exact: number; spread: number }[];
}

const get = async <T>(path: string): Promise<T> => (await (await fetch(`${app.url}${path}`)).json()) as T;
const thousands = (n: number) => n.toLocaleString('en-US');

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'tile-timeline-'));
	const file = join(dir, 'incidents.geojson');
	writeFileSync(file, JSON.stringify(syntheticIncidents(loadCuratedIncidents().features, N, 9)));
	app = await startBuiltServer({ INCIDENTS_FILE: file, TILES_ABOVE: '0' });
	browser = await launchBrowser();
	({ page, watch } = await openPage(browser, `${app.url}/`));
	await waitForMap(page, 60_000);
	await page.locator('.timeline .bar').first().waitFor();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await app?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The timeline's bars as drawn: month and height in incidents. */
const bars = () =>
	page.locator('.timeline .bar').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-month'), g.getAttribute('data-count')]));
/** The same, from the API's answer. */
const apiBars = async (query: string) =>
	(await get<MonthsAnswer>(`/api/incident-months?${query}`)).months.map((b) => [b.month, (b.exact + b.spread).toFixed(2)]);
const countText = () => page.locator('.bar .count').textContent();
const listIds = () => page.locator('.incident-list a').evaluateAll((as) => as.map((a) => a.getAttribute('data-incident-id')!));
const summary = () => page.locator('.in-view').textContent();
const tileUrl = () => page.evaluate(() => (window.incidentMap!.getSource('incidents')!.serialize() as { tiles: string[] }).tiles[0]!);
/** The last question the list asked of the API (its first page of the incidents in view). */
const lastInViewQuestion = () => watch.requested.filter((r) => r.startsWith('/api/incidents?') && r.includes('bbox=') && !r.includes('offset=')).at(-1)!;

/** What the map draws in view: each rendered cluster's count once, plus each single incident. */
function drawn(): Promise<number> {
	return page.evaluate(() => {
		const seen = new Map<string, number>();
		for (const f of window.incidentMap!.queryRenderedFeatures({ layers: ['incident-clusters', 'incident-points'] })) {
			const p = f.properties;
			if (p.point_count) seen.set(`c${p.cluster_id}`, p.point_count as number);
			else seen.set(`p${p.id}`, 1);
		}
		return [...seen.values()].reduce((a, b) => a + b, 0);
	});
}

/** Jump to the whole world and count what the tiles draw (records placed only to an area are drawn as areas, not in the tiles). */
async function drawnEverywhere(): Promise<number> {
	await jumpAndSettle(page, [60, 10], 0.3);
	await settle(page);
	return drawn();
}

describe('tile mode’s timeline', () => {
	it('draws the server’s month counts: every month of the data, imprecise records hatched across their months', async () => {
		expect(await tileUrl()).toContain('/tiles/{z}/{x}/{y}.mvt');
		const expected = await apiBars('');
		expect(expected.length).toBeGreaterThan(100);
		expect(await bars()).toEqual(expected);
		const hatched = await page.locator('.timeline .bar .spread').evaluateAll((rs) => rs.filter((r) => Number(r.getAttribute('height')) > 0).length);
		expect(hatched).toBeGreaterThan(10);
		expect(await countText()).toBe(`${thousands(N)} of ${thousands(N)} incidents`);
		// The page fetched no list of every incident.
		expect(watch.requested.filter((r) => /^\/map-data\/(incidents|points)\.json/.test(r))).toEqual([]);
	});

	it('follows the other filters (asked of the server again), not the time window', async () => {
		await page.locator('details.filters-box summary').click();
		await page.locator('form.filters').waitFor();
		const box = page.locator('form.filters label', { hasText: 'Suicide bombing' }).locator('input');
		await box.uncheck();
		await page.waitForFunction(() => new URL(location.href).searchParams.has('category'));
		const expected = await apiBars(`category=${await page.evaluate(() => new URL(location.href).searchParams.get('category'))}`);
		await expect.poll(bars, { timeout: 10_000 }).toEqual(expected);
		expect(expected).not.toEqual(await apiBars(''));
		await box.check();
		await expect.poll(bars, { timeout: 10_000 }).toEqual(await apiBars(''));
		await page.locator('details.filters-box summary').click();
		const asked = watch.requested.filter((r) => r.startsWith('/api/incident-months')).length;
		// A window from the range inputs (the keyboard's way) asks for no new counts.
		await page.getByRole('slider', { name: 'From' }).focus();
		await page.keyboard.press('ArrowRight');
		await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
		await page.getByRole('button', { name: 'All dates' }).click();
		await page.waitForFunction(() => !new URL(location.href).searchParams.has('from'));
		expect(watch.requested.filter((r) => r.startsWith('/api/incident-months')).length).toBe(asked);
		expect(watch.requested.filter((r) => r.startsWith('/api/incident-months')).every((r) => !/[?&](from|to)=/.test(r))).toBe(true);
	});

	it('narrows the count, the list and the tiles to a dragged window, once the drag ends', async () => {
		const everything = await drawnEverywhere();
		const all = await get<Answer>('/api/incidents?limit=10000');
		expect(everything).toBe(all.features.filter((f) => !f.properties.area).length);
		await jumpAndSettle(page, [69, 38], 4);

		const chart = (await page.locator('.timeline svg.chart').boundingBox())!;
		const months = await page.locator('.timeline .bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-month')!));
		const x = (month: string) => chart.x + ((months.indexOf(month) + 0.5) / months.length) * chart.width;
		await page.mouse.move(x('2019-01'), chart.y + chart.height / 2);
		await page.mouse.down();
		await page.mouse.move(x('2019-06'), chart.y + chart.height / 2, { steps: 6 });
		// Mid-drag the window is drawn, but the tiles (a new index per window on the server) wait for the release.
		await page.waitForFunction(() => document.querySelector('.timeline .window') !== null);
		await page.waitForTimeout(300);
		expect(await tileUrl()).not.toContain('from=');
		await page.mouse.up();

		const window = await get<Answer>(`/api/incidents?from=${WINDOW.from}&to=${WINDOW.to}&limit=10000`);
		expect(window.total).toBeLessThan(N / 5);
		await page.waitForFunction((t) => document.querySelector('.bar .count')?.textContent === t, `${thousands(window.total)} of ${thousands(N)} incidents`);
		await page.waitForFunction((w) => new URL(location.href).searchParams.get('to') === w.to, WINDOW);
		expect(await tileUrl()).toContain(`from=${WINDOW.from}&to=${WINDOW.to}`);

		// The list: the API's first page of the incidents in view in the window, in its order, each in the window.
		await expect.poll(() => lastInViewQuestion(), { timeout: 10_000 }).toContain(`from=${WINDOW.from}`);
		const inView = await get<Answer>(lastInViewQuestion());
		await expect.poll(listIds, { timeout: 10_000 }).toEqual(inView.features.map((f) => f.id));
		for (const f of inView.features) expect(f.properties.date_end >= WINDOW.from && f.properties.date_start <= WINDOW.to, f.id).toBe(true);

		// The tiles: everything they draw is in the window.
		expect(await drawnEverywhere()).toBe(window.features.filter((f) => !f.properties.area).length);
	});
});

describe('tile mode’s list, a page at a time', () => {
	it('adds the next page of the incidents in view with "Show more"; a new view starts again from the first', async () => {
		await page.getByRole('button', { name: 'All dates' }).click();
		await jumpAndSettle(page, [69, 38], 4);
		await page.waitForFunction(() => /the earliest 100 are listed/.test(document.querySelector('.in-view')?.textContent ?? ''), null, { timeout: 10_000 });
		const question = lastInViewQuestion();
		expect(question).not.toContain('from=');
		const first = await get<Answer>(question);
		expect(first.total).toBeGreaterThan(300);
		expect(await summary()).toContain(`${thousands(first.total)} incidents in view; the earliest 100 are listed, oldest first`);
		expect(await listIds()).toEqual(first.features.map((f) => f.id));

		const more = page.getByRole('button', { name: 'Show 100 more' });
		await more.click();
		await page.waitForFunction(() => document.querySelectorAll('.incident-list li').length === 200);
		const two = await get<Answer>(question.replace('limit=100', 'limit=200'));
		expect(await listIds()).toEqual(two.features.map((f) => f.id));
		expect(await summary()).toContain('the earliest 200 are listed');
		expect(watch.requested).toContain(`${question}&offset=100`);

		// From the keyboard: the focus stays on the button for the next page.
		await more.focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => /the earliest 300 are listed/.test(document.querySelector('.in-view')?.textContent ?? ''));
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Show 100 more');
		await expect.poll(() => page.locator('.incident-list li').first().getAttribute('aria-setsize')).toBe('300');

		// A new view: the first page again.
		await jumpAndSettle(page, [68, 37], 5);
		await page.waitForFunction(() => /the earliest 100 are listed/.test(document.querySelector('.in-view')?.textContent ?? ''));
		expect(await page.locator('.incident-list li').count()).toBe(100);
	});

	it('lists the last page, then says all are listed and takes the focus there', async () => {
		await page.goto(`${app.url}/?from=${WINDOW.from}&to=${WINDOW.to}#4/38/69`);
		await waitForMap(page, 60_000);
		await page.waitForFunction(() => /the earliest 100 are listed/.test(document.querySelector('.in-view')?.textContent ?? ''), null, { timeout: 10_000 });
		const { total } = await get<Answer>(lastInViewQuestion());
		expect(total).toBeGreaterThan(100);
		expect(total).toBeLessThanOrEqual(200);
		const more = page.getByRole('button', { name: `Show ${total - 100} more` });
		await more.focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction((n) => document.querySelectorAll('.incident-list li').length === n, total);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`All ${total} incidents in view are listed.`);
		expect(await summary()).toContain(`${total} incidents in view, all listed`);
		expect(await page.getByRole('button', { name: /more$/ }).count()).toBe(0);
	});

	it('without JavaScript, lists the newest incidents the server sent, says so, and opens one', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(`${app.url}/`);
		expect(await plain.locator('.no-map').textContent()).toBe('The map needs JavaScript; the list beside it does not.');
		expect(await plain.locator('.notice').first().textContent()).toMatch(new RegExp(`^\\s*The newest 200 of ${thousands(N)} incidents\\.`));
		const entries = plain.locator('.incident-list a');
		expect(await entries.count()).toBe(200);
		// The newest: every one listed is among the 300 latest by date (ties at the edge aside).
		const listed = await entries.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('incident')));
		const latest = new Set((await get<Answer>(`/api/incidents?limit=300&offset=${N - 300}`)).features.map((f) => f.id));
		expect(listed.filter((id) => !latest.has(id!))).toEqual([]);
		const title = (await entries.first().locator('.title').textContent())!.trim();
		await entries.first().click();
		await plain.waitForURL(/\?incident=/);
		expect(await plain.getByTestId('incident-details').locator('h2').textContent()).toBe(title);
		await context.close();
	});

	it('meets WCAG 2.2 AA with the timeline and the "Show more" button, in both colour schemes', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			// axe is injected as a script tag, which the app's Content-Security-Policy would refuse.
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true, colorScheme });
			const other = await context.newPage();
			await other.goto(`${app.url}/`);
			await waitForMap(other, 60_000);
			await other.locator('.timeline .bar').first().waitFor();
			await other.getByRole('button', { name: 'Show 100 more' }).waitFor();
			expect(await axeViolations(other), colorScheme).toEqual([]);
			await context.close();
		}
	});

	it('cause no error on the page, and ask nothing of another origin', () => {
		expect([...watch.consoleErrors, ...watch.pageErrors, ...watch.externalRequests]).toEqual([]);
	});
});
