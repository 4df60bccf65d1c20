import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { LocatedIndex } from './located-index';
import type { Located } from './proximity';

const item = (id: string, lon: number, lat: number, u: number): Located => ({ id, lon, lat, uncertainty_km: u });

describe('LocatedIndex', () => {
	const items = [item('a', 0, 0, 0.5), item('b', 1, 0, 3), item('c', 2, 0, 300), item('d', 179.9, 89.9, 12)];
	const index = new LocatedIndex(items);

	it('splits items into uncertainty tiers, each with its largest uncertainty', () => {
		expect(index.size).toBe(4);
		expect(index.tierUncertaintiesKm).toEqual([0.5, 3, 12, 300]);
		expect(index.maxUncertaintyKm).toBe(300);
	});

	it('finds every item within a reach computed per tier, by Turf distance', () => {
		const reach = distance([0, 0], [1, 0]);
		expect(index.within([0, 0], () => reach).sort()).toEqual([0, 1]);
		expect(index.within([0, 0], (maxU) => (maxU === 300 ? 300 : 0)).sort()).toEqual([0, 2]);
	});

	it('lists each tier nearest first, and returns box hits once across overlapping boxes', () => {
		expect(index.nearestByTier([1.9, 0], 1)).toEqual([[0], [1], [3], [2]]);
		const box: [number, number, number, number] = [-1, -1, 1.5, 1];
		expect(index.inBoxes(() => [box, box]).sort()).toEqual([0, 1]);
	});

	it('refuses an item with a bad coordinate or uncertainty, naming its index, id and field', () => {
		expect(() => new LocatedIndex([item('x', 0, 0, 1), item('bad', 200, 0, 1)])).toThrow(/items\[1\] \(id "bad"\): lon/);
		expect(() => new LocatedIndex([item('y', 0, Number.NaN, 1)])).toThrow(/lat must be/);
		expect(() => new LocatedIndex([item('z', 0, 0, -2)])).toThrow(/uncertainty_km must be/);
		expect(() => new LocatedIndex([], { tierLimitsKm: [5, 2] })).toThrow(/ascending/);
	});

	it('answers on an empty set', () => {
		const empty = new LocatedIndex([]);
		expect(empty.within([0, 0], () => 1e4)).toEqual([]);
		expect(empty.nearestByTier([0, 0], 3)).toEqual([]);
	});
});
