import { describe, expect, it } from 'vitest';
import { baseUrl } from './support/browser';

/** The JSON API of the built server, over HTTP. */

const get = (path: string) => fetch(new URL(path, baseUrl()));

describe('GET /api/incidents', () => {
	it('is a GeoJSON FeatureCollection whose feature ids are the incident ids', async () => {
		const res = await get('/api/incidents');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/geo+json');
		const body = (await res.json()) as { type: string; features: { id: string; properties: { id: string } }[] };
		expect(body.type).toBe('FeatureCollection');
		expect(body.features.length).toBeGreaterThanOrEqual(10);
		for (const f of body.features) expect(f.id).toBe(f.properties.id);
	});

	it('returns one incident by id, and a 404 problem for an unknown id', async () => {
		const one = await get('/api/incidents/2022-09-05-kabul-russian-embassy-bombing');
		expect(one.status).toBe(200);
		expect(((await one.json()) as { id: string }).id).toBe('2022-09-05-kabul-russian-embassy-bombing');
		const missing = await get('/api/incidents/no-such-incident');
		expect(missing.status).toBe(404);
		expect(missing.headers.get('content-type')).toBe('application/problem+json');
		expect(await missing.json()).toMatchObject({ status: 404, title: 'Not Found', id: 'no-such-incident' });
	});
});

describe('GET /api/overlays', () => {
	it('lists every overlay with its sources, and returns one by id', async () => {
		const list = (await (await get('/api/overlays')).json()) as { features: { id: string; properties: { sources: unknown[] } }[] };
		const ids = list.features.map((f) => f.id);
		expect(ids).toEqual(expect.arrayContaining(['fergana-valley', 'afg-border-band-50km', 'cagp-lines-a-c']));
		for (const f of list.features) expect(f.properties.sources.length).toBeGreaterThan(0);
		const one = await get('/api/overlays/fergana-valley');
		expect(((await one.json()) as { id: string }).id).toBe('fergana-valley');
		expect((await get('/api/overlays/atlantis')).status).toBe(404);
	});
});

describe('the offline basemap', () => {
	it('is served from the app itself, precompressed', async () => {
		for (const layer of ['land', 'borders', 'country-labels', 'place-labels']) {
			const res = await get(`/basemap/${layer}.json`);
			expect(res.status, layer).toBe(200);
			const body = (await res.json()) as { type: string; features: unknown[] };
			expect(body.type).toBe('FeatureCollection');
			expect(body.features.length).toBeGreaterThan(0);
		}
		const gz = await fetch(new URL('/basemap/land.json', baseUrl()), { headers: { 'accept-encoding': 'br, gzip' } });
		expect(gz.headers.get('content-encoding')).toMatch(/br|gzip/);
	});
});
