import { pointToLineDistance } from '@turf/turf';
import type { LineString, Position } from 'geojson';

/**
 * Turf's `pointToLineDistance` (km, its default geodesic method) from `position` to the nearest of
 * `lines`; Infinity for no lines. The plain form that `SegmentProbe` must agree with.
 */
export function lineDistanceKm(position: Position, lines: readonly LineString[]): number {
	let nearest = Infinity;
	for (const line of lines) {
		const d = pointToLineDistance(position, line, { units: 'kilometers' });
		if (d < nearest) nearest = d;
	}
	return nearest;
}
