import { describe, expect, it } from 'vitest';
import { unitVector } from './unit-vector';

describe('unitVector', () => {
	it('points at the axes for 0°E, 90°E and the north pole', () => {
		expect(unitVector([0, 0])).toEqual([1, 0, 0]);
		const [x, y, z] = unitVector([90, 0]);
		expect([x, y, z].map((v) => Math.round(v * 1e12) / 1e12)).toEqual([0, 1, 0]);
		expect(unitVector([123, 90])[2]).toBe(1);
	});

	it('gives the same vector for lon 180 and -180', () => {
		const a = unitVector([180, 12]);
		const b = unitVector([-180, 12]);
		a.forEach((v, i) => expect(v).toBeCloseTo(b[i] ?? NaN, 12));
	});
});
