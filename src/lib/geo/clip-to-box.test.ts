import { describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import type { Polygon } from 'geojson';
import { clipToBox } from './clip-to-box';

const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] };

describe('clipToBox', () => {
	it('keeps the part of an area inside the box', () => {
		const half = clipToBox(square, [1, -1, 3, 3])!;
		expect(area(half) / area(square)).toBeCloseTo(0.5, 2);
	});
	it('is null when the area lies outside the box', () => {
		expect(clipToBox(square, [10, 10, 11, 11])).toBeNull();
	});
});
