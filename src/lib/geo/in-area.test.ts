import fc from 'fast-check';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { inArea } from './in-area';
import { LocatedIndex } from './located-index';
import { arbitrary } from './located.arbitrary';
import { naive } from './naive-proximity';
import type { Located } from './proximity';

/** A 1° box on the equator (≈ 111 km a side). */
const BOX: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
const item = (id: string, lon: number, lat: number, u: number): Located => ({ id, lon, lat, uncertainty_km: u });

describe('inArea', () => {
	const items = [
		item('deep', 0.5, 0.5, 10), // ~55 km from every edge
		item('near-edge', 0.95, 0.5, 10), // ~5.6 km inside
		item('just-outside', 1.05, 0.5, 10), // ~5.6 km outside, circle reaches in
		item('outside', 1.2, 0.5, 10), // ~22 km outside
		item('region', 3, 0.5, 300) // wide, 222 km away
	];
	const index = new LocatedIndex(items);

	it('gives inside items distance 0, certain when their circle stays inside', () => {
		const hits = inArea(index, BOX);
		expect(hits.map((h) => [h.id, h.proximity])).toEqual([
			['deep', 'certain'],
			['near-edge', 'possible'],
			['just-outside', 'possible'],
			['region', 'possible']
		]);
		expect(hits[0]?.distance_km).toBe(0);
		expect(hits[2]?.distance_km).toBeCloseTo(5.56, 1);
	});

	it('takes holes as boundary: an item in a hole is outside, at its distance to the hole edge', () => {
		const holed: Polygon = { type: 'Polygon', coordinates: [...BOX.coordinates, [[0.4, 0.4], [0.6, 0.4], [0.6, 0.6], [0.4, 0.6], [0.4, 0.4]]] };
		const hits = inArea(new LocatedIndex([item('in-hole', 0.5, 0.5, 20)]), holed);
		expect(hits[0]?.proximity).toBe('possible');
		expect(hits[0]?.distance_km).toBeCloseTo(11.1, 1);
	});

	it('counts a point on the edge as inside, possible unless exactly known', () => {
		const edge = new LocatedIndex([item('exact', 1, 0.5, 0), item('fuzzy', 1, 0.5, 1)]);
		expect(inArea(edge, BOX)).toEqual([
			{ id: 'exact', distance_km: 0, proximity: 'certain' },
			{ id: 'fuzzy', distance_km: 0, proximity: 'possible' }
		]);
	});

	it('refuses an area with coordinates out of range or too few positions', () => {
		const bad: Polygon = { type: 'Polygon', coordinates: [[[179, 0], [181, 0], [181, 1], [179, 0]]] };
		expect(() => inArea(index, bad)).toThrow(/area\[0\]\[1\] longitude/);
		expect(() => inArea(index, { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] })).toThrow(/at least 4/);
	});

	it('equals the naive Turf scan (circles, boxes, boxes split at ±180, near the poles, wide uncertainty)', () => {
		const scene = arbitrary.scene(100).chain((s) => fc.record({ s: fc.constant(s), area: arbitrary.area(s.anchor) }));
		fc.assert(
			fc.property(scene, ({ s, area }) => {
				expect(inArea(new LocatedIndex(s.items), area)).toEqual(naive.inArea(s.items, area));
			}),
			{ seed: 20240613, numRuns: 200 }
		);
	});

	it('equals the naive Turf scan for items right at their uncertainty from the edge, inside and out', () => {
		const scene = arbitrary.anchor.chain((a) =>
			arbitrary.area(a).chain((area) => {
				const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
				return fc.record({ area: fc.constant(area), items: arbitrary.hugging(rings, 0) });
			})
		);
		fc.assert(
			fc.property(scene, ({ area, items }) => {
				expect(inArea(new LocatedIndex(items), area)).toEqual(naive.inArea(items, area));
			}),
			{ seed: 20240616, numRuns: 200 }
		);
	});

	it('treats a box split at ±180 as one area (the cut is boundary, as in Turf)', () => {
		const split: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [
				[[[179, -1], [180, -1], [180, 1], [179, 1], [179, -1]]],
				[[[-180, -1], [-179, -1], [-179, 1], [-180, 1], [-180, -1]]]
			]
		};
		const across = [item('east', 179.5, 0, 1), item('west', -179.5, 0, 1), item('beyond', -178.9, 0, 20)];
		expect(inArea(new LocatedIndex(across), split).map((h) => [h.id, h.proximity])).toEqual([
			['east', 'certain'],
			['west', 'certain'],
			['beyond', 'possible']
		]);
	});
});
