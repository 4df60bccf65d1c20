import { describe, expect, it } from 'vitest';
import { MicroCache, parseMicroCacheMs } from './micro-cache';

const PUBLIC = { 'Cache-Control': 'public, max-age=60', 'Content-Type': 'application/geo+json', ETag: '"abc"' };
const body = (text: string) => Buffer.from(text);

function clocked(ttlMs: number, options: { maxEntries?: number; maxBytes?: number; maxBodyBytes?: number } = {}) {
	let t = 0;
	const cache = new MicroCache({ ttlMs, now: () => t, ...options });
	return { cache, advance: (ms: number) => (t += ms) };
}

describe('MicroCache', () => {
	it('admits GETs of the data paths only, and nothing when off', () => {
		const { cache } = clocked(1000);
		expect(cache.admits('GET', '/api/incidents?near=1,2')).toBe(true);
		expect(cache.admits('GET', '/api/overlays/x')).toBe(true);
		expect(cache.admits('GET', '/tiles/3/5/2.mvt')).toBe(true);
		expect(cache.admits('GET', '/oembed?url=x')).toBe(true);
		expect(cache.admits('GET', '/embed?incident=x')).toBe(true);
		expect(cache.admits('HEAD', '/api/incidents')).toBe(false);
		expect(cache.admits('POST', '/api/incidents')).toBe(false);
		for (const page of ['/', '/embedded', '/incidents/x', '/apis', '/map-data/points.json', '/_app/immutable/x.js'])
			expect(cache.admits('GET', page)).toBe(false);
		expect(clocked(0).cache.admits('GET', '/api/incidents')).toBe(false);
	});

	it('serves a kept answer until its time is up, with its age, then misses', () => {
		const { cache, advance } = clocked(5000);
		expect(cache.lookup('/api/incidents', undefined)).toEqual({ kind: 'miss' });
		expect(cache.store('/api/incidents', 200, { ...PUBLIC, Date: 'x', 'Content-Length': 3 }, body('abc'))).toBe(true);
		advance(2500);
		const hit = cache.lookup('/api/incidents', undefined);
		expect(hit.kind).toBe('hit');
		if (hit.kind !== 'hit') return;
		expect(hit.ageSeconds).toBe(2);
		expect(hit.answer.body.toString()).toBe('abc');
		// Names lower-cased; what belongs to one response on one connection is not kept.
		expect(hit.answer.headers).toEqual({ 'cache-control': 'public, max-age=60', 'content-type': 'application/geo+json', etag: '"abc"' });
		advance(2500);
		expect(cache.lookup('/api/incidents', undefined)).toEqual({ kind: 'miss' });
		expect(cache.size).toBe(0);
		expect(cache.bytes).toBe(0);
	});

	it('answers 304 to a reader who holds the tag, and the body to one who holds another', () => {
		const { cache } = clocked(5000);
		cache.store('/api/incidents', 200, PUBLIC, body('abc'));
		expect(cache.lookup('/api/incidents', '"abc"').kind).toBe('not-modified');
		expect(cache.lookup('/api/incidents', 'W/"zzz", "abc"').kind).toBe('not-modified');
		expect(cache.lookup('/api/incidents', '"zzz"').kind).toBe('hit');
	});

	it('keeps only public 200 answers that set no cookie, vary by nothing and are not pages with a nonce', () => {
		const { cache } = clocked(5000);
		expect(cache.store('/a', 404, PUBLIC, body('x'))).toBe(false);
		expect(cache.store('/a', 200, { ...PUBLIC, 'Cache-Control': 'no-cache' }, body('x'))).toBe(false);
		expect(cache.store('/a', 200, { ...PUBLIC, 'Cache-Control': 'public, no-store' }, body('x'))).toBe(false);
		expect(cache.store('/a', 200, { ...PUBLIC, 'Cache-Control': 'private, max-age=60' }, body('x'))).toBe(false);
		expect(cache.store('/a', 200, { 'Content-Type': 'application/json' }, body('x'))).toBe(false);
		const page = { ...PUBLIC, 'Content-Type': 'text/html; charset=utf-8' };
		expect(cache.store('/a', 200, { ...page, 'Content-Security-Policy': "script-src 'self' 'nonce-abc'" }, body('x'))).toBe(false);
		expect(cache.store('/a', 200, { ...PUBLIC, 'Set-Cookie': ['a=b'] }, body('x'))).toBe(false);
		expect(cache.store('/a', 200, { ...PUBLIC, Vary: 'accept-encoding' }, body('x'))).toBe(false);
		expect(cache.size).toBe(0);
		expect(cache.store('/a', 200, PUBLIC, body('x'))).toBe(true);
		expect(cache.store('/p', 200, { ...page, 'Content-Security-Policy': "script-src 'self' 'sha256-abc'" }, body('x'))).toBe(true);
	});

	it('stays within its entries and bytes, dropping the least recently used', () => {
		const { cache } = clocked(5000, { maxEntries: 2, maxBytes: 10, maxBodyBytes: 6 });
		expect(cache.store('/big', 200, PUBLIC, body('1234567'))).toBe(false);
		cache.store('/a', 200, PUBLIC, body('aaaa'));
		cache.store('/b', 200, PUBLIC, body('bbbb'));
		cache.lookup('/a', undefined); // /a is now the most recently used
		cache.store('/c', 200, PUBLIC, body('cccc'));
		expect(cache.lookup('/b', undefined).kind).toBe('miss');
		expect(cache.lookup('/a', undefined).kind).toBe('hit');
		expect(cache.size).toBe(2);
		cache.store('/d', 200, PUBLIC, body('dddddd')); // 14 bytes in 3 entries: /c, the least recent, goes
		expect(cache.lookup('/c', undefined).kind).toBe('miss');
		expect([cache.size, cache.bytes]).toEqual([2, 10]);
		cache.store('/d', 200, PUBLIC, body('d')); // replaced, not added
		expect(cache.lookup('/d', undefined).kind).toBe('hit');
		expect([cache.size, cache.bytes]).toEqual([2, 5]);
	});
});

describe('parseMicroCacheMs', () => {
	it('defaults to 5 s, takes 0 to 60000 ms, and names the setting when wrong', () => {
		expect(parseMicroCacheMs(undefined)).toBe(5000);
		expect(parseMicroCacheMs(' ')).toBe(5000);
		expect(parseMicroCacheMs('0')).toBe(0);
		expect(parseMicroCacheMs('60000')).toBe(60000);
		for (const bad of ['-1', '1.5', 'soon', '60001', '1e3'])
			expect(() => parseMicroCacheMs(bad)).toThrow(/^MICRO_CACHE_MS: must be a whole number of milliseconds, from 0 to 60000 \(got "/);
	});
});
