import { describe, expect, it } from 'vitest';
import { naive } from './naive-proximity';
import type { Located } from './proximity';

const item = (id: string, lon: number, u: number): Located => ({ id, lon, lat: 0, uncertainty_km: u });
const items = [item('b', 1, 10), item('a', 1, 10), item('c', 3, 0)];

describe('naive', () => {
	it('withinRadius scans every item: ties by id', () => {
		expect(naive.withinRadius(items, [0, 0], 105).map((h) => [h.id, h.proximity])).toEqual([
			['a', 'possible'],
			['b', 'possible']
		]);
	});

	it('kNearest keeps the k best with exclusion', () => {
		expect(naive.kNearest(items, [0, 0], 2, 'a').map((h) => h.id)).toEqual(['b', 'c']);
	});

	it('inArea and nearLine measure to the boundary / line', () => {
		const box = { type: 'Polygon' as const, coordinates: [[[0.5, -1], [2, -1], [2, 1], [0.5, 1], [0.5, -1]]] };
		expect(naive.inArea(items, box).map((h) => [h.id, h.distance_km, h.proximity])).toEqual([
			['a', 0, 'certain'],
			['b', 0, 'certain']
		]);
		const line = { type: 'LineString' as const, coordinates: [[3, -1], [3, 1]] };
		expect(naive.nearLine(items, line, 1).map((h) => h.id)).toEqual(['c']);
	});
});
