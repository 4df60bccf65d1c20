import { describe, expect, it } from 'vitest';
import { checkGeometry } from './check-geometry';

describe('checkGeometry', () => {
	it('refuses the wrong type, short lines and rings, and names the bad position', () => {
		const line = { type: 'LineString' as const, coordinates: [[0, 0], [1, 1]] };
		expect(() => checkGeometry(line, 'line', ['LineString'])).not.toThrow();
		expect(() => checkGeometry(line, 'area', ['Polygon'])).toThrow(/area must be a Polygon, got LineString/);
		expect(() => checkGeometry({ type: 'LineString', coordinates: [[0, 0]] }, 'line', ['LineString'])).toThrow(/at least 2/);
		const poly = { type: 'MultiPolygon' as const, coordinates: [[[[0, 0], [1, 0], [1, 100], [0, 0]]]] };
		expect(() => checkGeometry(poly, 'area', ['MultiPolygon'])).toThrow(/area\[0\]\[0\]\[2\] latitude/);
	});
});
