import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticIncidents } from '../../../tests/support/synthetic-variants';
import { testDatabase } from '../../../tests/support/test-database';
import { loadCuratedIncidents } from '../data/incidents';
import { getOverlay, OVERLAY_IDS } from '../data/overlays';
import type { IncidentCollection } from '../domain/incident';
import { digestTable } from '../domain/incident-digest';
import { parseIncidentQuery, type IncidentFilter, type IncidentQuery } from '../domain/incident-query';
import { readViewParams } from '../domain/view-params';
import type { IncidentQueryResult, IncidentStore } from './incident-store';
import { MemoryIncidentStore } from './memory-store';
import { loadIncidents } from './pg/load-incidents';
import { PostgisIncidentStore } from './postgis-store';

/**
 * The contract: the PostGIS store answers every query of the API exactly as the file store does —
 * the same ids in the same order, the same totals, the same certain/possible classification, and
 * distances within a micrometre-scale tolerance — over the curated dataset and a seeded synthetic
 * one of a few thousand incidents.
 */

const AREAS = OVERLAY_IDS.filter((id) => /Polygon/.test(getOverlay(id)!.geometry.type));
const LINES = OVERLAY_IDS.filter((id) => /LineString/.test(getOverlay(id)!.geometry.type));
const CENTRES = ['69.17,34.53', '71.5,40.77', '66,33.84', '37.6173,55.7558', '179.9,0', '-179.5,5', '0,0', '69.59583,42.31667'];

/** Every kind of API query, as query strings: filters, each proximity mode, and mixes. */
function apiQueries(): string[] {
	const filters = [
		'',
		'from=2021-01-01',
		'to=2022-08-20',
		'from=2018-03-01&to=2019-12-31',
		'category=suicide-bomb,threat',
		'country=afg,UZB',
		'q=kabul',
		'q=bomb',
		'q=isis-k',
		'q=herat mosque',
		'bbox=60,30,75,45',
		'bbox=170,-20,-170,20',
		'min_fatalities=10',
		'min_fatalities=0',
		'limit=7',
		'from=2016-01-01&category=shelling-missile&min_fatalities=1&limit=50'
	];
	const proximity = [
		...CENTRES.flatMap((c) => [10, 50, 300, 2500].map((r) => `near=${c}&radius_km=${r}`)),
		...CENTRES.flatMap((c) => [1, 5, 40, 400].map((k) => `nearest=${c}&k=${k}`)),
		...AREAS.map((id) => `region=${id}`),
		...LINES.flatMap((id) => [5, 25, 150].map((r) => `corridor=${id}&radius_km=${r}`))
	];
	const mixed = [
		'near=69.17,34.53&radius_km=500&category=suicide-bomb&limit=20',
		'nearest=69.17,34.53&k=30&from=2020-01-01',
		'nearest=71,40&k=25&q=kabul',
		'region=country-afg&min_fatalities=5&limit=15',
		'region=fergana-valley&bbox=70,39,73,42',
		'corridor=cagp-lines-a-c&radius_km=100&country=uzb,kaz&limit=40'
	];
	// Pages further on (offset), in each kind of answer's own order, and pages past the last match.
	const pages = [
		'limit=7&offset=5',
		'offset=1',
		'q=bomb&limit=2&offset=3',
		'bbox=60,30,75,45&limit=10&offset=10',
		'category=suicide-bomb,threat&limit=3&offset=6',
		'near=69.17,34.53&radius_km=300&limit=5&offset=5',
		'nearest=71.5,40.77&k=40&limit=10&offset=30',
		'region=country-afg&limit=5&offset=10',
		'corridor=cagp-lines-a-c&radius_km=150&limit=4&offset=4',
		'offset=1000000',
		'q=kabul&offset=500000',
		'near=69.17,34.53&radius_km=50&offset=100000',
		'nearest=69.17,34.53&k=5&offset=5'
	];
	return [...filters, ...proximity, ...mixed, ...pages];
}

/** The filters of a map page (the API's, and perpetrator and claim), as `map-data.ts` asks `ids` and `digests`. */
const VIEW_FILTERS = [
	'',
	'from=2021-01-01&to=2022-08-20',
	'category=suicide-bomb,threat',
	'category=',
	'country=afg,UZB',
	'q=kabul',
	'q=herat mosque',
	'min_fatalities=10',
	'perpetrator=unknown',
	'claim=claimed,none',
	'from=2016-01-01&category=shelling-missile&min_fatalities=1&q=a'
];
const viewFilter = (text: string): IncidentFilter => readViewParams(new URLSearchParams(text)).filter;

function query(text: string): IncidentQuery {
	const parsed = parseIncidentQuery(new URLSearchParams(text));
	if ('problems' in parsed) throw new Error(`${text}: ${JSON.stringify(parsed.problems)}`);
	return parsed.query;
}

/** What must agree, with distances kept aside for a tolerant comparison. */
function answer(r: IncidentQueryResult) {
	return {
		total: r.total,
		features: r.features,
		proximity: r.hits && r.features.map((f) => `${f.id}:${r.hits!.get(f.id)!.proximity}`),
		distances: r.hits ? r.features.map((f) => r.hits!.get(f.id)!.distance_km) : null
	};
}

function contract(name: string, collection: () => IncidentCollection) {
	describe(`the PostGIS store answers as the file store: ${name}`, () => {
		let memory: IncidentStore;
		let postgis: IncidentStore;
		let db: Awaited<ReturnType<typeof testDatabase>>;

		beforeAll(async () => {
			const data = collection();
			db = await testDatabase('contract');
			await loadIncidents(db.pool, data, { findOverlay: getOverlay });
			memory = new MemoryIncidentStore(data);
			postgis = new PostgisIncidentStore(db.pool);
		});
		afterAll(() => db?.drop());

		it('lists everything by start date, and gets each incident by id', async () => {
			const [m, p] = await Promise.all([memory.list(), postgis.list()]);
			expect(p.features).toEqual(m.features);
			expect(p.total).toBe(m.total);
			for (const f of m.features.slice(0, 200)) expect(await postgis.get(f.id)).toEqual(f);
			expect(await postgis.get('no-such-incident')).toBeUndefined();
		});

		it.each(apiQueries())('?%s', async (text) => {
			const q = query(text);
			const [m, p] = await Promise.all([memory.list(q), postgis.list(q)]);
			const want = answer(m);
			const got = answer(p);
			expect(got.total).toBe(want.total);
			expect(got.features.map((f) => f.id)).toEqual(want.features.map((f) => f.id));
			expect(got.proximity).toEqual(want.proximity);
			expect(got.features).toEqual(want.features);
			got.distances?.forEach((d, i) => {
				const w = want.distances![i]!;
				expect(Math.abs(d - w), `distance of ${want.features[i]!.id}`).toBeLessThanOrEqual(1e-6 * Math.max(1, w));
			});
		});

		it.each(['', 'category=suicide-bomb,threat', 'near=69.17,34.53&radius_km=300', 'nearest=71.5,40.77&k=40', 'region=country-afg'])(
			'pages through ?%s alike: the pages put together are the whole answer',
			async (text) => {
				const whole = await memory.list(query(text));
				const pages: string[] = [];
				const size = Math.max(1, Math.ceil(whole.total / 5)); // about five pages
				for (let offset = 0; offset < whole.total; offset += size) {
					const page = query(`${text}&limit=${size}&offset=${offset}`);
					const [m, p] = await Promise.all([memory.list(page), postgis.list(page)]);
					expect(p.features.map((f) => f.id)).toEqual(m.features.map((f) => f.id));
					expect([p.total, m.total]).toEqual([whole.total, whole.total]);
					pages.push(...m.features.map((f) => f.id));
				}
				expect(pages).toEqual(whole.features.map((f) => f.id));
			}
		);

		it.each(VIEW_FILTERS)('counts the incidents a page filter keeps by month alike: ?%s', async (text) => {
			const filter = viewFilter(text);
			const [m, p] = await Promise.all([memory.months(filter), postgis.months(filter)]);
			expect(p.total).toBe(m.total);
			expect(m.total).toBe((await memory.ids(filter)).length);
			expect(p.months.map((b) => [b.month, b.exact])).toEqual(m.months.map((b) => [b.month, b.exact]));
			// Shares of a day-count summed in another order: equal to the last bits.
			p.months.forEach((b, i) => expect(Math.abs(b.spread - m.months[i]!.spread), b.month).toBeLessThan(1e-9));
			const counted = m.months.reduce((sum, b) => sum + b.exact + b.spread, 0);
			expect(counted).toBeCloseTo(m.total, 6);
		});

		it('counts by month over the dataset’s months, whatever the filter', async () => {
			const { dates } = await memory.summary();
			for (const text of ['', 'category=', 'q=kabul']) {
				const [m, p] = await Promise.all([memory.months(viewFilter(text)), postgis.months(viewFilter(text))]);
				for (const { months } of [m, p]) {
					expect(months[0]!.month).toBe(dates!.first.slice(0, 7));
					expect(months.at(-1)!.month).toBe(dates!.last.slice(0, 7));
				}
			}
			// Some records known less precisely than a day, spread over their months.
			expect((await memory.months({})).months.some((b) => b.spread > 0 && !Number.isInteger(b.spread))).toBe(true);
		});

		it('summarises the dataset alike', async () => {
			const [m, p] = await Promise.all([memory.summary(), postgis.summary()]);
			expect(p).toEqual(m);
			expect(m.total).toBe((await memory.list()).total);
		});

		it('gives the newest incidents alike, in list order', async () => {
			const all = (await memory.list()).features;
			for (const n of [0, 1, 7, 200, all.length + 5]) {
				const [m, p] = await Promise.all([memory.newest(n), postgis.newest(n)]);
				expect(p.map((f) => f.id)).toEqual(m.map((f) => f.id));
				expect(p).toEqual(m);
				expect(m).toEqual(n > 0 ? all.slice(-n) : []);
			}
		});

		it.each(VIEW_FILTERS)('lists the ids and digests a page filter keeps alike: ?%s', async (text) => {
			const filter = viewFilter(text);
			const [m, p] = await Promise.all([memory.ids(filter), postgis.ids(filter)]);
			expect(p).toEqual(m);
			const [md, pd] = await Promise.all([memory.digests(filter), postgis.digests(filter)]);
			expect(digestTable(pd)).toEqual(digestTable(md));
			expect(md.map((f) => f.id)).toEqual(m);
		});

		it('gives every digest alike without a filter', async () => {
			const [m, p] = await Promise.all([memory.digests(), postgis.digests()]);
			expect(digestTable(p)).toEqual(digestTable(m));
			expect(p).toHaveLength((await memory.list()).total);
		});

		it('rejects unknown overlays and overlays of the wrong kind alike', async () => {
			for (const text of ['region=no-such-overlay', `region=${LINES[0]}`, `corridor=${AREAS[0]}&radius_km=5`]) {
				const q = query(text);
				const m = await memory.list(q).catch((e: Error) => e);
				const p = await postgis.list(q).catch((e: Error) => e);
				expect(m).toBeInstanceOf(Error);
				expect(p).toEqual(m);
			}
		});
	});
}

contract('curated dataset', loadCuratedIncidents);
contract('3,000 synthetic incidents', () => syntheticIncidents(loadCuratedIncidents().features, 3000));
