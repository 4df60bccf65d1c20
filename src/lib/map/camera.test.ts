import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { bbox } from '@turf/bbox';
import { boundsOf, cameraFromHash, unclusteredZoom } from './camera';
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

describe('cameraFromHash', () => {
	it('reads MapLibre’s #zoom/lat/lon, with bearing and pitch when given', () => {
		expect(cameraFromHash('#8.77/34.4021/69.2991')).toEqual({ zoom: 8.77, center: [69.2991, 34.4021], bearing: 0, pitch: 0 });
		expect(cameraFromHash('#5/40/70/12.5/30')).toEqual({ zoom: 5, center: [70, 40], bearing: 12.5, pitch: 30 });
	});

	it('is null for no hash or a malformed one', () => {
		for (const hash of ['', '#', '#details', '#8/34', '#8/95/69', '#8/34/200', '#a/b/c', '#8//69']) expect(cameraFromHash(hash)).toBeNull();
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
