import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache';

const answer = (text: string) => ({ headers: { 'content-type': 'application/geo+json', 'x-name': text.slice(0, 8) }, body: text });

describe('ResponseCache', () => {
	it('gives back an equal response for a kept key, each time a fresh one', async () => {
		const cache = new ResponseCache();
		expect(cache.get('a')).toBeNull();
		const sent = cache.put('a', answer('{"type":"FeatureCollection"}'));
		expect(await sent.text()).toBe('{"type":"FeatureCollection"}');
		for (let i = 0; i < 2; i++) {
			const hit = cache.get('a')!;
			expect(hit.status).toBe(200);
			expect(hit.headers.get('content-type')).toBe('application/geo+json');
			expect(hit.headers.get('content-length')).toBe('28');
			expect(await hit.text()).toBe('{"type":"FeatureCollection"}');
		}
	});

	it('drops the least recently used entry beyond its entry budget', async () => {
		const cache = new ResponseCache(2);
		cache.put('a', answer('A'));
		cache.put('b', answer('B'));
		cache.get('a');
		cache.put('c', answer('C'));
		expect(cache.get('b')).toBeNull();
		expect(await cache.get('a')!.text()).toBe('A');
		expect(await cache.get('c')!.text()).toBe('C');
		expect(cache.size).toBe(2);
	});

	it('stays within its byte budget, and keeps no body over an eighth of it', async () => {
		const cache = new ResponseCache(100, 800);
		for (const k of 'abcdefghij') cache.put(k, answer(k.repeat(100)));
		expect([cache.size, cache.bytes]).toEqual([8, 800]);
		expect(cache.get('a')).toBeNull();
		expect(cache.get('b')).toBeNull();
		expect(await cache.get('c')!.text()).toBe('c'.repeat(100));
		const big = cache.put('big', answer('x'.repeat(101)));
		expect(await big.text()).toHaveLength(101);
		expect(cache.get('big')).toBeNull();
		expect(cache.bytes).toBe(800);
	});

	it('replaces a key without counting it twice, and clears', async () => {
		const cache = new ResponseCache();
		cache.put('a', answer('one'));
		cache.put('a', answer('three'));
		expect(cache.bytes).toBe(5);
		expect(await cache.get('a')!.text()).toBe('three');
		cache.clear();
		expect([cache.size, cache.bytes, cache.get('a')]).toEqual([0, 0, null]);
	});
});
