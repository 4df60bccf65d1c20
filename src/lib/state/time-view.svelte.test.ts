import { describe, expect, it } from 'vitest';
import { loadCuratedIncidents } from '../data/incidents';
import { monthIndex } from '../domain/month-bins';
import { FilteredView } from './filtered-view.svelte';
import { ServerMonths } from './server-months.svelte';
import { TimeView } from './time-view.svelte';

const incidents = loadCuratedIncidents().features;
const SERVER_BINS = [
	{ month: '2019-11', exact: 4, spread: 0 },
	{ month: '2019-12', exact: 0, spread: 0.25 },
	{ month: '2020-01', exact: 7, spread: 0.75 }
];

describe('TimeView', () => {
	it('counts the incidents the page holds, every filter but the window, over the data’s months', () => {
		const filtered = new FilteredView(() => incidents, { categories: ['suicide-bomb'], from: '2022-08-01', to: '2022-08-31' });
		const time = new TimeView(filtered);
		expect(time.span).toEqual([monthIndex('2021-08-01'), monthIndex('2022-09-01')]);
		expect(time.bins.find((b) => b.month === '2022-09')).toEqual({ month: '2022-09', exact: 2, spread: 0 });
		expect(time.bins.reduce((s, b) => s + b.exact + b.spread, 0)).toBe(5);
	});

	it('takes the server’s counts and months when the page does not hold every incident; the player steps through them', async () => {
		const filtered = new FilteredView(() => incidents.slice(0, 2), {});
		const server = new ServerMonths((async () => new Response(JSON.stringify({ total: 12, months: SERVER_BINS }))) as typeof fetch);
		const time = new TimeView(filtered, server);
		expect([time.span, time.bins]).toEqual([null, []]);
		await server.show({});
		expect(time.span).toEqual([monthIndex('2019-11-01'), monthIndex('2020-01-01')]);
		expect(time.bins).toEqual(SERVER_BINS);
		time.player.step(1);
		expect(filtered.filters.filter).toEqual({ from: '2019-11-01', to: '2019-11-30' });
		time.player.step(1);
		expect(filtered.filters.filter).toEqual({ from: '2019-11-01', to: '2019-12-31' });
	});
});
