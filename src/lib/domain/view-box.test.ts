import { describe, expect, it } from 'vitest';
import { viewBox } from './view-box';

describe('viewBox', () => {
	it('passes a box within the world through, rounded', () => {
		expect(viewBox([60.123456, 30, 75, 45.000001])).toEqual([60.1235, 30, 75, 45]);
	});
	it('wraps longitudes past the antimeridian, keeping minLon > maxLon', () => {
		expect(viewBox([170, -10, 190, 10])).toEqual([170, -10, -170, 10]);
		expect(viewBox([-200, 0, -170, 5])).toEqual([160, 0, -170, 5]);
	});
	it('is null for a view wider than the world, and clamps latitudes', () => {
		expect(viewBox([-250, -95, 200, 95])).toBeNull();
		expect(viewBox([0, -95, 180, 95])).toEqual([0, -90, 180, 90]);
	});
});
