import { Agent, request } from 'node:http';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../src/lib/domain/categories';
import { QUERY_PARAMETERS } from '../src/lib/domain/query-parameters';
import { EMBED_PARAMS, MAP_PARAMS } from '../src/lib/domain/embed-options';
import { baseUrl } from './support/browser';

/**
 * The built server under random and malformed requests: query strings and path segments made of
 * plausible values, edge cases and junk, sent raw (bad percent-encoding, `..`, NUL bytes, lone
 * surrogates, very long values). Whatever is asked, the answer is never a 5xx: it is a valid
 * response in the format its Content-Type names, or a 400/404 `application/problem+json` from the
 * API (an HTML error page from a page route), and it carries the security headers.
 */

/** `FUZZ_RUNS=5000 npx vitest run --project browser tests/api-fuzz.test.ts` for a longer campaign. */
const RUNS = Number(process.env.FUZZ_RUNS) || undefined;

const agent = new Agent({ keepAlive: true, maxSockets: 4 });
afterAll(() => agent.destroy());

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** Percent-encode what Node refuses to put in a request line (controls, spaces, non-ASCII); keep the rest raw. */
function raw(text: string): string {
	let out = '';
	for (const ch of text) {
		if (/^[\x21-\x7e]$/.test(ch) && ch !== '#') out += ch;
		else for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
	}
	return out;
}

/** GET a raw path and query, exactly as given. */
function get(path: string): Promise<Answer> {
	const { hostname, port } = new URL(baseUrl());
	return new Promise((resolve, reject) => {
		const req = request({ hostname, port, path, agent, method: 'GET' }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end();
	});
}

const API = /^\/(api\/|oembed)/;

/** What every answer must be; throws (with the request) when it is not. */
function check(path: string, { status, headers, body }: Answer): void {
	const type = String(headers['content-type'] ?? '');
	const where = `GET ${path} → ${status} ${type}: ${body.slice(0, 300)}`;
	// oEmbed 1.0 requires 501 for a format the provider does not write (anything but json here).
	const oembedFormat = path.startsWith('/oembed?') && status === 501 && /"The format .* is not supported/.test(body);
	if (!oembedFormat) expect(status, where).toBeLessThan(500);
	if (status >= 300 && status < 400) {
		// A trailing-slash redirect, to this server (SvelteKit sends it before any hook: no body,
		// and none of the security headers).
		expect(String(headers.location), where).toMatch(/^(\/|http:\/\/127\.0\.0\.1:\d+\/)/);
		return;
	}
	expect(headers['x-content-type-options'], where).toBe('nosniff');
	if (status >= 400) {
		if (API.test(path)) {
			expect(type, where).toBe('application/problem+json');
			expect([400, 404, 501], where).toContain(status);
			const problem = JSON.parse(body) as { status: number; title: string; detail: string; invalid_params?: unknown };
			expect(problem.status, where).toBe(status);
			expect(typeof problem.title, where).toBe('string');
			expect(typeof problem.detail, where).toBe('string');
			if (status === 400 && problem.invalid_params !== undefined)
				for (const p of problem.invalid_params as { name: unknown; reason: unknown }[]) {
					expect(typeof p.name, where).toBe('string');
					expect(typeof p.reason, where).toBe('string');
				}
		} else {
			expect([400, 404], where).toContain(status);
			expect(type, where).toMatch(/^text\/html/);
		}
		return;
	}
	expect(status, where).toBe(200);
	if (type === 'application/geo+json') {
		const json = JSON.parse(body) as { type: string; features?: { type: string; geometry: { type: string } }[]; geometry?: unknown };
		expect(['FeatureCollection', 'Feature'], where).toContain(json.type);
		for (const f of json.features ?? [json as { type: string; geometry: { type: string } }]) {
			expect(f.type, where).toBe('Feature');
			expect(typeof f.geometry?.type, where).toBe('string');
		}
	} else if (type.startsWith('application/json')) {
		JSON.parse(body);
	} else if (type.startsWith('text/csv')) {
		const parsed = Papa.parse<string[]>(body.replace(/\r\n$/, ''), { header: false });
		expect(parsed.errors, where).toEqual([]);
		const width = parsed.data[0]!.length;
		expect(parsed.data[0]![0], where).toBe('event_id_cnty');
		for (const row of parsed.data) expect(row.length, where).toBe(width);
	} else if (type.startsWith('text/html')) {
		expect(body, where).toMatch(/^<!doctype html>/i);
		expect(body, where).toMatch(/<\/html>\s*$/);
	} else {
		throw new Error(`unexpected content type: ${where}`);
	}
}

// ── Values ────────────────────────────────────────────────────────────────────────────────────

const EDGE = [
	'', ' ', '%', '%%', '%zz', '%E0%A4%A', '%ED%A0%80', '%F0', '%00', '%FF', '%C0%AF', '%2F', '%2C', '%26', '%3D',
	'\u202e', '\u0000', '\ud800', '\ufeff', 'NaN', 'Infinity', '-Infinity', '-0', '+0', '1e309', '-1e309', '1e-400',
	'0x10', '1_000', '١٢٣', '９', '1.', '.5', '+', '&', '=', '#', '..', '../', '/', '//', '\\', '<script>', '"', "'",
	',', ',,', ', ,', 'null', 'undefined', '[]', '{}', '__proto__', 'constructor', 'toString', 'a'.repeat(300),
	'9'.repeat(400), 'x'.repeat(5000), '\t', '\n', '\r\n', 'true', 'false', '1', '0', '-1', '2147483648'
];

const number = fc.oneof(
	fc.integer({ min: -100_000, max: 100_000 }).map(String),
	fc.double({ noNaN: false }).map(String),
	fc.double({ min: -200, max: 200, noNaN: true }).map((n) => n.toFixed(3))
);
const lonLat = fc.tuple(number, number).map(([a, b]) => `${a},${b}`);
const goodLonLat = fc
	.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }))
	.map(([a, b]) => `${a},${b}`);
const box = fc.array(number, { minLength: 3, maxLength: 5 }).map((n) => n.join(','));
const date = fc.oneof(
	fc.date({ min: new Date(-1e14), max: new Date(1e14), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
	fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 40 })).map(
		([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
	)
);
const INCIDENT_IDS = ['2022-09-05-kabul-russian-embassy-bombing', '2021-08-26-kabul-airport-abbey-gate-bombing'];
const OVERLAY_IDS = ['fergana-valley', 'cagp-lines-a-c', 'afg-border-band-50km', 'atlantis'];
const slug = fc.oneof(fc.constantFrom(...INCIDENT_IDS, ...OVERLAY_IDS, ...CATEGORY_IDS), fc.stringMatching(/^[a-z0-9-]{1,40}$/));
const list = (item: fc.Arbitrary<string>) => fc.array(item, { maxLength: 6 }).map((a) => a.join(','));
const junk = fc.oneof(fc.constantFrom(...EDGE), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 12 }));

const value = fc.oneof(
	{ weight: 3, arbitrary: junk },
	{ weight: 2, arbitrary: number },
	{ weight: 2, arbitrary: lonLat },
	{ weight: 2, arbitrary: goodLonLat },
	{ weight: 1, arbitrary: box },
	{ weight: 2, arbitrary: date },
	{ weight: 2, arbitrary: slug },
	{ weight: 1, arbitrary: list(fc.oneof(slug, fc.stringMatching(/^[a-zA-Z]{2,4}$/))) },
	{ weight: 1, arbitrary: fc.constantFrom('csv', 'geojson', 'json', 'xml', 'CSV') }
);

/** A query string of names the endpoint knows (and some it does not), each value raw or encoded. */
function query(names: readonly string[]) {
	const name = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: junk });
	const encode = (s: string) => {
		try {
			return encodeURIComponent(s);
		} catch {
			return raw(s); // a lone surrogate
		}
	};
	const pair = fc.tuple(name, value, fc.boolean(), fc.boolean()).map(([n, v, encoded, bare]) =>
		bare && v === '' ? raw(n) : `${encoded ? encode(n) : raw(n)}=${encoded ? encode(v) : raw(v)}`
	);
	return fc.array(pair, { maxLength: 7 }).map((pairs) => (pairs.length ? `?${pairs.join('&')}` : ''));
}

const segment = fc.oneof(
	fc.constantFrom(...INCIDENT_IDS, ...OVERLAY_IDS, ...EDGE.filter((e) => e !== '')).map(raw),
	slug,
	fc.string({ minLength: 1, maxLength: 60 }).map(raw),
	fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).map(raw),
	fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent)
);

const OEMBED_URLS = () => {
	const own = new URL(baseUrl()).origin;
	const page = fc.constantFrom('/', '/embed', '/embed/', `/incidents/${INCIDENT_IDS[0]}`, '/incidents/', '/api/incidents');
	return fc.oneof(
		fc
			.tuple(fc.constantFrom(own, own.replace('http:', 'https:')), page, query([...MAP_PARAMS, ...EMBED_PARAMS]))
			.map(([origin, p, q]) => `${origin}${p}${q}`),
		fc.constantFrom('https://example.org/', 'javascript:alert(1)', 'data:text/html,<b>', `${own}/incidents/%zz`, `${own}:99999/`),
		junk
	);
};

const ENDPOINTS: { name: string; path: () => fc.Arbitrary<string> }[] = [
	{ name: 'GET /api/incidents', path: () => query(QUERY_PARAMETERS).map((q) => `/api/incidents${q}`) },
	{ name: 'GET /api/incidents/{id}', path: () => fc.tuple(segment, query(['format', 'id'])).map(([s, q]) => `/api/incidents/${s}${q}`) },
	{ name: 'GET /api/incident-months', path: () => query([...QUERY_PARAMETERS, 'perpetrator', 'claim']).map((q) => `/api/incident-months${q}`) },
	{ name: 'GET /api/overlays', path: () => query(['id', 'format', 'limit']).map((q) => `/api/overlays${q}`) },
	{ name: 'GET /api/overlays/{id}', path: () => fc.tuple(segment, query(['format'])).map(([s, q]) => `/api/overlays/${s}${q}`) },
	{
		name: 'GET /oembed',
		path: () =>
			fc
				.tuple(OEMBED_URLS(), fc.oneof(number, junk), fc.oneof(number, junk), fc.constantFrom('json', 'xml', '', 'JSON'), query(['url', 'maxwidth', 'maxheight', 'format']))
				.map(([u, w, h, f, extra]) => {
					const q = new URLSearchParams({ url: u, maxwidth: w, maxheight: h, format: f });
					return `/oembed?${q.toString().replace(/%EF%BF%BD/g, '%ED%A0%80')}${extra.replace('?', '&')}`;
				})
	},
	{ name: 'GET /incidents/{id}', path: () => fc.tuple(segment, query(['incident'])).map(([s, q]) => `/incidents/${s}${q}`) },
	{ name: 'GET /embed', path: () => query([...MAP_PARAMS, ...EMBED_PARAMS, ...QUERY_PARAMETERS]).map((q) => `/embed${q}`) },
	{ name: 'GET /', path: () => query([...MAP_PARAMS, ...QUERY_PARAMETERS, 'perpetrator', 'claim']).map((q) => `/${q}`) }
];

/** Well-formed queries of `/api/incidents`: every parameter from its own domain, edges included. */
function wellFormedQuery(areas: string[], lines: string[]) {
	const day = fc.date({ min: new Date('2019-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
	const lon = fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(-180, 180, 0, 69.17, 179.999));
	const lat = fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }), fc.constantFrom(-90, 90, 0, 34.53));
	const radius = fc.oneof(fc.double({ min: 1e-9, max: 20_000, noNaN: true }), fc.constantFrom(1e-9, 0.001, 25, 20_000));
	const filters = fc.record(
		{
			from: day,
			to: day,
			category: fc.subarray([...CATEGORY_IDS], { minLength: 1 }).map((a) => a.join(',')),
			country: fc.subarray(['AFG', 'UZB', 'TJK', 'KAZ', 'PAK', 'afg', 'ZZZ'], { minLength: 1 }).map((a) => a.join(',')),
			q: fc.oneof(fc.constantFrom('Kabul', 'ferghana', 'ISIS-K', 'Hirat', 'Farg‘ona', 'Кабул', 'embassy bomb'), fc.stringMatching(/^[a-z0-9][a-z0-9 ]{0,30}$/)),
			bbox: fc.tuple(lon, lat, lon, lat).map(([a, b, c, d]) => [a, Math.min(b, d), c, Math.max(b, d)].join(',')),
			min_fatalities: fc.integer({ min: 0, max: 300 }).map(String),
			limit: fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(1, 2, 10_000)).map(String),
			offset: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(0, 1, 5, 12, 1_000_000)).map(String),
			format: fc.constantFrom('geojson', 'csv')
		},
		{ requiredKeys: [] }
	);
	const proximity = fc.oneof(
		fc.constant({}),
		fc.record({ near: fc.tuple(lon, lat).map((p) => p.join(',')), radius_km: radius.map(String) }),
		fc.record({ nearest: fc.tuple(lon, lat).map((p) => p.join(',')), k: fc.integer({ min: 1, max: 1000 }).map(String) }),
		fc.record({ region: fc.constantFrom(...areas) }),
		fc.record({ corridor: fc.constantFrom(...lines), radius_km: radius.map(String) })
	);
	return fc.tuple(filters, proximity).map(([f, p]) => {
		const params = new URLSearchParams({ ...f, ...p } as Record<string, string>);
		if (f.from && f.to && f.to < f.from) params.set('to', f.from);
		return params;
	});
}

interface Collection {
	total: number;
	query: { limit: number; offset?: number };
	features: { id: string; properties: { distance_km?: number; proximity?: string } }[];
}

/**
 * Requests that once broke the server or answered in the wrong form, kept by name. Each is also
 * among the first examples its endpoint's property tries.
 */
const REGRESSIONS: { endpoint: string; name: string; path: string }[] = [
	// SvelteKit answered these with its HTML error page, not a problem.
	{ endpoint: 'GET /api/overlays/{id}', name: 'a path that is not percent-encoded UTF-8', path: '/api/overlays/%%20' },
	{ endpoint: 'GET /api/incidents/{id}', name: 'a truncated UTF-8 sequence in the id', path: '/api/incidents/%E0%A4%A' },
	{ endpoint: 'GET /api/incidents/{id}', name: 'an empty segment: no endpoint matches', path: '/api/incidents//%20' },
	{ endpoint: 'GET /api/overlays/{id}', name: 'a backslash for an id: no endpoint matches', path: '/api/overlays/\\' }
];

describe('the API and pages under random and malformed requests', () => {
	for (const { name, path } of ENDPOINTS)
		it(`${name}: never a 5xx; a valid answer or a problem`, async () => {
			const examples = REGRESSIONS.filter((r) => r.endpoint === name).map((r): [string] => [r.path]);
			await fc.assert(
				fc.asyncProperty(path(), async (p) => check(p, await get(p))),
				{ numRuns: RUNS ?? (name.includes('/api/') ? 300 : 120), examples }
			);
		});

	it('GET /api/incidents, well-formed queries: 200, at most `limit` features, nearest first, CSV rows = JSON features, any order of parameters', async () => {
		const overlays = JSON.parse((await get('/api/overlays')).body) as { features: { id: string; geometry: { type: string } }[] };
		const ids = (kind: RegExp) => overlays.features.filter((f) => kind.test(f.geometry.type)).map((f) => f.id);
		await fc.assert(
			fc.asyncProperty(wellFormedQuery(ids(/Polygon/), ids(/LineString/)), async (params) => {
				const path = `/api/incidents?${params}`;
				const answer = await get(path);
				check(path, answer);
				expect(answer.status, `${path}: ${answer.body.slice(0, 300)}`).toBe(200);
				// The same question spelled otherwise (parameters reversed) gets the same answer, cached or not.
				const again = await get(`/api/incidents?${new URLSearchParams([...params].reverse())}`);
				expect(again.body, path).toBe(answer.body);
				const json = params.get('format') === 'csv' ? (() => (params.delete('format'), params))() : null;
				const collection = JSON.parse(json ? (await get(`/api/incidents?${json}`)).body : answer.body) as Collection;
				expect(collection.features.length).toBeLessThanOrEqual(collection.query.limit);
				const skipped = collection.query.offset ?? 0;
				expect(collection.features.length).toBe(Math.max(0, Math.min(collection.total - skipped, collection.query.limit)));
				const distances = collection.features.map((f) => f.properties.distance_km);
				if (params.has('near') || params.has('nearest') || params.has('region') || params.has('corridor')) {
					expect(distances.every((d) => typeof d === 'number' && d >= 0), path).toBe(true);
					expect([...(distances as number[])].sort((a, b) => a - b), path).toEqual(distances);
					for (const f of collection.features) expect(['certain', 'possible']).toContain(f.properties.proximity);
				}
				if (json) {
					const rows = Papa.parse<string[]>(answer.body.replace(/\r\n$/, '')).data.slice(1);
					expect(rows.map((r) => r[0])).toEqual(collection.features.map((f) => f.id));
				}
			}),
			{ numRuns: RUNS ?? 300 }
		);
	});

	it.each(REGRESSIONS)('regression: $endpoint $name', async ({ path }) => check(path, await get(path)));
});
