import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { unclusteredZoom } from './camera';
import { CLUSTER_MAX_ZOOM } from './incident-layers';

const pt = (id: string, lon: number, lat: number): Feature<Point> => ({
	type: 'Feature',
	id,
	properties: {},
	geometry: { type: 'Point', coordinates: [lon, lat] }
});

describe('unclusteredZoom', () => {
	it('zooms in further the closer the nearest other incident is', () => {
		const far = unclusteredZoom([62.2, 34.35], [pt('a', 62.2, 34.35), pt('b', 69.17, 34.53)], 'a');
		const near = unclusteredZoom([69.17, 34.53], [pt('a', 69.17, 34.53), pt('b', 69.22, 34.56)], 'a');
		expect(far).toBeLessThan(near);
		expect(near).toBeLessThanOrEqual(CLUSTER_MAX_ZOOM + 1);
	});

	it('goes to where clustering stops when another incident sits on the same spot', () => {
		expect(unclusteredZoom([69.17, 34.53], [pt('a', 69.17, 34.53), pt('b', 69.17, 34.53)], 'a')).toBe(CLUSTER_MAX_ZOOM + 1);
	});
});
