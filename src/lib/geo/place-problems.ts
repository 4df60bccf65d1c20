import type { IncidentFeature } from '../domain/incident';
import type { DataProblem } from '../domain/problem';
import { countryShape } from './country-shape';
import { pointCountryDistance } from './point-country-distance';

const COORDINATES = 'geometry.coordinates';
const ISO3 = 'properties.place.iso3';

/**
 * Check each incident's point against its stated country (`place.iso3`, Natural Earth 1:50m):
 * - an iso3 code with no Natural Earth shape is a problem;
 * - a point farther outside the country than its `uncertainty_km` is a problem;
 * - when such a point, read as `[lat, lon]`, falls inside the country, the coordinates are
 *   reported as swapped instead.
 */
export function placeProblems(features: IncidentFeature[], file: string): DataProblem[] {
	const problems: DataProblem[] = [];
	for (const f of features) {
		const { iso3 } = f.properties.place;
		const shape = countryShape(iso3);
		if (!shape) {
			problems.push({
				file,
				feature: f.id,
				field: ISO3,
				reason: `unknown country code "${iso3}": no Natural Earth shape has it`
			});
			continue;
		}
		const [lon, lat] = f.geometry.coordinates;
		const km = pointCountryDistance([lon, lat], shape);
		if (km <= f.properties.uncertainty_km) continue;
		const swappedInside = Math.abs(lon) <= 90 && pointCountryDistance([lat, lon], shape) === 0;
		problems.push({
			file,
			feature: f.id,
			field: COORDINATES,
			reason: swappedInside
				? `longitude and latitude look swapped: [${lat}, ${lon}] lies inside ${iso3}`
				: `[${lon}, ${lat}] lies ${Math.round(km)} km outside ${shape.properties.name} (${iso3}), ` +
					`beyond its uncertainty_km of ${f.properties.uncertainty_km}`
		});
	}
	return problems;
}
