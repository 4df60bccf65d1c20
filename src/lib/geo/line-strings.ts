import { flattenEach, polygonToLine } from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/**
 * The single lines a distance is measured to: a line's parts, or an area's rings through Turf's
 * `polygonToLine` (outer rings and holes alike), each as a `LineString`.
 */
export function lineStrings(geometry: LineString | MultiLineString | Polygon | MultiPolygon): LineString[] {
	const lines: LineString[] = [];
	const source =
		geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? polygonToLine(geometry) : geometry;
	flattenEach(source, ({ geometry: g }) => {
		if (g.type === 'LineString') lines.push(g);
	});
	return lines;
}
