import { describe, expect, it } from 'vitest';
import { lineDistanceKm } from './line-distance-km';

describe('lineDistanceKm', () => {
	it('takes the nearest line, Infinity for none', () => {
		const a = { type: 'LineString' as const, coordinates: [[0, 1], [1, 1]] };
		const b = { type: 'LineString' as const, coordinates: [[0, 2], [1, 2]] };
		expect(lineDistanceKm([0.5, 0], [b, a])).toBeCloseTo(111.195, 2);
		expect(lineDistanceKm([0.5, 0], [])).toBe(Infinity);
	});
});
