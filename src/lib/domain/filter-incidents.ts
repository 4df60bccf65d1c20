import { fatalityCount } from './format';
import type { IncidentDigest } from './incident-digest';
import type { BBox, IncidentFilter } from './incident-query';
import { NO_CLAIM, UNKNOWN_PERPETRATOR } from './filter-values';
import { incidentTextMatcher } from './text-match';

/**
 * Keep the incidents that pass every filter given (an absent filter passes everything), in their
 * original order. Proximity is not applied here: it needs geometry (`src/lib/geo/`).
 */
export function filterIncidents<T extends IncidentDigest>(features: readonly T[], filter: IncidentFilter): T[] {
	const tests: ((f: T) => boolean)[] = [];
	const { from, to, categories, countries, text, bbox, minFatalities, perpetrators, claims } = filter;
	// Intervals overlap when each starts before the other ends; ISO dates compare as strings.
	if (from !== undefined) tests.push((f) => f.properties.date_end >= from);
	if (to !== undefined) tests.push((f) => f.properties.date_start <= to);
	if (categories) {
		const wanted = new Set<string>(categories);
		tests.push((f) => wanted.has(f.properties.category));
	}
	if (countries) {
		const wanted = new Set(countries);
		tests.push((f) => wanted.has(f.properties.place.iso3));
	}
	if (perpetrators) {
		const wanted = new Set(perpetrators);
		tests.push((f) => wanted.has(f.properties.perpetrator ?? UNKNOWN_PERPETRATOR));
	}
	if (claims) {
		const wanted = new Set<string>(claims);
		tests.push((f) => wanted.has(f.properties.claim?.status ?? NO_CLAIM));
	}
	if (text !== undefined) {
		const matches = incidentTextMatcher(text);
		tests.push((f) => matches(f.properties));
	}
	if (bbox) tests.push((f) => inBBox(f.geometry.coordinates, bbox));
	if (minFatalities !== undefined && minFatalities > 0) {
		// Unknown deaths are not "at least n", however large they may really have been.
		tests.push((f) => (fatalityCount(f.properties) ?? -1) >= minFatalities);
	}
	return features.filter((f) => tests.every((test) => test(f)));
}

/** Inclusive of the edges; a box whose minLon exceeds its maxLon crosses the antimeridian. */
export function inBBox([lon, lat]: readonly [number, number], [minLon, minLat, maxLon, maxLat]: BBox): boolean {
	if (lat < minLat || lat > maxLat) return false;
	return minLon <= maxLon ? lon >= minLon && lon <= maxLon : lon >= minLon || lon <= maxLon;
}
