import { beforeAll, describe, expect, it } from 'vitest';
import type { SpatialQuery } from '../domain/spatial-query';
import { SpatialQueryState } from './spatial-query.svelte';

const KABUL: SpatialQuery = { kind: 'near', center: [69.17, 34.53], radius_km: 25 };
const answer = JSON.stringify({ features: [{ id: 'a', properties: { title: 'A', distance_km: 3, proximity: 'certain' } }], total: 1 });

/** A fetch that answers with the given statuses in turn (`'down'`: the network fails). */
function server(...answers: (number | 'down')[]): typeof fetch & { calls: number } {
	const f = (async () => {
		const a = answers[Math.min(f.calls++, answers.length - 1)];
		if (a === 'down') throw new TypeError('Failed to fetch');
		return new Response(a === 200 ? answer : '{"detail":"Busy."}', { status: a });
	}) as unknown as typeof fetch & { calls: number };
	f.calls = 0;
	return f;
}

const noPoint = () => undefined;
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('SpatialQueryState answering', () => {
	// The code that asks the API comes with the first question (a dynamic import); loaded here
	// first, so that the timings below measure the retries, not a busy machine loading a module.
	beforeAll(async () => {
		await Promise.all([import('./query-client'), import('./retry')]);
	});

	it('says it is retrying while the server fails, then shows the answer', async () => {
		const s = new SpatialQueryState(KABUL, [30, 30]);
		const fetcher = server('down', 503, 200);
		const done = s.answerWith(noPoint, fetcher);
		await tick(10);
		expect(s.status).toBe('retrying');
		expect(s.error).toBe('The server could not be reached.');
		expect(s.retryInMs).toBe(30);
		await done;
		expect(s.status).toBe('idle');
		expect(s.hits.map((h) => h.id)).toEqual(['a']);
		expect(fetcher.calls).toBe(3);
	});

	it('gives up after the last pause; Retry asks again', async () => {
		const s = new SpatialQueryState(KABUL, [5]);
		const fetcher = server(503, 503, 200);
		await s.answerWith(noPoint, fetcher);
		expect(s.status).toBe('error');
		expect(s.error).toBe('Busy.');
		expect(fetcher.calls).toBe(2);
		s.retry();
		await tick(20);
		expect(s.status).toBe('idle');
		expect(s.hits).toHaveLength(1);
	});

	it('Retry during a pause asks at once', async () => {
		const s = new SpatialQueryState(KABUL, [60_000]);
		const fetcher = server('down', 200);
		const done = s.answerWith(noPoint, fetcher);
		await tick(10);
		expect(s.status).toBe('retrying');
		s.retry();
		await done;
		expect(s.status).toBe('idle');
	});

	it('does not retry a question the server refuses (4xx)', async () => {
		const s = new SpatialQueryState(KABUL, [5]);
		const fetcher = server(400);
		await s.answerWith(noPoint, fetcher);
		expect(s.status).toBe('error');
		expect(fetcher.calls).toBe(1);
	});

	it('a newer question ends the retrying of an older one', async () => {
		const s = new SpatialQueryState(KABUL, [30, 30, 30]);
		const failing = server('down');
		const old = s.answerWith(noPoint, failing);
		await tick(5);
		s.ask({ kind: 'near', center: [69.17, 34.53], radius_km: 50 });
		await s.answerWith(noPoint, server(200));
		expect(s.status).toBe('idle');
		await old;
		expect(failing.calls).toBe(1);
		expect(s.status).toBe('idle');
		expect(s.hits).toHaveLength(1);
	});
});
