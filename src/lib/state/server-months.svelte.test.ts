import { describe, expect, it } from 'vitest';
import { ServerMonths } from './server-months.svelte';

const MONTHS = [
	{ month: '2021-12', exact: 2, spread: 0 },
	{ month: '2022-01', exact: 0, spread: 0.5 },
	{ month: '2022-02', exact: 1, spread: 0.5 }
];

/** A fetch answering like `/api/incident-months`, recording what it was asked. */
function api(answer: () => Response = () => new Response(JSON.stringify({ query: {}, total: 4, months: MONTHS }))) {
	const asked: string[] = [];
	const fetcher = (async (input: string) => {
		asked.push(input);
		return answer();
	}) as typeof fetch;
	return { fetcher, asked };
}

describe('ServerMonths', () => {
	it('asks the server for the counts of the filters without the time window, and spans its months', async () => {
		const { fetcher, asked } = api();
		const months = new ServerMonths(fetcher);
		expect(months.span).toBeNull();
		await months.show({ categories: ['threat', 'attack'], from: '2022-01-01', to: '2022-01-31', text: 'kabul' });
		expect(asked).toEqual(['/api/incident-months?category=attack%2Cthreat&q=kabul']);
		expect(months.bins).toEqual(MONTHS);
		expect(months.span).toEqual([2021 * 12 + 11, 2022 * 12 + 1]);
	});

	it('asks nothing again for the same filters, whatever the window; asks for an emptied list as it is', async () => {
		const { fetcher, asked } = api();
		const months = new ServerMonths(fetcher);
		await months.show({});
		await months.show({ from: '2022-02-01' });
		expect(asked).toEqual(['/api/incident-months']);
		await months.show({ categories: [] });
		expect(asked.at(-1)).toBe('/api/incident-months?category=');
	});

	it('says why when the server fails, keeps the last bins, and asks again next time', async () => {
		let status = 200;
		const { fetcher, asked } = api(() => (status === 200 ? new Response(JSON.stringify({ total: 4, months: MONTHS })) : new Response('', { status })));
		const months = new ServerMonths(fetcher);
		await months.show({});
		status = 503;
		await months.show({ text: 'herat' });
		expect(months.failure).toBe('The incidents per month could not be loaded (the server answered 503).');
		expect(months.bins).toEqual(MONTHS);
		status = 200;
		await months.show({ text: 'herat' });
		expect([months.failure, asked.length]).toEqual([null, 3]);
	});

	it('keeps only the newest answer when questions overlap', async () => {
		const pending: ((r: Response) => void)[] = [];
		const fetcher = ((_input: string, init?: RequestInit) =>
			new Promise<Response>((resolve, reject) => {
				pending.push(resolve);
				init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
			})) as typeof fetch;
		const months = new ServerMonths(fetcher);
		const first = months.show({ text: 'a' });
		const second = months.show({ text: 'b' });
		pending[1]!(new Response(JSON.stringify({ total: 1, months: [MONTHS[0]] })));
		await Promise.all([first, second]);
		expect(months.bins).toEqual([MONTHS[0]]);
		expect(months.failure).toBeNull();
	});
});
