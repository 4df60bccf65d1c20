import type { IncidentFilter } from '../domain/incident-query';
import { writeViewParams, type ViewFilter } from '../domain/view-params';

/**
 * A map's incident data as the page hands it over: the features themselves, or (a large dataset)
 * the URLs the map fetches them from, carrying the page's filters in the same parameters as its
 * own URL, so the server draws exactly what the page lists. Features pass through unchanged.
 */
export function mapDataWithFilters<T extends { points: unknown; areas: unknown }>(
	data: T | { points: string; areas: string },
	filter: ViewFilter | IncidentFilter
): T | { points: string; areas: string } {
	if (typeof data.points !== 'string' || typeof data.areas !== 'string') return data;
	const query = writeViewParams(new URLSearchParams(), { filter, overlays: null }).toString();
	const at = (url: string) => (query ? `${url}?${query}` : url);
	return { points: at(data.points), areas: at(data.areas) };
}

/**
 * The tiles' URL template with the page's filters, in the page's own parameters (which the tiles
 * read, `tile-filter.ts`), or null when the map does not draw tiles.
 */
export function tilesWithFilters(template: string | null | undefined, filter: ViewFilter | IncidentFilter): string | null {
	if (!template) return null;
	const query = writeViewParams(new URLSearchParams(), { filter, overlays: null }).toString();
	return query ? `${template}?${query}` : template;
}
