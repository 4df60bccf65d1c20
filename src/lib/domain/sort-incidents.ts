import { fatalityCount } from './format';
import type { IncidentFeature } from './incident';

export const SORT_KEYS = ['date', 'fatalities', 'distance'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABEL: Record<SortKey, string> = {
	date: 'Date (newest first)',
	fatalities: 'Deaths (most first)',
	distance: 'Distance from the map centre'
};

/**
 * A sorted copy. By date: newest start first, then newest end. By fatalities: most first, unknown
 * last. By distance: nearest first, measured by `distanceKm` (the caller's geometry); without it,
 * the order is unchanged. Ties keep the date order, newest first, then id, so the order is stable.
 */
export function sortIncidents(
	features: readonly IncidentFeature[],
	by: SortKey,
	distanceKm?: (f: IncidentFeature) => number
): IncidentFeature[] {
	const byDate = (a: IncidentFeature, b: IncidentFeature) =>
		b.properties.date_start.localeCompare(a.properties.date_start) ||
		b.properties.date_end.localeCompare(a.properties.date_end) ||
		a.id.localeCompare(b.id);
	const key =
		by === 'fatalities'
			? (f: IncidentFeature) => -(fatalityCount(f.properties) ?? -Infinity)
			: by === 'distance' && distanceKm
				? distanceKm
				: () => 0;
	const keyed = features.map((f) => ({ f, k: key(f) }));
	keyed.sort((a, b) => a.k - b.k || byDate(a.f, b.f));
	return keyed.map((x) => x.f);
}
