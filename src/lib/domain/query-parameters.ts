/**
 * The names and limits of `GET /api/incidents`'s parameters (`incident-query.ts` parses them):
 * what pages need to write links to the API without its parser.
 */

export const QUERY_PARAMETERS = [
	'from',
	'to',
	'category',
	'country',
	'q',
	'bbox',
	'min_fatalities',
	'perpetrator',
	'claim',
	'limit',
	'offset',
	'format',
	'near',
	'radius_km',
	'nearest',
	'k',
	'region',
	'corridor'
] as const;
export type QueryParameter = (typeof QUERY_PARAMETERS)[number];

/** The proximity modes, each named after its parameter; at most one per query. */
export const PROXIMITY_MODES = ['near', 'nearest', 'region', 'corridor'] as const;
export type ProximityMode = (typeof PROXIMITY_MODES)[number];

/** How a response can be written: GeoJSON (the default) or ACLED-style CSV. */
export const EXPORT_FORMATS = ['geojson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const DEFAULT_FORMAT: ExportFormat = 'geojson';

/** The default, and largest, number of results. */
export const MAX_LIMIT = 10_000;
/**
 * The most results a query may skip (`offset`): a deep page costs what it skips (the database
 * reads every row before it), so a million at most, enough to page through a million incidents.
 */
export const MAX_OFFSET = 1_000_000;
/** Half the Earth's circumference, rounded: every place is within 20,000 km of every other. */
export const MAX_RADIUS_KM = 20_000;
export const MAX_K = 1_000;
export const MAX_TEXT_LENGTH = 200;
/** The most values a list parameter (`category`, `country`) may name: more than there are countries. */
export const MAX_LIST_ITEMS = 250;
