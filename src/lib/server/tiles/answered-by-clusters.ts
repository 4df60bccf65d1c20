import type { IncidentFilter } from '../../domain/incident-query';

/** The filters the precomputed grid answers exactly: its rows are per category and country. */
const GRID_FILTERS: ReadonlySet<string> = new Set<keyof IncidentFilter>(['categories', 'countries']);

/**
 * Whether the PostGIS tile tables' precomputed grid (`tile_clusters`) can answer `filter`
 * exactly: none, categories, countries (an empty list included: nothing matches), and
 * `minFatalities` 0 (no filter, as `filtered.sql` reads it). Any other filter (dates, text,
 * perpetrators, claims, a death toll, a box) needs the points.
 */
export function answeredByClusters(filter: IncidentFilter): boolean {
	return Object.entries(filter).every(
		([key, value]) => value === undefined || GRID_FILTERS.has(key) || (key === 'minFatalities' && value === 0)
	);
}
