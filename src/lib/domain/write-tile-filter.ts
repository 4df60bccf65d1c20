import type { IncidentFilter } from './incident-query';

/**
 * A filter written as tile (and API) parameters, in a fixed order (the same filter, the same URL
 * and cache key). Apart from the parser (`tile-filter.ts`), so that a map page writes its tile
 * and list URLs without loading the API's parser.
 */
export function writeTileFilter(filter: IncidentFilter): URLSearchParams {
	const out = new URLSearchParams();
	const sorted = (list: readonly string[]) => [...list].sort().join(',');
	if (filter.from) out.set('from', filter.from);
	if (filter.to) out.set('to', filter.to);
	if (filter.categories) out.set('category', sorted(filter.categories));
	if (filter.countries) out.set('country', sorted(filter.countries));
	if (filter.text?.trim()) out.set('q', filter.text.trim());
	if (filter.minFatalities !== undefined) out.set('min_fatalities', String(filter.minFatalities));
	if (filter.perpetrators) out.set('perpetrator', sorted(filter.perpetrators));
	if (filter.claims) out.set('claim', sorted(filter.claims));
	return out;
}
