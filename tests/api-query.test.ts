import { describe, expect, it } from 'vitest';
import { baseUrl } from './support/browser';

/** The query parameters of GET /api/incidents, over HTTP against the built server and the real data. */

interface Props {
	id: string;
	category: string;
	date_start: string;
	date_end: string;
	place: { name: string; iso3: string; admin1: string | null };
	distance_km?: number;
	proximity?: 'certain' | 'possible';
}
interface Body {
	type: 'FeatureCollection';
	query: Record<string, unknown>;
	total: number;
	features: { id: string; properties: Props }[];
}
interface Problem {
	type: string;
	title: string;
	status: number;
	detail: string;
	invalid_params: { name: string; reason: string }[];
}

const KABUL = [
	'2021-08-26-kabul-airport-abbey-gate-bombing',
	'2022-07-31-kabul-zawahiri-drone-strike',
	'2022-08-11-kabul-rahimullah-haqqani-bombing',
	'2022-08-17-kabul-siddiquiya-mosque-bombing',
	'2022-09-05-kabul-russian-embassy-bombing'
];
const HERAT = '2022-09-02-herat-gazargah-mosque-bombing';
const FERGANA = '2022-08-30-tawhid-news-central-asia-threat';
const PIPELINE = '2022-09-09-tawhid-news-pipeline-threat';
const ABBEY_GATE = '2021-08-26-kabul-airport-abbey-gate-bombing';

async function incidents(search: string): Promise<Body> {
	const res = await fetch(new URL(`/api/incidents?${search}`, baseUrl()));
	expect(res.status, `${search}: ${await res.clone().text()}`).toBe(200);
	expect(res.headers.get('content-type')).toBe('application/geo+json');
	return (await res.json()) as Body;
}

const ids = (body: Body) => body.features.map((f) => f.id);

/** Each feature carries a distance and a proximity, and they come nearest first. */
function expectSortedByDistance(body: Body): void {
	const distances = body.features.map((f) => f.properties.distance_km);
	for (const f of body.features) {
		expect(f.properties.distance_km, f.id).toEqual(expect.any(Number));
		expect(['certain', 'possible'], f.id).toContain(f.properties.proximity);
	}
	expect(distances).toEqual([...distances].sort((a, b) => a! - b!));
}

describe('GET /api/incidents: filters', () => {
	it('returns every incident with the query echoed and the total, when no parameter is given', async () => {
		const body = await incidents('');
		expect(body.query).toEqual({ limit: 10000 });
		expect(body.total).toBe(body.features.length);
		expect(body.features.length).toBeGreaterThanOrEqual(13);
		for (const f of body.features) expect(f.properties).not.toHaveProperty('distance_km');
	});

	it('from/to keeps the incidents whose dates overlap the window', async () => {
		const body = await incidents('from=2022-08-01&to=2022-08-31');
		expect(ids(body).sort()).toEqual([
			'2022-08-11-kabul-rahimullah-haqqani-bombing',
			'2022-08-15-moscow-azizi-delimkhanov-meeting',
			'2022-08-17-kabul-siddiquiya-mosque-bombing',
			'2022-08-18-kandahar-taliban-clerics-gathering',
			FERGANA
		]);
		for (const f of body.features) {
			expect(f.properties.date_end >= '2022-08-01' && f.properties.date_start <= '2022-08-31', f.id).toBe(true);
		}
	});

	it('category and country combine', async () => {
		const body = await incidents('category=suicide-bomb&country=AFG');
		expect(ids(body).sort()).toEqual([...KABUL.filter((id) => !id.includes('zawahiri')), HERAT].sort());
		expect(body.query).toMatchObject({ category: ['suicide-bomb'], country: ['AFG'] });
	});

	it('min_fatalities=100 keeps Abbey Gate only', async () => {
		expect(ids(await incidents('min_fatalities=100'))).toEqual([ABBEY_GATE]);
	});

	it('bbox keeps the points inside the box', async () => {
		const body = await incidents('bbox=60,30,75,45');
		const all = await incidents('');
		expect(ids(body)).toContain(PIPELINE);
		expect(ids(body)).not.toContain('2022-08-15-moscow-azizi-delimkhanov-meeting');
		expect(body.features.length).toBe(all.features.length - 1);
	});

	it('offset pages through the answer, in its order; total counts every match', async () => {
		const all = ids(await incidents(''));
		const pages = [await incidents('limit=5'), await incidents('limit=5&offset=5'), await incidents('limit=5&offset=10')];
		expect(pages.flatMap(ids)).toEqual(all);
		expect(pages.map((p) => p.total)).toEqual([all.length, all.length, all.length]);
		expect(pages[1]!.query).toEqual({ limit: 5, offset: 5 });
		const past = await incidents('offset=1000');
		expect([past.features.length, past.total]).toEqual([0, all.length]);
	});

	it('offset pages a proximity answer nearest first', async () => {
		const whole = await incidents('near=69.17,34.53&radius_km=2000');
		const second = await incidents('near=69.17,34.53&radius_km=2000&limit=3&offset=3');
		expect(ids(second)).toEqual(ids(whole).slice(3, 6));
		expect(second.features.map((f) => f.properties.distance_km)).toEqual(whole.features.slice(3, 6).map((f) => f.properties.distance_km));
		expect(second.total).toBe(whole.total);
	});

	it('limit cuts the list but total counts every match', async () => {
		const body = await incidents('limit=2');
		expect(body.features).toHaveLength(2);
		expect(body.total).toBe((await incidents('')).features.length);
		expect(body.query).toEqual({ limit: 2 });
	});
});

describe('GET /api/incidents?q=: text search', () => {
	it.each(['Ferghana', "farg'ona", 'Fargʻona', 'FERGANA'])('q=%s finds the Fergana record', async (q) => {
		expect(ids(await incidents(`q=${encodeURIComponent(q)}`))).toContain(FERGANA);
	});

	it('q=Hirat finds Herat', async () => {
		expect(ids(await incidents('q=Hirat'))).toContain(HERAT);
	});

	it.each(['gazargah', 'guzargah', 'Gazur Gah'])('q=%s finds the Herat mosque bombing only', async (q) => {
		expect(ids(await incidents(`q=${encodeURIComponent(q)}`))).toEqual([HERAT]);
	});

	it('finds the records of an armed group under any of its names', async () => {
		const iskp = ids(await incidents('q=ISKP'));
		expect(iskp).toContain(HERAT);
		expect(ids(await incidents('q=ISIS-K'))).toEqual(iskp);
		expect(ids(await incidents('q=islamic%20state%20khorasan'))).toEqual(iskp);
	});

	it('finds nothing for a word in no record', async () => {
		const body = await incidents('q=zanzibar');
		expect(body.features).toEqual([]);
		expect(body.total).toBe(0);
	});
});

describe('GET /api/incidents: proximity', () => {
	it('near=69.17,34.53&radius_km=25 returns the Kabul incidents, nearest first, each certain', async () => {
		const body = await incidents('near=69.17,34.53&radius_km=25');
		expectSortedByDistance(body);
		const certain = body.features.filter((f) => f.properties.proximity === 'certain');
		expect(certain.map((f) => f.id).sort()).toEqual(KABUL);
		for (const f of certain) expect(f.properties.distance_km).toBeLessThanOrEqual(25);
		// Anything else is a record known only to an area that reaches Kabul (the whole country,
		// say): possible, at the distance from Kabul to that area (0 when Kabul lies inside it).
		const possible = body.features.filter((f) => f.properties.proximity === 'possible');
		expect(possible.map((f) => f.id)).toEqual(['2022-06-30-iskp-dhu-al-hijja-campaign-tally']);
		expect(possible[0]!.properties.distance_km).toBe(0);
		expect(body.query).toEqual({ near: [69.17, 34.53], radius_km: 25, limit: 10000 });
	});

	it('near combines with category: the suicide bombings in Kabul', async () => {
		const body = await incidents('near=69.17,34.53&radius_km=25&category=suicide-bomb');
		expectSortedByDistance(body);
		expect(ids(body).sort()).toEqual(KABUL.filter((id) => !id.includes('zawahiri')));
		expect(body.total).toBe(4);
	});

	it('nearest=62.2,34.35&k=1 returns the Herat bombing', async () => {
		const body = await incidents('nearest=62.2,34.35&k=1');
		expect(ids(body)).toEqual([HERAT]);
		expectSortedByDistance(body);
		expect(body.features[0]!.properties.distance_km).toBeLessThan(10);
	});

	it('nearest takes the k nearest among the filtered incidents', async () => {
		// From Kabul, the nearest record in Uzbekistan is the Termez rocket attack.
		const body = await incidents('nearest=69.17,34.53&k=1&country=UZB');
		expect(ids(body)).toEqual(['2022-04-18-termez-rocket-attack-claim']);
		const three = await incidents('nearest=69.17,34.53&k=3');
		expect(three.features).toHaveLength(3);
		expectSortedByDistance(three);
		for (const id of ids(three)) expect(KABUL).toContain(id);
	});

	it('region=fergana-valley returns the Fergana threat first, inside the area', async () => {
		const body = await incidents('region=fergana-valley');
		expectSortedByDistance(body);
		expect(body.features[0]!.id).toBe(FERGANA);
		expect(body.features[0]!.properties.distance_km).toBe(0);
		expect(ids(body)).not.toContain(HERAT);
	});

	it('corridor=cagp-lines-a-c&radius_km=50 returns the pipeline threat, and nothing in Kabul', async () => {
		const body = await incidents('corridor=cagp-lines-a-c&radius_km=50');
		expectSortedByDistance(body);
		expect(ids(body)).toContain(PIPELINE);
		for (const id of KABUL) expect(ids(body)).not.toContain(id);
		expect(body.query).toEqual({ corridor: 'cagp-lines-a-c', radius_km: 50, limit: 10000 });
	});
});

describe('GET /api/incidents: a bad parameter is a 400 problem naming it', () => {
	it.each([
		['near=69.17,91&radius_km=5', 'near', /latitude 91/],
		['near=181,34.53&radius_km=5', 'near', /longitude 181/],
		['near=69.17,34.53&radius_km=0', 'radius_km', /positive number of km, at most 20000/],
		['near=69.17,34.53&radius_km=-5', 'radius_km', /positive number of km/],
		['near=69.17,34.53&radius_km=20001', 'radius_km', /at most 20000/],
		['near=69.17,34.53&radius_km=abc', 'radius_km', /positive number of km/],
		['near=abc&radius_km=5', 'near', /lon,lat/],
		['nearest=69.17,34.53&k=0', 'k', /from 1 to 1000/],
		['nearest=69.17,34.53&k=1001', 'k', /from 1 to 1000/],
		['region=atlantis', 'region', /no overlay has the id "atlantis"/],
		['region=cagp-lines-a-c', 'region', /is a line overlay, not an area/],
		['corridor=fergana-valley&radius_km=50', 'corridor', /is an area overlay, not a line/],
		['colour=red', 'colour', /not a known parameter/],
		['near=69.17,34.53', 'radius_km', /required with near/],
		['k=3', 'k', /only with nearest/],
		['category=carbomb', 'category', /unknown category "carbomb"/],
		['from=2022-13-01', 'from', /YYYY-MM-DD/],
		['min_fatalities=-1', 'min_fatalities', /whole number/],
		['limit=0', 'limit', /from 1 to 10000/],
		['offset=-5', 'offset', /whole number from 0 to 1000000/],
		['offset=1000001', 'offset', /whole number from 0 to 1000000/],
		['offset=1.5', 'offset', /whole number from 0 to 1000000/],
		['bbox=60,30,75', 'bbox', /four numbers/],
		['near=69,34&radius_km=5&region=fergana-valley', 'near', /at most one of near, nearest, region, corridor/]
	])('%s → %s', async (search, parameter, reason) => {
		const res = await fetch(new URL(`/api/incidents?${search}`, baseUrl()));
		expect(res.status).toBe(400);
		expect(res.headers.get('content-type')).toBe('application/problem+json');
		const body = (await res.json()) as Problem;
		expect(body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
		expect(body.invalid_params[0]).toEqual({ name: parameter, reason: expect.stringMatching(reason) });
		expect(body.detail).toContain(`${parameter}: ${body.invalid_params[0]!.reason}`);
	});

	it('lists every bad parameter at once', async () => {
		const res = await fetch(new URL('/api/incidents?near=181,34&radius_km=0&limit=0', baseUrl()));
		const body = (await res.json()) as Problem;
		expect(body.invalid_params.map((p) => p.name).sort()).toEqual(['limit', 'near', 'radius_km']);
		expect(body.detail).toMatch(/^3 query parameters are invalid\./);
	});
});
