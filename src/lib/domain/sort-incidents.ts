import { fatalityCount } from './format';
import type { IncidentDigest } from './incident-digest';

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
export function sortIncidents<T extends IncidentDigest>(features: readonly T[], by: SortKey, distanceKm?: (f: T) => number): T[] {
	// ISO dates and ids order as plain strings; comparing them so (not with localeCompare, whose
	// first call loads the Intl collator) keeps 100,000 fast and the page's first sort cheap.
	const newer = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
	const byDate = (a: T, b: T) =>
		newer(a.properties.date_start, b.properties.date_start) ||
		newer(a.properties.date_end, b.properties.date_end) ||
		newer(b.id, a.id);
	const key =
		by === 'fatalities'
			? (f: T) => -(fatalityCount(f.properties) ?? -Infinity)
			: by === 'distance' && distanceKm
				? distanceKm
				: () => 0;
	const keyed = features.map((f) => ({ f, k: key(f) }));
	keyed.sort((a, b) => a.k - b.k || byDate(a.f, b.f));
	return keyed.map((x) => x.f);
}
