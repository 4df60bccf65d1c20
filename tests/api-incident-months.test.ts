import { describe, expect, it } from 'vitest';
import { baseUrl } from './support/browser';

/** GET /api/incident-months over HTTP, against the built server and the curated data (13 incidents, Aug 2021 – Sep 2022). */

interface Months {
	query: Record<string, unknown>;
	total: number;
	months: { month: string; exact: number; spread: number }[];
}
interface Problem {
	status: number;
	detail: string;
	invalid_params: { name: string; reason: string }[];
}

const get = (search: string) => fetch(new URL(`/api/incident-months?${search}`, baseUrl()));

async function months(search: string): Promise<Months> {
	const res = await get(search);
	expect(res.status, `${search}: ${await res.clone().text()}`).toBe(200);
	expect(res.headers.get('content-type')).toBe('application/json');
	return (await res.json()) as Months;
}

const bin = (body: Months, month: string) => body.months.find((b) => b.month === month)!;

describe('GET /api/incident-months', () => {
	it('counts every incident by month over the dataset’s months, an imprecise record spread over its months by days', async () => {
		const body = await months('');
		expect(body.query).toEqual({});
		expect(body.total).toBe(13);
		expect(body.months.map((b) => b.month)).toEqual([
			...['08', '09', '10', '11', '12'].map((m) => `2021-${m}`),
			...['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((m) => `2022-${m}`)
		]);
		expect(bin(body, '2021-08')).toEqual({ month: '2021-08', exact: 1, spread: 0 });
		expect(bin(body, '2022-08')).toEqual({ month: '2022-08', exact: 5, spread: 0 });
		// The Dhu al-Hijja tally, 30 June – 29 July 2022: one day in June, 29 in July (six decimals).
		expect(bin(body, '2022-06')).toEqual({ month: '2022-06', exact: 0, spread: 0.033333 });
		expect(bin(body, '2022-07')).toEqual({ month: '2022-07', exact: 1, spread: 0.966667 });
		expect(body.months.reduce((s, b) => s + b.exact + b.spread, 0)).toBeCloseTo(13, 5);
	});

	it('agrees with GET /api/incidents: each month’s exact count is the incidents dated to a day in it that pass the same filters', async () => {
		for (const filter of ['', 'category=suicide-bomb', 'country=AFG&min_fatalities=1', 'q=kabul', 'claim=claimed,none']) {
			const [counted, listed] = await Promise.all([
				months(filter),
				fetch(new URL(`/api/incidents?${filter}`, baseUrl())).then(
					(r) => r.json() as Promise<{ total: number; features: { properties: { date_start: string; date_end: string; date_precision: string } }[] }>
				)
			]);
			expect(counted.total, filter).toBe(listed.total);
			for (const b of counted.months) {
				const exact = listed.features.filter(
					(f) => f.properties.date_precision === 'day' && f.properties.date_start === f.properties.date_end && f.properties.date_start.startsWith(b.month)
				);
				expect(b.exact, `${filter} ${b.month}`).toBe(exact.length);
			}
		}
	});

	it('keeps the dataset’s months whatever the filters; an empty list (category=) counts nothing', async () => {
		const all = await months('');
		const bombs = await months('category=suicide-bomb&q=kabul');
		expect(bombs.query).toEqual({ category: ['suicide-bomb'], q: 'kabul' });
		expect(bombs.total).toBe(4);
		expect(bombs.months.map((b) => b.month)).toEqual(all.months.map((b) => b.month));
		const none = await months('category=');
		expect(none.total).toBe(0);
		expect(none.months.map((b) => b.month)).toEqual(all.months.map((b) => b.month));
		expect(none.months.every((b) => b.exact === 0 && b.spread === 0)).toBe(true);
	});

	it('takes from and to as filters like any other', async () => {
		const body = await months('from=2022-07-01&to=2022-07-31');
		expect(body.total).toBe(2);
		expect(bin(body, '2022-07')).toEqual({ month: '2022-07', exact: 1, spread: 0.966667 });
		expect(bin(body, '2022-08').exact).toBe(0);
	});

	it('is cacheable: ETag, Cache-Control, and 304 for a matching If-None-Match', async () => {
		const res = await get('category=threat');
		const etag = res.headers.get('etag');
		expect(etag).toMatch(/^"[\w-]+"$/);
		expect(res.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
		const again = await fetch(new URL('/api/incident-months?category=threat', baseUrl()), { headers: { 'if-none-match': etag! } });
		expect(again.status).toBe(304);
	});

	it.each([
		['limit=5', 'limit', /is not one of the filters the month counts take: from, to, category/],
		['bbox=60,30,75,45', 'bbox', /is not one of the filters/],
		['category=carbomb', 'category', /unknown category "carbomb"/],
		['from=2022-13-01', 'from', /YYYY-MM-DD/],
		['from=2022-09-01&to=2022-08-01', 'to', /must not be before from/],
		['min_fatalities=-1', 'min_fatalities', /whole number/],
		['q=a&q=b', 'q', /given 2 times/]
	])('a bad parameter is a 400 problem naming it: %s', async (search, parameter, reason) => {
		const res = await get(search);
		expect(res.status).toBe(400);
		expect(res.headers.get('content-type')).toBe('application/problem+json');
		const body = (await res.json()) as Problem;
		expect(body.invalid_params).toEqual([{ name: parameter, reason: expect.stringMatching(reason) }]);
		expect(body.detail).toContain(`${parameter}: ${body.invalid_params[0]!.reason}`);
	});
});
