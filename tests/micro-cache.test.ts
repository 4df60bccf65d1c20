import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltServer, type RunningServer } from './support/server';

/**
 * The micro-cache in front of SvelteKit (`src/serve.ts`, `MICRO_CACHE_MS`), against the built
 * server: an answer from memory is the answer SvelteKit gives, plus `Age`; errors and the app's
 * own pages are never kept.
 */

const EMBASSY = '2022-09-05-kabul-russian-embassy-bombing';
/** Headers of one response on one connection (framing: SvelteKit may chunk what the cache sends with its length), and the cache's own. */
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'age']);

let cached: RunningServer;
let uncached: RunningServer;
let shortLived: RunningServer;

beforeAll(async () => {
	cached = await startBuiltServer({ MICRO_CACHE_MS: '60000' });
	uncached = await startBuiltServer({ MICRO_CACHE_MS: '0' });
	shortLived = await startBuiltServer({ MICRO_CACHE_MS: '200' });
}, 90_000);
afterAll(async () => {
	await Promise.all([cached?.stop(), uncached?.stop(), shortLived?.stop()]);
});

async function answer(server: RunningServer, path: string, headers: Record<string, string> = {}) {
	const res = await fetch(new URL(path, server.url), { headers });
	const all = Object.fromEntries([...res.headers].filter(([name]) => !PER_RESPONSE.has(name)));
	const length = res.headers.get('content-length');
	// A page names the server it came from (its links): the two servers differ in their port only.
	const body = (await res.text()).replaceAll(new URL(server.url).host, '{host}');
	return { status: res.status, age: res.headers.get('age'), length, headers: all, body };
}

describe('a repeated data request', () => {
	it.each([
		'/api/incidents?near=69.17,34.53&radius_km=61',
		'/api/incidents?category=suicide-bomb&format=csv',
		`/api/incidents/${EMBASSY}`,
		'/api/overlays/fergana-valley',
		`/embed?incident=${EMBASSY}&theme=dark` // a page allowed by hashes, not a nonce: the same for every reader
	])('%s is answered from memory, exactly as SvelteKit answers it, with its age', async (path) => {
		const truth = await answer(uncached, path);
		expect(truth.status).toBe(200);
		const first = await answer(cached, path);
		expect(first.age).toBeNull(); // made by SvelteKit
		const second = await answer(cached, path);
		expect(second.age).toMatch(/^\d+$/); // from memory
		// The same bytes and headers as SvelteKit's (a page's tag aside: it hashes the port in its links).
		const { etag: _tag, ...truthHeaders } = truth.headers;
		for (const a of [first, second]) {
			expect(a.status).toBe(200);
			expect(a.body).toBe(truth.body);
			expect({ ...a.headers, etag: undefined }).toEqual({ ...truthHeaders, etag: undefined });
		}
		expect(second.headers).toEqual(first.headers);
		if (!path.startsWith('/embed')) expect(first.headers.etag).toBe(truth.headers.etag);
		expect(Number(second.length)).toBe(Buffer.byteLength(first.body.replaceAll('{host}', new URL(cached.url).host)));
	});

	it('gets 304 from memory when the reader holds its tag', async () => {
		const path = '/api/incidents?near=69.17,34.53&radius_km=62';
		const { headers } = await answer(cached, path);
		const revalidated = await answer(cached, path, { 'if-none-match': headers.etag! });
		expect(revalidated.status).toBe(304);
		expect(revalidated.age).toMatch(/^\d+$/);
		expect(revalidated.body).toBe('');
		expect(revalidated.headers.etag).toBe(headers.etag);
		expect(revalidated.headers['cache-control']).toBe(headers['cache-control']);
	});

	it('goes back to SvelteKit once the kept answer is older than MICRO_CACHE_MS', async () => {
		const path = '/api/incidents?near=69.17,34.53&radius_km=63';
		await answer(shortLived, path);
		await new Promise((r) => setTimeout(r, 400));
		expect((await answer(shortLived, path)).age).toBeNull();
	});
});

describe('never from memory', () => {
	it.each([
		'/', // not public: the app's own page
		'/api/incidents?near=1000,0', // a 400 problem
		'/api/incidents/no-such-incident'
	])('%s', async (path) => {
		await answer(cached, path);
		expect((await answer(cached, path)).age).toBeNull();
	});

	it('nothing, with MICRO_CACHE_MS=0', async () => {
		const path = '/api/incidents?near=69.17,34.53&radius_km=64';
		await answer(uncached, path);
		expect((await answer(uncached, path)).age).toBeNull();
	});
});
