import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { labelPoint } from './label-point';
import { countryShape } from './country-shape';

describe('labelPoint', () => {
	it('puts the label of a C-shaped polygon on the polygon, not in its hollow', () => {
		const cShape = {
			type: 'Polygon' as const,
			coordinates: [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 8], [10, 8], [10, 10], [0, 10], [0, 0]]]
		};
		const p = labelPoint(cShape);
		expect(booleanPointInPolygon(p, cShape)).toBe(true);
	});

	it('labels a multi-part country on its largest part', () => {
		const afg = countryShape('AFG')!;
		const [lon, lat] = labelPoint(afg.geometry);
		expect(lon).toBeGreaterThan(63);
		expect(lon).toBeLessThan(69);
		expect(lat).toBeGreaterThan(32);
		expect(lat).toBeLessThan(36);
	});
});
