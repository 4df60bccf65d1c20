import { describe, expect, it } from 'vitest';
import { InViewIncidents, IN_VIEW_PAGE } from './in-view-incidents.svelte';

/** A fetch answering like the API: `total` matches of which the first `limit` are returned. */
function api(totals: { everywhere: number; inView: number }) {
	const asked: URLSearchParams[] = [];
	const fetcher = (async (input: string) => {
		const params = new URL(input, 'http://localhost').searchParams;
		asked.push(params);
		const total = params.has('bbox') ? totals.inView : totals.everywhere;
		const n = Math.min(total, Number(params.get('limit')));
		const features = Array.from({ length: n }, (_, i) => ({ id: `i${i}` }));
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
});
