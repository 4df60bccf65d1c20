import {
	booleanPointInPolygon,
	flattenEach,
	pointToLineDistance,
	polygonToLine
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Kilometres from a `[lon, lat]` position to a country's polygon: 0 when the position lies inside
 * (or on the boundary), otherwise the geodesic distance to the nearest boundary line.
 */
export function pointCountryDistance(
	position: Position,
	country: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon
): number {
	if (booleanPointInPolygon(position, country)) return 0;
	let nearest = Infinity;
	flattenEach(polygonToLine(country), ({ geometry }) => {
		if (geometry.type !== 'LineString') return; // flattened, so never: narrows the type
		const d = pointToLineDistance(position, geometry, { units: 'kilometers' });
		if (d < nearest) nearest = d;
	});
	return nearest;
}
