import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { arcBox } from './arc-box';
import type { LonLatBox } from './grow-box';
import { lineStrings } from './line-strings';

/**
 * A lon/lat box holding every point a distance to `geometry` is measured to: each edge's
 * great-circle arc (`arcBox`, so an arc bulging poleward stays inside) and, for an area, its inside
 * (within its vertices' box). Whole-world when an edge cannot be bounded tightly. Never crosses ±180.
 */
export function geometryBox(geometry: LineString | MultiLineString | Polygon | MultiPolygon): LonLatBox {
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { coordinates: c } of lineStrings(geometry)) {
		for (let i = 0; i < c.length; i++) {
			const [w, s, e, n] = arcBox(c[i]!, c[Math.min(i + 1, c.length - 1)]!);
			west = Math.min(west, w);
			south = Math.min(south, s);
			east = Math.max(east, e);
			north = Math.max(north, n);
		}
	}
	return [west, south, east, north];
}

/** Whether two boxes (neither crossing ±180) share a point. */
export function boxesMeet([w1, s1, e1, n1]: LonLatBox, [w2, s2, e2, n2]: LonLatBox): boolean {
	return w1 <= e2 && w2 <= e1 && s1 <= n2 && s2 <= n1;
}
