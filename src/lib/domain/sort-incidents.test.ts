import { describe, expect, it } from 'vitest';
import { sortIncidents } from './sort-incidents';
import type { IncidentFeature } from './incident';

const f = (id: string, date: string, deaths: number | null, lon: number) =>
	({
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: [lon, 0] },
		properties: {
			id,
			date_start: date,
			date_end: date,
			fatalities: deaths === null ? null : { low: null, best: deaths, high: null, reported_by: null }
		}
	}) as unknown as IncidentFeature;

const all = [f('a', '2022-01-01', 5, 3), f('b', '2022-03-01', null, 1), f('c', '2022-02-01', 20, 2), f('d', '2022-02-01', 5, 4)];
const ids = (x: IncidentFeature[]) => x.map((i) => i.id);

describe('sortIncidents', () => {
	it('sorts by date, newest first', () => {
		expect(ids(sortIncidents(all, 'date'))).toEqual(['b', 'c', 'd', 'a']);
	});
	it('sorts by deaths, most first, unknown last, ties by date', () => {
		expect(ids(sortIncidents(all, 'fatalities'))).toEqual(['c', 'd', 'a', 'b']);
	});
	it('sorts by the given distance, nearest first', () => {
		expect(ids(sortIncidents(all, 'distance', (x) => x.geometry.coordinates[0]))).toEqual(['b', 'c', 'a', 'd']);
	});
	it('does not change its input', () => {
		const copy = [...all];
		sortIncidents(all, 'fatalities');
		expect(all).toEqual(copy);
	});
});
