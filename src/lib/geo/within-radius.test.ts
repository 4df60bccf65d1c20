import { distance } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocatedIndex } from './located-index';
import { arbitrary } from './located.arbitrary';
import { naive } from './naive-proximity';
import type { Located } from './proximity';
import { withinRadius } from './within-radius';

const KABUL: [number, number] = [69.17, 34.53];
/** 10 km due north of Kabul, on Turf's sphere. */
const north = (km: number): [number, number] => [69.17, 34.53 + (km / 6371.0088) * (180 / Math.PI)];

describe('withinRadius', () => {
	const items: Located[] = [
		{ id: 'inside', lon: north(5)[0], lat: north(5)[1], uncertainty_km: 2 },
		{ id: 'straddles', lon: north(9)[0], lat: north(9)[1], uncertainty_km: 2 },
		{ id: 'touches', lon: north(11.99)[0], lat: north(11.99)[1], uncertainty_km: 2 },
		{ id: 'outside', lon: north(12.01)[0], lat: north(12.01)[1], uncertainty_km: 2 },
		{ id: 'country', lon: 66, lat: 33, uncertainty_km: 400 }
	];
	const index = new LocatedIndex(items);

	it('is certain when the circle fits, possible when it overlaps, and leaves out the rest', () => {
		const hits = withinRadius(index, KABUL, 10);
		expect(hits.map((h) => [h.id, h.proximity])).toEqual([
			['inside', 'certain'],
			['straddles', 'possible'],
			['touches', 'possible'],
			['country', 'possible']
		]);
		expect(hits[0]?.distance_km).toBeCloseTo(5, 9);
	});

	it('finds a country-level item (own uncertainty tier) ~300 km away', () => {
		expect(index.tierUncertaintiesKm).toEqual([2, 400]);
		expect(withinRadius(index, KABUL, 0).map((h) => h.id)).toEqual(['country']);
	});

	it('ranks equal distances by id', () => {
		const twins = new LocatedIndex([
			{ id: 'b', lon: 70, lat: 35, uncertainty_km: 0 },
			{ id: 'a', lon: 70, lat: 35, uncertainty_km: 0 }
		]);
		expect(withinRadius(twins, KABUL, 200).map((h) => h.id)).toEqual(['a', 'b']);
	});

	it('counts an item exactly on the radius as certain', () => {
		const d = distance(KABUL, [70, 35]);
		const one = new LocatedIndex([{ id: 'edge', lon: 70, lat: 35, uncertainty_km: 0 }]);
		expect(withinRadius(one, KABUL, d)).toEqual([{ id: 'edge', distance_km: d, proximity: 'certain' }]);
	});

	it('refuses a bad centre or radius, naming the argument', () => {
		expect(() => withinRadius(index, [181, 0], 1)).toThrow(/center longitude/);
		expect(() => withinRadius(index, [0, 91], 1)).toThrow(/center latitude/);
		expect(() => withinRadius(index, KABUL, -1)).toThrow(/radiusKm/);
		expect(() => withinRadius(index, KABUL, Number.NaN)).toThrow(RangeError);
	});

	it('equals the naive Turf scan (poles, antimeridian, wide uncertainty, ties; R 0.1–5,000 km)', () => {
		fc.assert(
			fc.property(arbitrary.scene(), arbitrary.radiusKm, ({ items, center }, r) => {
				expect(withinRadius(new LocatedIndex(items), center, r)).toEqual(naive.withinRadius(items, center, r));
			}),
			{ seed: 20240611, numRuns: 200 }
		);
	});

	it('equals the naive Turf scan for items right at R ± u (the certain/possible/outside edges)', () => {
		const scene = fc
			.tuple(arbitrary.scene(60), arbitrary.radiusKm)
			.chain(([s, r]) => fc.record({ s: fc.constant(s), r: fc.constant(r), ring: arbitrary.ringing(s.center, r) }));
		fc.assert(
			fc.property(scene, ({ s, r, ring }) => {
				const items = [...s.items, ...ring];
				expect(withinRadius(new LocatedIndex(items), s.center, r)).toEqual(naive.withinRadius(items, s.center, r));
			}),
			{ seed: 20240615, numRuns: 200 }
		);
	});
});
