import { describe, expect, it } from 'vitest';
import type { Located } from './proximity';
import { compareFound, rankHits } from './rank-hits';

const items: Located[] = ['b', 'a', 'a'].map((id) => ({ id, lon: 0, lat: 0, uncertainty_km: 0 }));

describe('rankHits', () => {
	it('orders by distance, then id, then position', () => {
		const hits = rankHits(items, [
			{ position: 0, distance_km: 1, proximity: 'certain' },
			{ position: 2, distance_km: 1, proximity: 'possible' },
			{ position: 1, distance_km: 1, proximity: 'certain' },
			{ position: 0, distance_km: 0.5, proximity: 'possible' }
		]);
		expect(hits.map((h) => [h.id, h.distance_km, h.proximity])).toEqual([
			['b', 0.5, 'possible'],
			['a', 1, 'certain'],
			['a', 1, 'possible'],
			['b', 1, 'certain']
		]);
		expect(compareFound(items, { position: 1, distance_km: 2, proximity: 'certain' }, { position: 0, distance_km: 2, proximity: 'certain' })).toBeLessThan(0);
	});
});
