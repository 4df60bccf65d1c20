import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, openPage, waitForMap } from './support/browser';

/** /incidents/{id}: one incident's own page, served whole by the server; its map with JavaScript; 404s. */

const EMBASSY = '2022-09-05-kabul-russian-embassy-bombing';
const HERAT = '2022-09-02-herat-gazargah-mosque-bombing';

interface Casualties {
	low: number | null;
	best: number | null;
	high: number | null;
	reported_by: string | null;
}
interface Incident {
	id: string;
	geometry: { coordinates: [number, number] };
	properties: {
		title: string;
		summary: string;
		perpetrator: string | null;
		targets: string[];
		place: { name: string; admin1: string | null; country: string };
		fatalities: Casualties | null;
		injuries: Casualties | null;
		claim: { note: string | null } | null;
		sources: { title: string; url: string; publisher: string }[];
	};
}

async function incident(id: string): Promise<Incident> {
	return (await (await fetch(new URL(`/api/incidents/${id}`, baseUrl()))).json()) as Incident;
}

const field = (page: Page, name: string) => page.locator(`[data-field="${name}"]`).innerText();
const meta = (page: Page, selector: string) => page.locator(`head ${selector}`).getAttribute('content');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('without JavaScript', () => {
	it('shows every field with how precisely it is known, and the sources as safe links', async () => {
		const f = await incident(EMBASSY);
		const p = f.properties;
		const { page } = await openPage(browser, `/incidents/${EMBASSY}`, { javaScriptEnabled: false });
		expect(await page.locator('h1').innerText()).toBe(p.title);
		expect(await field(page, 'date')).toBe('5 September 2022 (exact day)');
		expect(await field(page, 'place')).toContain(`${p.place.name}, ${p.place.admin1}, ${p.place.country}`);
		expect(await field(page, 'place')).toContain('(district, within about 6 km)');
		expect(await field(page, 'category')).toBe('Suicide bombing (ACLED: Explosions/Remote violence › Suicide bomb)');
		expect(await field(page, 'fatalities')).toContain(`${p.fatalities!.best} (reported range ${p.fatalities!.low}–${p.fatalities!.high})`);
		expect(await field(page, 'fatalities')).toContain(p.fatalities!.reported_by!);
		expect(await field(page, 'injuries')).toContain(`${p.injuries!.best} (reported range`);
		expect(await field(page, 'claim')).toContain('Claimed by Islamic State (ISKP) through Amaq News Agency');
		expect(await field(page, 'claim')).toContain(p.claim!.note!);
		expect(await field(page, 'perpetrator')).toBe(p.perpetrator);
		expect(await field(page, 'targets')).toBe(p.targets.join('; '));
		expect(await page.locator('.summary').innerText()).toBe(p.summary);

		const links = page.locator('.sources a');
		expect(await links.count()).toBe(p.sources.length);
		for (const [i, s] of p.sources.entries()) {
			expect(await links.nth(i).getAttribute('href')).toBe(s.url);
			expect(await links.nth(i).getAttribute('rel')).toBe('noopener noreferrer external');
			expect(await links.nth(i).innerText()).toBe(s.title);
		}
		// No map without JavaScript, and the page says so; the full map is a link away.
		expect(await page.locator('[data-ready="true"]').count()).toBe(0);
		expect(await page.locator('.full-map a').getAttribute('href')).toBe(`/?incident=${EMBASSY}`);
		await page.context().close();
	});

	it('says an unknown figure is unknown and a missing one is not applicable, never 0', async () => {
		const { page } = await openPage(browser, `/incidents/2022-08-30-tawhid-news-central-asia-threat`, { javaScriptEnabled: false });
		expect(await field(page, 'fatalities')).toMatch(/^(unknown|not applicable)/);
		expect(await field(page, 'place')).toContain('(region, within about');
		await page.context().close();
	});

	it('has a title, a description from the summary, Open Graph tags and a canonical link', async () => {
		const p = (await incident(HERAT)).properties;
		const { page } = await openPage(browser, `/incidents/${HERAT}`, { javaScriptEnabled: false });
		expect(await page.title()).toBe(`${p.title} · Incident Map`);
		const description = (await meta(page, 'meta[name="description"]'))!;
		expect(description.length).toBeLessThanOrEqual(160);
		expect(description.length).toBeGreaterThan(60);
		expect(p.summary.replace(/\s+/g, ' ').startsWith(description.replace(/…$/, ''))).toBe(true);
		expect(await meta(page, 'meta[property="og:title"]')).toBe(p.title);
		expect(await meta(page, 'meta[property="og:description"]')).toBe(description);
		expect(await meta(page, 'meta[property="og:type"]')).toBe('article');
		expect(await meta(page, 'meta[property="og:site_name"]')).toBe('Incident Map');
		const ogUrl = (await meta(page, 'meta[property="og:url"]'))!;
		const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
		expect(ogUrl).toBe(canonical);
		// Absolute, on this host (adapter-node assumes https unless ORIGIN or PROTOCOL_HEADER says otherwise).
		const url = new URL(ogUrl);
		expect(url.host).toBe(new URL(baseUrl()).host);
		expect(url.pathname).toBe(`/incidents/${HERAT}`);
		await page.context().close();
	});

	it('is linked from the details on the full map as its permalink', async () => {
		const { page } = await openPage(browser, `/?incident=${HERAT}`, { javaScriptEnabled: false });
		await page.getByTestId('incident-details').getByRole('link', { name: 'Permalink' }).click();
		await page.waitForURL((url) => url.pathname === `/incidents/${HERAT}`);
		expect(await page.locator('h1').innerText()).toBe((await incident(HERAT)).properties.title);
		await page.context().close();
	});
});

describe('with JavaScript', () => {
	it('draws a map with the incident in view, and links to the full map', async () => {
		const f = await incident(EMBASSY);
		const { page, watch } = await openPage(browser, `/incidents/${EMBASSY}`);
		await waitForMap(page);
		await page.waitForFunction(
			([lon, lat]) => {
				const map = window.incidentMap!;
				return !map.isMoving() && map.getBounds().contains([lon!, lat!]) && map.getZoom() > 8;
			},
			f.geometry.coordinates,
			{ timeout: 20_000 }
		);
		await page.getByRole('link', { name: 'Open on the full map' }).click();
		// The full map adds its camera to the hash as it opens; match path and query only.
		await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('incident') === EMBASSY);
		await page.getByTestId('incident-details').waitFor();
		expect(await page.getByTestId('incident-details').locator('h2').innerText()).toBe(f.properties.title);
		expect(watch.pageErrors).toEqual([]);
		expect(watch.consoleErrors).toEqual([]);
		expect(watch.externalRequests).toEqual([]);
		await page.context().close();
	});
});

describe('an unknown id', () => {
	it('answers 404 with a page that says so and links home', async () => {
		const res = await fetch(new URL('/incidents/no-such-incident', baseUrl()));
		expect(res.status).toBe(404);
		expect(res.headers.get('content-type')).toMatch(/^text\/html/);
		const { page } = await openPage(browser, '/incidents/no-such-incident', { javaScriptEnabled: false });
		const error = page.getByTestId('error-page');
		expect(await error.locator('h1').innerText()).toBe('No such incident');
		expect(await error.innerText()).toContain('No incident has the id “no-such-incident”');
		expect(await error.getByRole('link').getAttribute('href')).toBe('/');
		await page.context().close();
	});
});
