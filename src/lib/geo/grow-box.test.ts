import { destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { growBox, type LonLatBox } from './grow-box';

const inside = ([lon, lat]: number[], boxes: LonLatBox[]) =>
	boxes.some(([w, s, e, n]) => (lon ?? 0) >= w && (lon ?? 0) <= e && (lat ?? 0) >= s && (lat ?? 0) <= n);

describe('growBox', () => {
	it('covers points at the distance in every direction, widest in longitude at high latitude', () => {
		const boxes = growBox([10, 60, 11, 61], 100);
		expect(boxes).toHaveLength(1);
		for (let b = 0; b < 360; b += 5) {
			expect(inside(destination([10, 61], 99.999, b).geometry.coordinates, boxes)).toBe(true);
		}
		expect(inside([13.5, 61], boxes)).toBe(false);
	});

	it('splits at the antimeridian', () => {
		const boxes = growBox([179.5, 0, 179.9, 1], 50);
		expect(boxes).toHaveLength(2);
		expect(inside([-179.9, 0.5], boxes)).toBe(true);
	});

	it('takes every longitude when a pole is within reach', () => {
		expect(growBox([0, 88, 1, 89], 300)).toEqual([[-180, expect.any(Number), 180, 90]]);
	});
});
