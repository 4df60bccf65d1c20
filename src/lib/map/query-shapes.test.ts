import { describe, expect, it } from 'vitest';
import { distance } from '@turf/distance';
import type { Polygon } from 'geojson';
import { circleShapes, measureShapes } from './query-shapes';
import { pathLengthKm } from '../geo/path-length';
import { formatKm } from '../domain/format';

describe('query shapes', () => {
	it('draws a geodesic circle whose every vertex is R km from the centre', () => {
		const [ring] = circleShapes([69.17, 34.53], 50);
		for (const p of (ring!.geometry as Polygon).coordinates[0]!)
			expect(distance([69.17, 34.53], p, { units: 'kilometers' })).toBeCloseTo(50, 1);
	});

	it('measures a path and labels its last point with the total', () => {
		const kabulToHerat = pathLengthKm([[69.17, 34.53], [62.2, 34.35]]);
		expect(kabulToHerat).toBeGreaterThan(630);
		expect(kabulToHerat).toBeLessThan(650);
		const shapes = measureShapes([[69.17, 34.53], [62.2, 34.35]]);
		expect(shapes.map((s) => s.properties.role)).toEqual(['measure-line', 'measure-point', 'measure-point']);
		expect(shapes[2]!.properties.label).toBe(formatKm(kabulToHerat));
	});

	it('formats distances for reading', () => {
		expect(formatKm(0.42)).toBe('420 m');
		expect(formatKm(3.456)).toBe('3.46 km');
		expect(formatKm(42.34)).toBe('42.3 km');
		expect(formatKm(1234.4)).toBe('1,234 km');
	});
});
