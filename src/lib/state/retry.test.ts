import { describe, expect, it } from 'vitest';
import { FetchFailure, fetchOk, withRetry } from './retry';

/** A fetch that answers with the given statuses in turn (`'down'`: the network fails). */
function server(...answers: (number | 'down')[]): typeof fetch & { calls: number } {
	const f = (async () => {
		const a = answers[Math.min(f.calls++, answers.length - 1)];
		if (a === 'down') throw new TypeError('Failed to fetch');
		const body = a === 200 ? '{"ok":true}' : JSON.stringify({ detail: `problem ${a}` });
		return new Response(body, { status: a });
	}) as unknown as typeof fetch & { calls: number };
	f.calls = 0;
	return f;
}

describe('fetchOk', () => {
	it('calls a network failure, a 5xx and a 429 retryable, and a 4xx final with its problem detail', async () => {
		await expect(fetchOk('/x', server('down'))).rejects.toMatchObject({ retryable: true, message: 'The server could not be reached.' });
		await expect(fetchOk('/x', server(503))).rejects.toMatchObject({ retryable: true, message: 'problem 503' });
		await expect(fetchOk('/x', server(429))).rejects.toMatchObject({ retryable: true });
		await expect(fetchOk('/x', server(400))).rejects.toMatchObject({ retryable: false, message: 'problem 400' });
		expect((await fetchOk('/x', server(200))).status).toBe(200);
	});
});

describe('withRetry', () => {
	it('waits the given pauses between retryable failures, then succeeds', async () => {
		const fetcher = server('down', 503, 200);
		const waited: number[] = [];
		const response = await withRetry(
			() => fetchOk('/x', fetcher),
			async (ms) => void waited.push(ms),
			[10, 20, 40]
		);
		expect(response.status).toBe(200);
		expect(waited).toEqual([10, 20]);
		expect(fetcher.calls).toBe(3);
	});

	it('gives up after the last pause, and at once on a final failure', async () => {
		const down = server('down');
		const waited: number[] = [];
		await expect(withRetry(() => fetchOk('/x', down), async (ms) => void waited.push(ms), [10, 20])).rejects.toBeInstanceOf(FetchFailure);
		expect(waited).toEqual([10, 20]);
		expect(down.calls).toBe(3);

		const bad = server(400);
		await expect(withRetry(() => fetchOk('/x', bad), async () => {}, [10, 20])).rejects.toMatchObject({ retryable: false });
		expect(bad.calls).toBe(1);
	});

	it('stops when waiting throws (the question was replaced)', async () => {
		const down = server('down');
		await expect(
			withRetry(
				() => fetchOk('/x', down),
				async () => {
					throw new Error('superseded');
				},
				[10]
			)
		).rejects.toThrow('superseded');
		expect(down.calls).toBe(1);
	});
});
