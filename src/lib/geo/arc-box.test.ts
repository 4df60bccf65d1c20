import { describe, expect, it } from 'vitest';
import { arcBox } from './arc-box';

describe('arcBox', () => {
	it('reaches the arc’s highest latitude between two points on the same parallel', () => {
		const [w, s, e, n] = arcBox([0, 60], [40, 60]);
		expect([w, s, e]).toEqual([0, 60, 40]);
		expect(n).toBeCloseTo(61.52, 2); // the great circle bulges north of the 60th parallel
	});

	it('is the endpoints’ box for a meridian arc, a point for a point', () => {
		expect(arcBox([5, 10], [5, 20])).toEqual([5, 10, 5, 20]);
		expect(arcBox([5, 10], [5, 10])).toEqual([5, 10, 5, 10]);
	});

	it('falls back to the world across ±180', () => {
		expect(arcBox([179, 0], [-179, 0])).toEqual([-180, -90, 180, 90]);
	});
});
