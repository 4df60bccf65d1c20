import { cleanCoords, rewind, truncate } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * Round a polygon's coordinates to `decimals` places (4 ≈ 10 m), drop the repeated positions
 * rounding leaves, and wind it per RFC 7946 (exterior rings counter-clockwise, holes clockwise).
 */
export function tidyPolygon<G extends Polygon | MultiPolygon>(geometry: G, decimals = 4): G {
	const rounded = cleanCoords(truncate(geometry, { precision: decimals, coordinates: 2 })) as G;
	return rewind(rounded) as G;
}
