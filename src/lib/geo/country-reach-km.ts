import { coordEach } from '@turf/turf';
import { distance } from '@turf/distance';
import type { Position } from 'geojson';
import { countryShape } from './country-shape';

/** The schema's largest `uncertainty_km`. */
const MAX_KM = 5000;

/**
 * How far a country reaches from a point in it, in whole kilometres (rounded up): the distance to
 * its farthest boundary vertex (Natural Earth 1:50m). A record placed only to the country, at that
 * point, is somewhere within this radius. Null when no country has the code. Capped at 5,000 km.
 */
export function countryReachKm(iso3: string, point: Position): number | null {
	const shape = countryShape(iso3);
	if (!shape) return null;
	let farthest = 0;
	coordEach(shape, (vertex) => {
		const km = distance(point, vertex, { units: 'kilometers' });
		if (km > farthest) farthest = km;
	});
	return Math.min(MAX_KM, Math.ceil(farthest));
}
