import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LineString, Polygon } from 'geojson';
import { areaProximity, lineReach, reachHit } from './area-proximity';
import { countryShape } from './country-shape';

const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
const afg = countryShape('AFG')!.geometry;

describe('areaProximity: a record known only to an area', () => {
	it('is possible within a radius that reaches part of its area, certain when the radius holds all of it', () => {
		expect(areaProximity(square, { kind: 'circle', center: [0.5, 0.5], radiusKm: 10 })).toEqual({ distance_km: 0, proximity: 'possible' });
		expect(areaProximity(square, { kind: 'circle', center: [0.5, 0.5], radiusKm: 100 })?.proximity).toBe('certain');
		const outside = areaProximity(square, { kind: 'circle', center: [2, 0.5], radiusKm: 120 })!;
		expect(outside.proximity).toBe('possible');
		expect(outside.distance_km).toBeCloseTo(111.2, 0);
		expect(areaProximity(square, { kind: 'circle', center: [2, 0.5], radiusKm: 100 })).toBeNull();
	});

	it('places Afghanistan-level records near Kabul only as possible, and nowhere near a pipeline it does not reach', () => {
		expect(areaProximity(afg, { kind: 'circle', center: [69.17, 34.53], radiusKm: 25 })?.proximity).toBe('possible');
		const pipeline: LineString = { type: 'LineString', coordinates: [[63.6, 39.4], [69.2, 41.3], [80.4, 44.2]] };
		expect(areaProximity(afg, { kind: 'line', line: pipeline, radiusKm: 50 })).toBeNull();
		expect(areaProximity(afg, { kind: 'line', line: pipeline, radiusKm: 400 })?.proximity).toBe('possible');
	});

	it('is certain inside a region that holds the whole area, possible when they only overlap', () => {
		const big: Polygon = { type: 'Polygon', coordinates: [[[-1, -1], [2, -1], [2, 2], [-1, 2], [-1, -1]]] };
		const half: Polygon = { type: 'Polygon', coordinates: [[[0.5, -1], [2, -1], [2, 2], [0.5, 2], [0.5, -1]]] };
		const apart: Polygon = { type: 'Polygon', coordinates: [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]] };
		expect(areaProximity(square, { kind: 'area', area: big })).toEqual({ distance_km: 0, proximity: 'certain' });
		expect(areaProximity(square, { kind: 'area', area: half })).toEqual({ distance_km: 0, proximity: 'possible' });
		expect(areaProximity(square, { kind: 'area', area: apart })).toBeNull();
	});

	it('measures a line record (a pipeline route) from a point', () => {
		const route: LineString = { type: 'LineString', coordinates: [[0, 0], [0, 1]] };
		expect(areaProximity(route, { kind: 'point', center: [0.1, 0.5] })?.distance_km).toBeCloseTo(11.1, 0);
	});

	it('skips a record a circle cannot reach by its box, with the same answer as measuring it', () => {
		const pipeline: LineString = { type: 'LineString', coordinates: [[63.6, 39.4], [69.2, 41.3], [80.4, 44.2]] };
		const polar: LineString = { type: 'LineString', coordinates: [[-170, 80], [10, 80]] };
		const center = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
		const nearAfg = fc.tuple(fc.double({ min: 55, max: 80, noNaN: true }), fc.double({ min: 25, max: 45, noNaN: true }));
		fc.assert(
			fc.property(
				fc.constantFrom(afg, pipeline, polar, square),
				fc.oneof(center, nearAfg),
				fc.double({ min: 0.001, max: 3000, noNaN: true }),
				(record, c, radiusKm) => {
					const d = areaProximity(record, { kind: 'point', center: c as [number, number] })!.distance_km;
					const hit = areaProximity(record, { kind: 'circle', center: c as [number, number], radiusKm });
					expect(hit === null).toBe(d > radiusKm);
					if (hit) expect(hit.distance_km).toBe(d);
				}
			),
			{ seed: 20261125, numRuns: 300 }
		);
	});

	it('answers a line question from the reach, for any radius', () => {
		const pipeline: LineString = { type: 'LineString', coordinates: [[63.6, 39.4], [69.2, 41.3], [80.4, 44.2]] };
		const reach = lineReach(afg, pipeline);
		expect(reach.nearest_km).toBeGreaterThan(50);
		expect(reach.farthest_km).toBeGreaterThan(reach.nearest_km);
		for (const r of [10, reach.nearest_km, 400, reach.farthest_km, 5000])
			expect(reachHit(reach, r)).toEqual(areaProximity(afg, { kind: 'line', line: pipeline, radiusKm: r }));
		expect(reachHit(reach, reach.nearest_km)?.proximity).toBe('possible');
		expect(reachHit(reach, reach.farthest_km)?.proximity).toBe('certain');
	});
});
