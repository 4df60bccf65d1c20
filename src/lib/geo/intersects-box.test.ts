import { bboxPolygon, booleanIntersects } from '@turf/turf';
import fc from 'fast-check';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadOverlays } from '../data/overlays';
import type { BBox } from '../domain/incident-query';
import { intersectsBox, type AreaGeometry } from './intersects-box';

/** A 10° square with a 4° hole in the middle. */
const framed: Polygon = {
	type: 'Polygon',
	coordinates: [
		[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
		[[3, 3], [3, 7], [7, 7], [7, 3], [3, 3]]
	]
};
const afg = loadOverlays().features.find((o) => o.id === 'country-afg')!.geometry as AreaGeometry;
const pipeline = loadOverlays().features.find((o) => o.id === 'cagp-lines-a-c')!.geometry as AreaGeometry;

describe('intersectsBox', () => {
	it('meets an area that overlaps the box, lies in it, or holds it; not in a hole or outside', () => {
		expect(intersectsBox(framed, [8, 8, 12, 12])).toBe(true); // a corner overlaps
		expect(intersectsBox(framed, [-5, -5, 15, 15])).toBe(true); // the area inside the box
		expect(intersectsBox(framed, [1, 1, 2, 2])).toBe(true); // the box inside the area
		expect(intersectsBox(framed, [4, 4, 6, 6])).toBe(false); // in the hole
		expect(intersectsBox(framed, [11, 0, 12, 10])).toBe(false);
		expect(intersectsBox(framed, [10, 2, 12, 4])).toBe(true); // touching the edge
	});

	it('meets a line that crosses the box with no point inside it', () => {
		const line: AreaGeometry = { type: 'LineString', coordinates: [[0, 5], [10, 5]] };
		expect(intersectsBox(line, [4, 4, 6, 6])).toBe(true);
		expect(intersectsBox(line, [4, 6, 6, 8])).toBe(false);
	});

	it('reads a map’s unwrapped bounds across the antimeridian, and a view of the whole world', () => {
		const fiji: AreaGeometry = { type: 'Polygon', coordinates: [[[-179.5, -17], [-178, -17], [-178, -16], [-179.5, -16], [-179.5, -17]]] };
		expect(intersectsBox(fiji, [170, -20, 190, -10])).toBe(true);
		expect(intersectsBox(fiji, [170, -20, -170, -10])).toBe(true);
		expect(intersectsBox(fiji, [170, -20, 179, -10])).toBe(false);
		expect(intersectsBox(afg, [-400, -80, 400, 80])).toBe(true);
		expect(intersectsBox(afg, [60 - 360, 30, 62 - 360, 32])).toBe(true);
	});

	it('agrees with Turf’s booleanIntersects on the real overlays and random views', () => {
		const lon = fc.double({ min: 40, max: 90, noNaN: true });
		const lat = fc.double({ min: 20, max: 50, noNaN: true });
		const size = fc.double({ min: 0.01, max: 20, noNaN: true });
		fc.assert(
			fc.property(lon, lat, size, size, fc.constantFrom(afg, pipeline, framed), (w, s, dw, dh, geometry) => {
				const box: BBox = [w, s, w + dw, s + dh];
				expect(intersectsBox(geometry, box)).toBe(booleanIntersects(geometry, bboxPolygon(box)));
			}),
			{ numRuns: 400 }
		);
	});
});
