import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { baseUrl } from './support/browser';

/** Caching for readers over HTTP, against the built server: what a CDN in front of it sees. */

const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, baseUrl()), { headers });
const EMBASSY = '2022-09-05-kabul-russian-embassy-bombing';
const DATA_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

const PATHS = [
	'/api/incidents',
	'/api/incidents?near=69.17,34.53&radius_km=50',
	'/api/incidents?format=csv&category=suicide-bomb',
	'/api/incidents?limit=5&offset=5',
	'/api/incident-months?category=suicide-bomb',
	`/api/incidents/${EMBASSY}`,
	'/api/overlays',
	'/api/overlays/fergana-valley',
	`/oembed?url={origin}/?incident=${EMBASSY}&format=json`,
	`/embed?incident=${EMBASSY}`
];

describe('data responses carry an ETag and a revalidating Cache-Control, and answer 304 when unchanged', () => {
	it.each(PATHS)('%s', async (template) => {
		// `{origin}`: the server's own origin, as a page URL given to /oembed.
		const [path, query] = template.replace('{origin}', baseUrl()).split(/\?(.*)/s);
		const oembedPath = query ? `${path}?${new URLSearchParams(query)}` : path!;
		const first = await get(oembedPath);
		expect(first.status).toBe(200);
		const etag = first.headers.get('etag');
		expect(etag).toMatch(/^"[\w-]{20,}"$/);
		expect(first.headers.get('cache-control')).toBe(DATA_CACHE_CONTROL);
		const body = await first.text();

		// The same answer again: the same tag (a hash of the same body).
		const again = await get(oembedPath);
		expect(again.headers.get('etag')).toBe(etag);
		expect(await again.text()).toBe(body);

		const revalidated = await get(oembedPath, { 'if-none-match': etag! });
		expect(revalidated.status).toBe(304);
		expect(await revalidated.text()).toBe('');
		expect(revalidated.headers.get('etag')).toBe(etag);
		expect(revalidated.headers.get('cache-control')).toBe(DATA_CACHE_CONTROL);

		const stale = await get(oembedPath, { 'if-none-match': '"something-else"' });
		expect(stale.status).toBe(200);
		expect(await stale.text()).toBe(body);
	});

	it('a HEAD names the same tag as a GET, for the kept map page too', async () => {
		for (const path of [`/embed?incident=${EMBASSY}`, '/api/overlays']) {
			const tag = (await get(path)).headers.get('etag');
			const head = await fetch(new URL(path, baseUrl()), { method: 'HEAD' });
			expect(head.status, path).toBe(200);
			expect(head.headers.get('etag'), path).toBe(tag);
		}
	});

	it('a different answer has a different tag', async () => {
		const a = (await get('/api/incidents?category=suicide-bomb')).headers.get('etag');
		const b = (await get('/api/incidents?category=threat')).headers.get('etag');
		expect(a).not.toBe(b);
	});

	it('errors are not tagged for caching', async () => {
		const missing = await get('/api/incidents/no-such-incident');
		expect(missing.status).toBe(404);
		expect(missing.headers.get('etag')).toBeNull();
	});
});

describe('hashed build assets', () => {
	it('are served immutable for a year', async () => {
		const page = await (await get('/')).text();
		const asset = page.match(/\/_app\/immutable\/[^"']+\.js/)?.[0];
		expect(asset).toMatch(/^\/_app\/immutable\/.+\.js$/);
		const res = await get(asset!);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('public,max-age=31536000,immutable');
	});
});

describe('the map page, rendered once per URL until the data changes', () => {
	/** GET with a Host header of our choosing (fetch does not let a request name its host). */
	const asHost = (host: string, path: string) =>
		new Promise<{ status: number; etag: string | undefined; body: string }>((done, fail) => {
			const url = new URL(path, baseUrl());
			request(url, { headers: { host } }, (res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (d: string) => (body += d));
				res.on('end', () => done({ status: res.statusCode!, etag: res.headers.etag, body }));
			})
				.on('error', fail)
				.end();
		});

	it('answers the same page again with the same bytes and a strong tag, and a 304 to that tag', async () => {
		const first = await get(`/?incident=${EMBASSY}`);
		const body = await first.text();
		const etag = first.headers.get('etag');
		expect(etag).toMatch(/^"[\w-]{20,}"$/);
		const again = await get(`/?incident=${EMBASSY}`);
		expect(again.headers.get('etag')).toBe(etag);
		expect(await again.text()).toBe(body);
		expect((await get(`/?incident=${EMBASSY}`, { 'if-none-match': etag! })).status).toBe(304);
		expect((await get('/')).headers.get('etag')).not.toBe(etag);
	});

	it('answers a page’s data request (a client-side navigation) with its data, not the kept page', async () => {
		await get('/');
		const data = await get('/__data.json?x-sveltekit-invalidated=01');
		expect(data.status).toBe(200);
		expect(data.headers.get('content-type')).toMatch(/^application\/json/);
		expect((await data.json()).type).toBe('data');
	});

	it('keeps a page per origin: the oEmbed link names the host the reader asked', async () => {
		const port = new URL(baseUrl()).port;
		const oembedHost = (body: string) => new URL(body.match(/application\/json\+oembed" href="([^"]+)"/)![1]!.replaceAll('&amp;', '&')).host;
		const a = await asHost(`a.example:${port}`, '/');
		const b = await asHost(`b.example:${port}`, '/');
		expect([a.status, b.status]).toEqual([200, 200]);
		expect(oembedHost(a.body)).toBe(`a.example:${port}`);
		expect(oembedHost(b.body)).toBe(`b.example:${port}`);
		expect((await asHost(`a.example:${port}`, '/')).body).toBe(a.body);
	});
});
