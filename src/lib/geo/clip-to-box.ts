import { bboxPolygon, feature, featureCollection, intersect } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

/** The part of an area inside a [west, south, east, north] box, or null when they do not meet. */
export function clipToBox(
	geometry: Polygon | MultiPolygon,
	box: [number, number, number, number]
): Polygon | MultiPolygon | null {
	return intersect(featureCollection([feature(geometry), bboxPolygon(box)]))?.geometry ?? null;
}
