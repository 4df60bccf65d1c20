import { PROXIMITY_MODES, QUERY_PARAMETERS, type ExportFormat } from './query-parameters';

/** Parameters that belong to a proximity question; they come from the question, not the page URL. */
const PROXIMITY_PARAMETERS = new Set<string>([...PROXIMITY_MODES, 'radius_km', 'k']);
/** Never carried over from a page: an export is the whole filtered set, in the format asked. */
const NOT_CARRIED = new Set<string>(['limit', 'offset', 'format']);

/**
 * The `GET /api/incidents` parameters that export what a page shows: the page URL's parameters
 * that the API knows as filters (whatever the page calls `from`, `category`, … passes through;
 * anything else, such as `incident`, is dropped), the proximity question translated into API
 * parameters (`apiParams`; the page writes `nearby` for a question about an incident, which the
 * API asks as `near`), and `format`.
 */
export function exportParams(page: URLSearchParams, proximity: URLSearchParams | null, format: ExportFormat): URLSearchParams {
	const out = new URLSearchParams();
	for (const name of QUERY_PARAMETERS) {
		if (PROXIMITY_PARAMETERS.has(name) || NOT_CARRIED.has(name)) continue;
		for (const value of page.getAll(name)) out.append(name, value);
	}
	for (const [name, value] of proximity ?? []) if (PROXIMITY_PARAMETERS.has(name)) out.set(name, value);
	out.set('format', format);
	return out;
}
