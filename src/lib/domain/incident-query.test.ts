import { describe, expect, it } from 'vitest';
import { echoIncidentQuery, parseIncidentQuery, type IncidentQuery, type QueryProblem } from './incident-query';
import { MAX_LIMIT } from './query-parameters';

const parse = (search: string) => parseIncidentQuery(new URLSearchParams(search));

function query(search: string): IncidentQuery {
	const parsed = parse(search);
	if ('problems' in parsed) throw new Error(`unexpected problems: ${JSON.stringify(parsed.problems)}`);
	return parsed.query;
}

function problems(search: string): QueryProblem[] {
	const parsed = parse(search);
	if ('query' in parsed) throw new Error(`expected problems, got ${JSON.stringify(parsed.query)}`);
	return parsed.problems;
}

/** The names of the bad parameters. */
const named = (search: string) => problems(search).map((p) => p.parameter);

describe('parseIncidentQuery: accepted queries', () => {
	it('defaults to no filter and a limit of 10000', () => {
		expect(query('')).toEqual({ limit: MAX_LIMIT });
	});

	it('reads every filter', () => {
		expect(
			query('from=2022-08-01&to=2022-08-31&category=suicide-bomb,attack&country=afg,UZB&q=Farg%27ona&bbox=60,30,75,45&min_fatalities=0&limit=5')
		).toEqual({
			from: '2022-08-01',
			to: '2022-08-31',
			categories: ['suicide-bomb', 'attack'],
			countries: ['AFG', 'UZB'],
			text: "Farg'ona",
			bbox: [60, 30, 75, 45],
			minFatalities: 0,
			limit: 5
		});
	});

	it('reads each proximity mode with its own parameters', () => {
		expect(query('near=69.17,34.53&radius_km=25').proximity).toEqual({ mode: 'near', center: [69.17, 34.53], radiusKm: 25 });
		expect(query('nearest=62.2,34.35&k=1').proximity).toEqual({ mode: 'nearest', center: [62.2, 34.35], k: 1 });
		expect(query('region=fergana-valley').proximity).toEqual({ mode: 'region', overlayId: 'fergana-valley' });
		expect(query('corridor=cagp-lines-a-c&radius_km=50').proximity).toEqual({
			mode: 'corridor',
			overlayId: 'cagp-lines-a-c',
			radiusKm: 50
		});
	});

	it('accepts the edges of every range', () => {
		expect(query('near=-180,-90&radius_km=20000').proximity).toMatchObject({ center: [-180, -90], radiusKm: 20000 });
		expect(query('near=180,90&radius_km=0.001').proximity).toMatchObject({ center: [180, 90] });
		expect(query('nearest=0,0&k=1000').proximity).toMatchObject({ k: 1000 });
		expect(query('limit=1').limit).toBe(1);
		expect(query('limit=10000').limit).toBe(10000);
		expect(query('offset=1000000').offset).toBe(1_000_000);
	});

	it('reads offset as a page of the answer; offset=0 is the same query as none', () => {
		expect(query('limit=100&offset=200')).toEqual({ limit: 100, offset: 200 });
		expect(query('offset=0')).toEqual(query(''));
		expect(query('near=69,34&radius_km=5&offset=3')).toMatchObject({ offset: 3, proximity: { mode: 'near' } });
	});
});

describe('parseIncidentQuery: perpetrator and claim', () => {
	it('reads them as the page writes them', () => {
		expect(query('perpetrator=Synthetic%20group%20A,unknown&claim=claimed,none')).toEqual({
			perpetrators: ['Synthetic group A', 'unknown'],
			claims: ['claimed', 'none'],
			limit: MAX_LIMIT
		});
	});

	it('names an unknown claim status and an empty perpetrator list', () => {
		const parsed = parseIncidentQuery(new URLSearchParams('claim=maybe&perpetrator='));
		expect('problems' in parsed && parsed.problems.map((p) => p.parameter).sort()).toEqual(['claim', 'perpetrator']);
	});
});

describe('parseIncidentQuery: format', () => {
	const format = (search: string) => {
		const parsed = parse(search);
		if ('problems' in parsed) throw new Error(`unexpected problems: ${JSON.stringify(parsed.problems)}`);
		return parsed.format;
	};

	it('defaults to geojson and reads csv or geojson, leaving the query itself alone', () => {
		expect(format('')).toBe('geojson');
		expect(format('format=geojson')).toBe('geojson');
		expect(format('format=csv&category=attack')).toBe('csv');
		expect(query('format=csv&category=attack')).toEqual({ categories: ['attack'], limit: MAX_LIMIT });
	});

	it('names format when it is given twice', () => {
		expect(problems('format=csv&format=geojson')).toEqual([{ parameter: 'format', reason: 'is given 2 times; give it once' }]);
	});
});

describe('parseIncidentQuery: problems name the parameter', () => {
	it.each([
		['near=69,91&radius_km=5', 'near', 'latitude 91 is outside -90..90'],
		['near=181,34&radius_km=5', 'near', 'longitude 181 is outside -180..180'],
		['nearest=69,-90.5&k=1', 'nearest', 'latitude -90.5 is outside -90..90'],
		['near=abc,34&radius_km=5', 'near', 'must be lon,lat: two numbers in degrees, e.g. 69.17,34.53'],
		['near=69&radius_km=5', 'near', 'must be lon,lat: two numbers in degrees, e.g. 69.17,34.53'],
		['near=69,34,1&radius_km=5', 'near', 'must be lon,lat: two numbers in degrees, e.g. 69.17,34.53'],
		['near=69,34&radius_km=0', 'radius_km', 'must be a positive number of km, at most 20000'],
		['near=69,34&radius_km=-5', 'radius_km', 'must be a positive number of km, at most 20000'],
		['near=69,34&radius_km=20001', 'radius_km', 'must be a positive number of km, at most 20000'],
		['near=69,34&radius_km=abc', 'radius_km', 'must be a positive number of km, at most 20000'],
		['near=69,34&radius_km=Infinity', 'radius_km', 'must be a positive number of km, at most 20000'],
		['nearest=69,34&k=0', 'k', 'must be a whole number from 1 to 1000'],
		['nearest=69,34&k=1001', 'k', 'must be a whole number from 1 to 1000'],
		['nearest=69,34&k=2.5', 'k', 'must be a whole number from 1 to 1000'],
		['limit=0', 'limit', 'must be a whole number from 1 to 10000'],
		['limit=10001', 'limit', 'must be a whole number from 1 to 10000'],
		['offset=-1', 'offset', 'must be a whole number from 0 to 1000000'],
		['offset=1000001', 'offset', 'must be a whole number from 0 to 1000000'],
		['offset=2.5', 'offset', 'must be a whole number from 0 to 1000000'],
		['offset=', 'offset', 'must be a whole number from 0 to 1000000'],
		['offset=first', 'offset', 'must be a whole number from 0 to 1000000'],
		['min_fatalities=-1', 'min_fatalities', 'must be a whole number, 0 or more'],
		['min_fatalities=many', 'min_fatalities', 'must be a whole number, 0 or more'],
		['from=2022-02-30', 'from', 'must be a calendar date, YYYY-MM-DD'],
		['to=yesterday', 'to', 'must be a calendar date, YYYY-MM-DD'],
		['from=2022-09-01&to=2022-08-01', 'to', 'must not be before from (2022-09-01)'],
		['q=%20-%20', 'q', 'must contain a letter or a digit'],
		[`q=${'a'.repeat(201)}`, 'q', 'must be at most 200 characters'],
		[`category=${Array(251).fill('attack').join(',')}`, 'category', 'must list at most 250 values (got 251)'],
		[`country=${Array(251).fill('AFG').join(',')}`, 'country', 'must list at most 250 values (got 251)'],
		['bbox=60,30,75', 'bbox', 'must be minLon,minLat,maxLon,maxLat: four numbers in degrees, e.g. 60,30,75,45'],
		['bbox=60,30,75,95', 'bbox', 'latitude 95 is outside -90..90'],
		['bbox=60,45,75,30', 'bbox', 'minLat 45 must not exceed maxLat 30'],
		['region=Fergana Valley', 'region', 'must be an overlay id, a lowercase slug such as fergana-valley'],
		['near=69,34', 'radius_km', 'is required with near: must be a positive number of km, at most 20000'],
		['corridor=cagp-lines-a-c', 'radius_km', 'is required with corridor: must be a positive number of km, at most 20000'],
		['nearest=69,34', 'k', 'is required with nearest: must be a whole number from 1 to 1000'],
		['radius_km=5', 'radius_km', 'applies only with near or corridor'],
		['region=fergana-valley&radius_km=5', 'radius_km', 'applies only with near or corridor'],
		['k=3', 'k', 'applies only with nearest'],
		['near=69,34&radius_km=5&k=3', 'k', 'applies only with nearest'],
		['format=xlsx', 'format', 'must be one of geojson, csv'],
		['format=CSV', 'format', 'must be one of geojson, csv'],
		['format=', 'format', 'must be one of geojson, csv']
	])('%s → %s: %s', (search, parameter, reason) => {
		expect(problems(search)).toEqual([{ parameter, reason }]);
	});

	it('names an unknown category and lists the known ones', () => {
		const [p] = problems('category=suicide-bomb,carbomb');
		expect(p!.parameter).toBe('category');
		expect(p!.reason).toMatch(/^unknown category "carbomb"; known: suicide-bomb, remote-explosive/);
		expect(named('category=')).toEqual(['category']);
		expect(named('category=attack,')).toEqual(['category']);
	});

	it('names a malformed country code', () => {
		expect(problems('country=AFG,Afghanistan')).toEqual([
			{ parameter: 'country', reason: 'must be comma-separated ISO 3166-1 alpha-3 codes (e.g. AFG,UZB); not a code: "AFGHANISTAN"' }
		]);
	});

	it('names an unknown parameter and lists the known ones', () => {
		const [p] = problems('radius=5');
		expect(p).toEqual({ parameter: 'radius', reason: expect.stringMatching(/^is not a known parameter; known: from, to, /) });
	});

	it('names each of several proximity modes given together', () => {
		const reason = 'give at most one of near, nearest, region, corridor (got near, region)';
		expect(problems('near=69,34&radius_km=5&region=fergana-valley')).toEqual([
			{ parameter: 'near', reason },
			{ parameter: 'region', reason }
		]);
	});

	it('names a parameter given twice, including a repeated proximity mode', () => {
		expect(problems('near=69,34&near=70,35&radius_km=5')).toEqual([{ parameter: 'near', reason: 'is given 2 times; give it once' }]);
		expect(named('q=a&q=b')).toEqual(['q']);
	});

	it('reports every bad parameter, not only the first', () => {
		expect(named('near=181,34&radius_km=0&limit=0&colour=red').sort()).toEqual(['colour', 'limit', 'near', 'radius_km']);
	});
});

describe('echoIncidentQuery', () => {
	it('speaks the API parameter names, with the default limit filled in', () => {
		expect(echoIncidentQuery(query('nearest=62.2,34.35&k=1&category=suicide-bomb'))).toEqual({
			category: ['suicide-bomb'],
			nearest: [62.2, 34.35],
			k: 1,
			limit: 10000
		});
		expect(echoIncidentQuery(query('corridor=cagp-lines-a-c&radius_km=50&min_fatalities=1'))).toEqual({
			min_fatalities: 1,
			corridor: 'cagp-lines-a-c',
			radius_km: 50,
			limit: 10000
		});
	});

	it('echoes an offset when there is one', () => {
		expect(echoIncidentQuery(query('limit=100&offset=100'))).toEqual({ limit: 100, offset: 100 });
		expect(echoIncidentQuery(query('offset=0'))).toEqual({ limit: 10000 });
	});
});
