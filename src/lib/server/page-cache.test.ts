import { describe, expect, it } from 'vitest';
import { dataChanged } from './data-changes';
import { PageCache, pageCache } from './page-cache';

const HASH_CSP = "default-src 'self'; script-src 'self' 'sha256-abc='";

/** A page renderer that counts its renders; each render's body names its number. */
function renderer(headers: Record<string, string> = {}, status = 200) {
	const r = {
		count: 0,
		render: async () => {
			r.count++;
			return new Response(`<!doctype html><p>render ${r.count}</p>`, {
				status,
				headers: { 'content-type': 'text/html', 'content-security-policy': HASH_CSP, ...headers }
			});
		}
	};
	return r;
}

const request = (href: string, method = 'GET') => new Request(href, { method });

describe('PageCache', () => {
	it('renders a map page once per URL and answers again with the same bytes and tag', async () => {
		const cache = new PageCache();
		const r = renderer();
		const first = await cache.page(request('http://a.test/?incident=x'), r.render);
		const again = await cache.page(request('http://a.test/?incident=x'), r.render);
		expect(r.count).toBe(1);
		expect(await again.text()).toBe(await first.text());
		expect(again.headers.get('etag')).toMatch(/^"[\w-]{20,}"$/);
		expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
		expect(again.headers.get('content-security-policy')).toBe(HASH_CSP);
	});

	it('keeps a page per whole URL: another query, path or origin is rendered anew', async () => {
		const cache = new PageCache();
		const r = renderer();
		for (const href of ['http://a.test/', 'http://a.test/?incident=x', 'http://a.test/embed', 'http://b.test/'])
			await cache.page(request(href), r.render);
		expect(r.count).toBe(4);
		expect(cache.size).toBe(4);
	});

	it.each([
		['a HEAD request', 'HEAD', 'http://a.test/', {}, 200],
		['another page', 'GET', 'http://a.test/incidents/x', {}, 200],
		['an error', 'GET', 'http://a.test/', {}, 500],
		['a page with a CSP nonce', 'GET', 'http://a.test/', { 'content-security-policy': "script-src 'nonce-xyz'" }, 200],
		['a page that sets a cookie', 'GET', 'http://a.test/', { 'set-cookie': 'a=b' }, 200],
		['a page that varies by a header', 'GET', 'http://a.test/', { vary: 'accept-language' }, 200],
		['an answer that is not HTML', 'GET', 'http://a.test/', { 'content-type': 'application/json' }, 200]
	])('renders %s every time', async (_what, method, href, headers, status) => {
		const cache = new PageCache();
		const r = renderer(headers, status);
		const first = await cache.page(request(href, method), r.render);
		await cache.page(request(href, method), r.render);
		expect(r.count).toBe(2);
		expect(first.status).toBe(status);
		expect(cache.size).toBe(0);
	});

	it('renders again once cleared, and the server’s cache is cleared when the data changes', async () => {
		const r = renderer();
		await pageCache.page(request('http://a.test/'), r.render);
		await pageCache.page(request('http://a.test/'), r.render);
		expect(r.count).toBe(1);
		dataChanged();
		expect(await (await pageCache.page(request('http://a.test/'), r.render)).text()).toContain('render 2');
		pageCache.clear();
	});
});
