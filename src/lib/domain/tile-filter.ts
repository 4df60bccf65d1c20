import { parseIncidentQuery, type IncidentFilter, type QueryProblem } from './incident-query';

/**
 * The filters a map page sends with its tiles, its in-view list and its month counts
 * (`/api/incident-months`): the filter parameters of
 * `GET /api/incidents`, parsed by its own parser (`parseIncidentQuery`), and nothing else
 * (no limit, format, box or proximity: a tile is its own box).
 *
 *   from, to, category, country, q, min_fatalities, perpetrator, claim
 *
 * As in the page's URL (`view-params.ts`), an empty list (`category=`) means "none of them"
 * (the reader unticked every box), so nothing matches.
 */
export const TILE_FILTER_PARAMETERS = ['from', 'to', 'category', 'country', 'q', 'min_fatalities', 'perpetrator', 'claim'] as const;

const LISTS = { category: 'categories', country: 'countries', perpetrator: 'perpetrators', claim: 'claims' } as const;

export function parseTileFilter(
	params: URLSearchParams,
	/** What takes these filters, for the reason a stray parameter is refused. */
	what = 'tiles'
): { filter: IncidentFilter } | { problems: QueryProblem[] } {
	const problems: QueryProblem[] = [];
	const known = new Set<string>(TILE_FILTER_PARAMETERS);
	const rest = new URLSearchParams();
	const none: IncidentFilter = {};
	for (const [name, value] of params) {
		if (!known.has(name)) problems.push({ parameter: name, reason: `is not one of the filters ${what} take: ${TILE_FILTER_PARAMETERS.join(', ')}` });
		else if (name in LISTS && value === '' && params.getAll(name).length === 1) none[LISTS[name as keyof typeof LISTS]] = [];
		else rest.append(name, value);
	}
	const parsed = parseIncidentQuery(rest);
	if ('problems' in parsed) problems.push(...parsed.problems);
	if (problems.length || 'problems' in parsed) return { problems };
	const { limit: _limit, ...filter } = parsed.query;
	return { filter: { ...filter, ...none } };
}
