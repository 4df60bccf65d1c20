import { describe, expect, it } from 'vitest';
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
