import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, openPage, waitForMap } from './support/browser';

/** Exporting what is asked as GeoJSON or ACLED-style CSV: over HTTP, and from the page's Export links. */

/** ACLED's column names, in ACLED's order, as the export must begin (written out independently). */
const ACLED_HEADER = [
	'event_id_cnty',
	'event_date',
	'year',
	'time_precision',
	'disorder_type',
	'event_type',
	'sub_event_type',
	'actor1',
	'iso',
	'country',
	'admin1',
	'location',
	'latitude',
	'longitude',
	'geo_precision',
	'source',
	'notes',
	'fatalities'
];
const EMBASSY = '2022-09-05-kabul-russian-embassy-bombing';

interface Body {
	features: {
		id: string;
		geometry: { coordinates: [number, number] };
		properties: {
			date_start: string;
			summary: string;
			fatalities: { best: number | null } | null;
			distance_km?: number;
		};
	}[];
}

const get = (search: string) => fetch(new URL(`/api/incidents?${search}`, baseUrl()));

async function json(search: string): Promise<Body> {
	const res = await get(search);
	expect(res.status, await res.clone().text()).toBe(200);
	return (await res.json()) as Body;
}

function parseCsv(text: string) {
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	return { fields: parsed.meta.fields!, rows: parsed.data };
}

async function csv(search: string) {
	const res = await get(search);
	expect(res.status, await res.clone().text()).toBe(200);
	expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
	return parseCsv(await res.text());
}

describe('GET /api/incidents?format=csv', () => {
	it('parses back with ACLED’s header and one row per incident, unknown deaths left empty', async () => {
		const all = await json('');
		const { fields, rows } = await csv('format=csv');
		expect(fields.slice(0, ACLED_HEADER.length)).toEqual(ACLED_HEADER);
		expect(fields).not.toContain('distance_km');
		expect(rows.map((r) => r.event_id_cnty)).toEqual(all.features.map((f) => f.id));
		for (const [i, f] of all.features.entries()) {
			const row = rows[i]!;
			expect(row.event_date).toBe(f.properties.date_start);
			expect(Number(row.longitude)).toBe(f.geometry.coordinates[0]);
			expect(Number(row.latitude)).toBe(f.geometry.coordinates[1]);
			expect(row.notes).toBe(f.properties.summary);
			const best = f.properties.fatalities?.best;
			expect(row.fatalities, f.id).toBe(best == null ? '' : String(best));
			expect(['1', '2', '3']).toContain(row.time_precision);
			expect(['1', '2', '3']).toContain(row.geo_precision);
		}
		expect(rows.find((r) => r.event_id_cnty === EMBASSY)).toMatchObject({
			iso: '4',
			country: 'Afghanistan',
			event_type: 'Explosions/Remote violence',
			sub_event_type: 'Suicide bomb',
			disorder_type: 'Political violence',
			time_precision: '1',
			geo_precision: '2'
		});
	});

	it.each([
		'from=2022-08-01&to=2022-08-31',
		'category=suicide-bomb&country=AFG',
		'region=fergana-valley',
		'near=69.17,34.53&radius_km=25',
		'nearest=62.2,34.35&k=3'
	])('holds the same incidents as the JSON for %s', async (search) => {
		const body = await json(search);
		const { fields, rows } = await csv(`${search}&format=csv`);
		expect(rows.map((r) => r.event_id_cnty)).toEqual(body.features.map((f) => f.id));
		expect(rows.length).toBeGreaterThan(0);
		const proximity = /near|region|corridor/.test(search);
		expect(fields.includes('distance_km')).toBe(proximity);
		if (proximity)
			for (const [i, f] of body.features.entries()) expect(Number(rows[i]!.distance_km)).toBeCloseTo(f.properties.distance_km!, 9);
	});

	it('names the file after the query', async () => {
		const cases: [string, string][] = [
			['format=geojson', 'attachment; filename="incidents-all.geojson"'],
			['format=csv', 'attachment; filename="incidents-all.csv"'],
			[
				'from=2022-08-01&to=2022-08-31&category=suicide-bomb&near=69.17,34.53&radius_km=25&format=csv',
				'attachment; filename="incidents-2022-08-01_2022-08-31-suicide-bomb-near-69.17_34.53-25km.csv"'
			],
			['region=fergana-valley&format=geojson', 'attachment; filename="incidents-in-fergana-valley.geojson"'],
			// Without format the GeoJSON is shown, not downloaded, under the same kind of name.
			['', 'inline; filename="incidents-all.geojson"']
		];
		for (const [search, disposition] of cases) {
			const res = await get(search);
			expect(res.headers.get('content-disposition'), search).toBe(disposition);
		}
		const geo = await get('format=geojson&category=attack');
		expect(geo.headers.get('content-type')).toBe('application/geo+json');
		expect(((await geo.json()) as Body).features.length).toBe((await json('category=attack')).features.length);
	});

	it('refuses an unknown format with a problem naming format', async () => {
		const res = await get('format=xlsx');
		expect(res.status).toBe(400);
		expect(res.headers.get('content-type')).toBe('application/problem+json');
		expect(await res.json()).toMatchObject({ status: 400, invalid_params: [{ name: 'format', reason: 'must be one of geojson, csv' }] });
	});
});

describe('the Export links on /', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => browser?.close());

	it('carry the page’s filters and question, and nothing the API does not know', async () => {
		const { page } = await openPage(browser, `/?category=suicide-bomb&incident=${EMBASSY}&region=fergana-valley`, {
			javaScriptEnabled: false
		});
		const href = await page.getByTestId('export-links').getByRole('link', { name: 'CSV' }).getAttribute('href');
		const url = new URL(href!, baseUrl());
		expect(url.pathname).toBe('/api/incidents');
		expect(Object.fromEntries(url.searchParams)).toEqual({ category: 'suicide-bomb', region: 'fergana-valley', format: 'csv' });
		await page.context().close();
	});

	it('download the incidents near a point as CSV, named after the question', async () => {
		// As the page itself writes the question into its URL (the comma encoded).
		const search = 'near=69.17%2C34.53&radius_km=25';
		const { page, watch } = await openPage(browser, `/?${search}`);
		await waitForMap(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('export-links').getByRole('link', { name: 'CSV' }).click()
		]);
		expect(download.suggestedFilename()).toBe('incidents-near-69.17_34.53-25km.csv');
		const { rows } = parseCsv(await readFile((await download.path())!, 'utf8'));
		expect(rows.map((r) => r.event_id_cnty)).toEqual((await json(search)).features.map((f) => f.id));
		expect(watch.pageErrors).toEqual([]);
		await page.context().close();
	});

	it('follow a question asked on the page: the incidents near the one selected, as GeoJSON', async () => {
		const { page, watch } = await openPage(browser, `/?incident=${EMBASSY}`);
		await waitForMap(page);
		await page.getByTestId('incident-details').getByRole('button', { name: '25 km', exact: true }).click();
		await page.waitForURL(/nearby=25/);
		const link = page.getByTestId('export-links').getByRole('link', { name: 'GeoJSON' });
		await expect.poll(() => link.getAttribute('href')).toMatch(/near=/);
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		// The page's `nearby` question is asked of the API as `near` the incident's point.
		const asked = new URL((await link.getAttribute('href'))!, baseUrl()).searchParams;
		const embassy = (await json('')).features.find((f) => f.id === EMBASSY)!;
		const near = asked.get('near')!.split(',').map(Number);
		expect(near[0]).toBeCloseTo(embassy.geometry.coordinates[0], 4);
		expect(near[1]).toBeCloseTo(embassy.geometry.coordinates[1], 4);
		expect(Object.fromEntries(asked)).toEqual({ near: asked.get('near'), radius_km: '25', format: 'geojson' });
		expect(download.suggestedFilename()).toBe(`incidents-near-${near.join('_')}-25km.geojson`);
		const body = JSON.parse(await readFile((await download.path())!, 'utf8')) as Body;
		expect(body.features.map((f) => f.id)).toEqual((await json(`near=${asked.get('near')}&radius_km=25`)).features.map((f) => f.id));
		expect(body.features.map((f) => f.id)).toContain(EMBASSY);
		expect(watch.pageErrors).toEqual([]);
		await page.context().close();
	});
});
