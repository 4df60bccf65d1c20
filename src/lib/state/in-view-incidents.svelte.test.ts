import { describe, expect, it } from 'vitest';
import { InViewIncidents, IN_VIEW_PAGE } from './in-view-incidents.svelte';

/** A fetch answering like the API: `total` matches of which the first `limit` are returned. */
function api(totals: { everywhere: number; inView: number }) {
	const asked: URLSearchParams[] = [];
	const fetcher = (async (input: string) => {
		const params = new URL(input, 'http://localhost').searchParams;
		asked.push(params);
		const total = params.has('bbox') ? totals.inView : totals.everywhere;
		const offset = Number(params.get('offset') ?? 0);
		const n = Math.max(0, Math.min(total - offset, Number(params.get('limit'))));
		const features = Array.from({ length: n }, (_, i) => ({ id: `i${offset + i}` }));
		return new Response(JSON.stringify({ type: 'FeatureCollection', total, features }));
	}) as typeof fetch;
	return { fetcher, asked };
}

describe('InViewIncidents', () => {
	it('asks the API for a page of the incidents in view, with the filters, and counts them', async () => {
		const { fetcher, asked } = api({ everywhere: 5000, inView: 700 });
		const list = new InViewIncidents(fetcher);
		await list.show({ categories: ['threat'], perpetrators: ['unknown'] }, [60, 30, 75, 45]);
		expect(list.items).toHaveLength(IN_VIEW_PAGE);
		expect([list.inView, list.matching]).toEqual([700, 5000]);
		const page = asked.find((p) => p.has('bbox'))!;
		expect(Object.fromEntries(page)).toEqual({ category: 'threat', perpetrator: 'unknown', bbox: '60,30,75,45', limit: String(IN_VIEW_PAGE) });
		// A move with the same filters does not count them everywhere again.
		asked.length = 0;
		await list.show({ categories: ['threat'], perpetrators: ['unknown'] }, [61, 30, 76, 45]);
		expect(asked).toHaveLength(1);
	});

	it('knows that an emptied list of boxes matches nothing, without asking', async () => {
		const { fetcher, asked } = api({ everywhere: 5, inView: 5 });
		const list = new InViewIncidents(fetcher);
		await list.show({ categories: [] }, null);
		expect([list.items.length, list.inView, list.matching, asked.length]).toEqual([0, 0, 0, 0]);
	});

	it('says why, when the server fails', async () => {
		const list = new InViewIncidents((async () => new Response('', { status: 503 })) as typeof fetch);
		await list.show({}, null);
		expect(list.failure).toBe('The incidents in view could not be loaded (the server answered 503).');
	});

	it('adds the next page of the same question with more(), until every incident in view is listed', async () => {
		const { fetcher, asked } = api({ everywhere: 5000, inView: 250 });
		const list = new InViewIncidents(fetcher);
		await list.show({ categories: ['threat'] }, [60, 30, 75, 45]);
		expect(list.hasMore).toBe(true);
		asked.length = 0;
		await list.more();
		expect(Object.fromEntries(asked[0]!)).toEqual({ category: 'threat', bbox: '60,30,75,45', limit: String(IN_VIEW_PAGE), offset: '100' });
		expect(list.items.map((f) => f.id)).toEqual(Array.from({ length: 200 }, (_, i) => `i${i}`));
		await list.more();
		expect([list.items.length, list.hasMore, list.inView]).toEqual([250, false, 250]);
		await list.more(); // nothing left: nothing asked
		expect(asked).toHaveLength(2);
	});

	it('starts again from the first page for a new view, dropping a page still on its way', async () => {
		const { fetcher } = api({ everywhere: 5000, inView: 700 });
		let release = () => {};
		const slow = (async (input: string, init?: RequestInit) => {
			if (input.includes('offset=')) await new Promise<void>((r) => (release = r));
			if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
			return fetcher(input, init);
		}) as typeof fetch;
		const list = new InViewIncidents(slow);
		await list.show({}, [60, 30, 75, 45]);
		const more = list.more();
		expect(list.loadingMore).toBe(true);
		await list.more(); // one page at a time
		await list.show({}, [61, 30, 76, 45]);
		release();
		await more;
		expect([list.items.length, list.loadingMore]).toEqual([IN_VIEW_PAGE, false]);
	});

	it('says why, when a further page fails, and keeps what is listed', async () => {
		const { fetcher } = api({ everywhere: 5000, inView: 700 });
		const list = new InViewIncidents((async (input: string, init?: RequestInit) =>
			input.includes('offset=') ? new Response('', { status: 500 }) : fetcher(input, init)) as typeof fetch);
		await list.show({}, null);
		await list.more();
		expect(list.failure).toBe('More incidents in view could not be loaded (the server answered 500).');
		expect([list.items.length, list.loadingMore]).toEqual([IN_VIEW_PAGE, false]);
	});
});
