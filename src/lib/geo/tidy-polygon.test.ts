import { describe, expect, it } from 'vitest';
import { booleanClockwise } from '@turf/turf';
import type { Polygon } from 'geojson';
import { tidyPolygon } from './tidy-polygon';

describe('tidyPolygon', () => {
	it('rounds, drops repeated positions and winds the exterior ring counter-clockwise', () => {
		const clockwise: Polygon = {
			type: 'Polygon',
			coordinates: [[[0, 0], [0, 1.000001], [0, 1], [1, 1], [1, 0], [0, 0]]]
		};
		const tidy = tidyPolygon(clockwise, 4);
		expect(tidy.coordinates[0]).toHaveLength(5);
		expect(booleanClockwise(tidy.coordinates[0]!)).toBe(false);
	});
});
