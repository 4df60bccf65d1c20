import { describe, expect, it } from 'vitest';
import type { LineString, Polygon } from 'geojson';
import { boxesMeet, geometryBox } from './geometry-box';
import { countryShape } from './country-shape';

describe('geometryBox', () => {
	it('is the vertices’ box for short edges', () => {
		const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
		const [w, s, e, n] = geometryBox(square);
		expect([w, s, e]).toEqual([0, 0, 1]);
		// The top edge's great circle bulges north of latitude 1, by a hair.
		expect(n).toBeGreaterThan(1);
		expect(n).toBeLessThan(1.001);
	});

	it('holds the poleward bulge of a long east–west edge', () => {
		const line: LineString = { type: 'LineString', coordinates: [[0, 60], [90, 60]] };
		// The arc's top: tan φ = tan 60° / cos 45°.
		expect(geometryBox(line)[3]).toBeCloseTo((Math.atan(Math.tan(Math.PI / 3) / Math.cos(Math.PI / 4)) * 180) / Math.PI, 6);
	});

	it('is the whole world for an edge across ±180', () => {
		const line: LineString = { type: 'LineString', coordinates: [[179, 0], [-179, 1]] };
		expect(geometryBox(line)).toEqual([-180, -90, 180, 90]);
	});

	it('holds Afghanistan', () => {
		const [w, s, e, n] = geometryBox(countryShape('AFG')!.geometry);
		expect(w).toBeLessThan(61);
		expect(e).toBeGreaterThan(74.8);
		expect(s).toBeLessThan(29.5);
		expect(n).toBeGreaterThan(38.4);
	});
});

describe('boxesMeet', () => {
	it('is true for boxes that overlap or touch, false for boxes apart', () => {
		expect(boxesMeet([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
		expect(boxesMeet([0, 0, 1, 1], [0.5, -5, 0.6, 5])).toBe(true);
		expect(boxesMeet([0, 0, 1, 1], [1.1, 0, 2, 1])).toBe(false);
		expect(boxesMeet([0, 0, 1, 1], [0, 1.1, 1, 2])).toBe(false);
	});
});
