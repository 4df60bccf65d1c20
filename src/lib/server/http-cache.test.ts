import { describe, expect, it } from 'vitest';
import { DATA_CACHE_CONTROL, entityTag, noneMatch, withHttpCache } from './http-cache';

const encode = (text: string) => new TextEncoder().encode(text);
const json = (body: string) => new Response(body, { headers: { 'content-type': 'application/geo+json', 'x-other': '1' } });
const get = (headers: Record<string, string> = {}) => new Request('http://x/api/incidents', { headers });

describe('withHttpCache', () => {
	it('tags a data answer with a hash of its body and a CDN-friendly Cache-Control', async () => {
		const res = await withHttpCache(get(), '/api/incidents', json('{"a":1}'));
		expect(res.status).toBe(200);
		expect(await res.text()).toBe('{"a":1}');
		expect(res.headers.get('etag')).toBe(entityTag(encode('{"a":1}')));
		expect(res.headers.get('cache-control')).toBe(DATA_CACHE_CONTROL);
		expect(res.headers.get('x-other')).toBe('1');
		const other = await withHttpCache(get(), '/api/incidents', json('{"a":2}'));
		expect(other.headers.get('etag')).not.toBe(res.headers.get('etag'));
	});

	it('answers 304 without a body to a request that holds the tag, 200 to one that does not', async () => {
		const etag = entityTag(encode('{"a":1}'));
		const hit = await withHttpCache(get({ 'if-none-match': `"old", ${etag}` }), '/api/incidents', json('{"a":1}'));
		expect(hit.status).toBe(304);
		expect(hit.body).toBeNull();
		expect(hit.headers.get('etag')).toBe(etag);
		expect(hit.headers.get('cache-control')).toBe(DATA_CACHE_CONTROL);
		expect(hit.headers.get('x-other')).toBeNull();
		const miss = await withHttpCache(get({ 'if-none-match': '"old"' }), '/api/incidents', json('{"a":1}'));
		expect(miss.status).toBe(200);
	});

	it('leaves other paths, errors and other methods alone', async () => {
		for (const [request, path, response] of [
			[get(), '/incidents/x', json('{}')],
			[get(), '/api/incidents', new Response('{}', { status: 404 })],
			[new Request('http://x/api/incidents', { method: 'POST' }), '/api/incidents', json('{}')]
		] as const) {
			const res = await withHttpCache(request, path, response);
			expect(res).toBe(response);
			expect(res.headers.get('etag')).toBeNull();
		}
	});

	it('keeps a tag it made (the response cache’s) and replaces any other with a hash of the body', async () => {
		const own = entityTag(encode('<p>a</p>'));
		const page = (etag: string) => new Response('<p>a</p>', { headers: { 'content-type': 'text/html', etag } });
		const embed = (method: string) => new Request('http://x/embed', { method });
		expect((await withHttpCache(embed('GET'), '/embed', page(own))).headers.get('etag')).toBe(own);
		// SvelteKit's own short page hash, as a HEAD (never kept by the page cache) carries it.
		expect((await withHttpCache(embed('HEAD'), '/embed', page('"820ed6"'))).headers.get('etag')).toBe(own);
	});

	it('tags equal bodies alike and different bodies apart', () => {
		expect(entityTag(encode('<p>a</p>'))).toBe(entityTag(encode('<p>a</p>')));
		expect(entityTag(encode('<p>a</p>'))).not.toBe(entityTag(encode('<p>b</p>')));
	});
});

describe('noneMatch', () => {
	it('compares weakly, in a list, and takes * as any', () => {
		expect(noneMatch('W/"t"', '"t"')).toBe(true);
		expect(noneMatch('"a" , "t"', '"t"')).toBe(true);
		expect(noneMatch('*', '"t"')).toBe(true);
		expect(noneMatch('"a"', '"t"')).toBe(false);
		expect(noneMatch(null, '"t"')).toBe(false);
	});
});
