import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { bbox } from '@turf/bbox';
import { boundsOf, unclusteredZoom } from './camera';
import { loadOverlays } from '../data/overlays';
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

describe('boundsOf', () => {
	it('is the box Turf gives for every overlay, and for all of them together', () => {
		const overlays = loadOverlays().features;
		const box = (b: ReturnType<typeof boundsOf>) => [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
		for (const o of overlays) expect(box(boundsOf([o.geometry])), o.id).toEqual(bbox(o.geometry));
		expect(box(boundsOf(overlays.map((o) => o.geometry)))).toEqual(bbox({ type: 'FeatureCollection', features: overlays }));
		expect(boundsOf([]).isEmpty()).toBe(true);
	});
});
