import type { LonLat } from './lon-lat';
import type { CategoryId } from './categories';
import { CLAIM_FILTER_VALUES, type ClaimFilterValue } from './filter-values';
import { FILTER_PARAMETERS, parseFilterParam } from './filter-param';
import { wholeNumber } from './whole-number';
import {
	DEFAULT_FORMAT,
	EXPORT_FORMATS,
	MAX_K,
	MAX_LIMIT,
	MAX_LIST_ITEMS,
	MAX_OFFSET,
	MAX_RADIUS_KM,
	PROXIMITY_MODES,
	QUERY_PARAMETERS,
	type ExportFormat,
	type QueryParameter
} from './query-parameters';

/**
 * The query of `GET /api/incidents`: its parameters parsed from untrusted input into an
 * `IncidentQuery`, or a problem for every bad parameter, each naming the parameter and why.
 *
 *   from, to          YYYY-MM-DD; an incident matches when [date_start, date_end] overlaps [from, to]
 *   category          comma-separated category ids (any of them), at most 250
 *   country           comma-separated ISO 3166-1 alpha-3 codes, any case (any of them), at most 250
 *   q                 text search (`text-match.ts`), at most 200 characters
 *   bbox              minLon,minLat,maxLon,maxLat (minLon > maxLon crosses the antimeridian)
 *   min_fatalities    whole number ≥ 0, compared with the best figure, else low; unknown never matches > 0
 *   perpetrator       comma-separated perpetrator names (any of them), `unknown` for none recorded, at most 250
 *   claim             comma-separated claim statuses (claimed, attributed, unclaimed) or `none` (any of them)
 *   limit             1..10000 results, default 10000 (`total` still counts every match)
 *   offset            0..1000000 results skipped before those returned, default 0 (a page of a
 *                     longer answer, in the answer's own order: by date, or nearest first)
 *   format            geojson (default) or csv: how the response is written, not which incidents
 * and at most one proximity mode:
 *   near=lon,lat & radius_km       within radius_km (0 < R ≤ 20000) of the point
 *   nearest=lon,lat & k            the k (1..1000) nearest
 *   region=<area overlay id>       in the area
 *   corridor=<line overlay id> & radius_km   within radius_km of the line
 * Whether an overlay id exists, and is of the right kind, is checked where overlays are known.
 */


/** A bad parameter: which one (possibly one the API does not know) and why. */
export interface QueryProblem {
	parameter: string;
	reason: string;
}

export type QueryPoint = LonLat;
export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export type ProximityQuery =
	| { mode: 'near'; center: QueryPoint; radiusKm: number }
	| { mode: 'nearest'; center: QueryPoint; k: number }
	| { mode: 'region'; overlayId: string }
	| { mode: 'corridor'; overlayId: string; radiusKm: number };

/** The filters that need no geometry beyond a box (`filter-incidents.ts`); absent = no filter. */
export interface IncidentFilter {
	from?: string;
	to?: string;
	categories?: CategoryId[];
	/** Upper-case ISO3 codes. */
	countries?: string[];
	text?: string;
	bbox?: BBox;
	minFatalities?: number;
	/** Exact perpetrator names; `UNKNOWN_PERPETRATOR` stands for a record whose perpetrator is null. */
	perpetrators?: string[];
	/** Claim statuses; `NO_CLAIM` stands for a record whose claim is null (a meeting). */
	claims?: ClaimFilterValue[];
}

export { CLAIM_FILTER_VALUES, NO_CLAIM, UNKNOWN_PERPETRATOR, type ClaimFilterValue } from './filter-values';

export interface IncidentQuery extends IncidentFilter {
	/** 1..MAX_LIMIT. */
	limit: number;
	/** 1..MAX_OFFSET results skipped before the `limit` returned; absent = none (0 is never set). */
	offset?: number;
	proximity?: ProximityQuery;
}

/** A good query, and the format it was asked in (`format`; `DEFAULT_FORMAT` when absent). */
export type ParsedIncidentQuery = { query: IncidentQuery; format: ExportFormat } | { problems: QueryProblem[] };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const RADIUS_REASON = `must be a positive number of km, at most ${MAX_RADIUS_KM}`;
const K_REASON = `must be a whole number from 1 to ${MAX_K}`;
const LIMIT_REASON = `must be a whole number from 1 to ${MAX_LIMIT}`;
const OFFSET_REASON = `must be a whole number from 0 to ${MAX_OFFSET}`;

export function parseIncidentQuery(params: URLSearchParams): ParsedIncidentQuery {
	const problems: QueryProblem[] = [];
	const fail = (parameter: string, reason: string): undefined => void problems.push({ parameter, reason });
	const known = new Set<string>(QUERY_PARAMETERS);

	for (const name of new Set(params.keys())) {
		if (!known.has(name)) fail(name, `is not a known parameter; known: ${QUERY_PARAMETERS.join(', ')}`);
		else if (params.getAll(name).length > 1) fail(name, `is given ${params.getAll(name).length} times; give it once`);
	}
	/** The value of a known parameter given once; undefined when absent or repeated. */
	const value = (name: QueryParameter): string | undefined =>
		params.getAll(name).length === 1 ? params.get(name)! : undefined;
	const given = (name: QueryParameter) => params.has(name);

	const query: IncidentQuery = { limit: MAX_LIMIT };
	for (const name of FILTER_PARAMETERS) {
		const v = value(name);
		if (v === undefined) continue;
		const parsed = parseFilterParam(name, v);
		if ('reason' in parsed) fail(name, parsed.reason);
		else Object.assign(query, parsed.filter);
	}
	if (query.from && query.to && query.to < query.from) fail('to', `must not be before from (${query.from})`);

	const perpetrator = value('perpetrator');
	if (perpetrator !== undefined) {
		const names = perpetrator.split(',').map((s) => s.trim());
		if (names.length > MAX_LIST_ITEMS) fail('perpetrator', `must list at most ${MAX_LIST_ITEMS} values (got ${names.length})`);
		else if (names.includes('')) fail('perpetrator', 'must be a comma-separated list of perpetrator names, none empty');
		else query.perpetrators = [...new Set(names)];
	}

	const claim = value('claim');
	if (claim !== undefined) {
		const statuses = claim.split(',').map((s) => s.trim());
		const unknown = statuses.filter((c) => !(CLAIM_FILTER_VALUES as readonly string[]).includes(c));
		if (statuses.includes('')) fail('claim', 'must be a comma-separated list of claim statuses, none empty');
		else if (unknown.length > 0)
			fail('claim', `unknown claim status ${unknown.map((c) => `"${c}"`).join(', ')}; known: ${CLAIM_FILTER_VALUES.join(', ')}`);
		else query.claims = [...new Set(statuses)] as ClaimFilterValue[];
	}

	const bbox = value('bbox');
	const box = bbox === undefined ? undefined : parseBBox(bbox, (reason) => fail('bbox', reason));
	if (box) query.bbox = box;

	const limit = value('limit');
	if (limit !== undefined) {
		const n = wholeNumber(limit);
		if (n === undefined || n < 1 || n > MAX_LIMIT) fail('limit', LIMIT_REASON);
		else query.limit = n;
	}

	const offset = value('offset');
	if (offset !== undefined) {
		const n = wholeNumber(offset);
		if (n === undefined || n > MAX_OFFSET) fail('offset', OFFSET_REASON);
		else if (n > 0) query.offset = n;
	}

	let format: ExportFormat = DEFAULT_FORMAT;
	const formatValue = value('format');
	if (formatValue !== undefined) {
		if ((EXPORT_FORMATS as readonly string[]).includes(formatValue)) format = formatValue as ExportFormat;
		else fail('format', `must be one of ${EXPORT_FORMATS.join(', ')}`);
	}

	// Proximity: exactly one mode, with exactly the parameters that mode takes.
	const modes = PROXIMITY_MODES.filter(given);
	if (modes.length > 1)
		for (const mode of modes)
			fail(mode, `give at most one of ${PROXIMITY_MODES.join(', ')} (got ${modes.join(', ')})`);
	const mode = modes.length === 1 ? modes[0] : undefined;
	const takesRadius = mode === 'near' || mode === 'corridor';

	let radiusKm: number | undefined;
	if (given('radius_km')) {
		const v = value('radius_km');
		if (modes.length <= 1 && !takesRadius) fail('radius_km', 'applies only with near or corridor');
		else if (v !== undefined) {
			const n = decimal(v);
			if (n === undefined || n <= 0 || n > MAX_RADIUS_KM) fail('radius_km', RADIUS_REASON);
			else radiusKm = n;
		}
	} else if (takesRadius) fail('radius_km', `is required with ${mode}: ${RADIUS_REASON}`);

	let k: number | undefined;
	if (given('k')) {
		const v = value('k');
		if (modes.length <= 1 && mode !== 'nearest') fail('k', 'applies only with nearest');
		else if (v !== undefined) {
			const n = wholeNumber(v);
			if (n === undefined || n < 1 || n > MAX_K) fail('k', K_REASON);
			else k = n;
		}
	} else if (mode === 'nearest') fail('k', `is required with nearest: ${K_REASON}`);

	const point = (name: 'near' | 'nearest') => {
		const v = value(name);
		return v === undefined ? undefined : parsePoint(v, (reason) => fail(name, reason));
	};
	const overlay = (name: 'region' | 'corridor') => {
		const v = value(name);
		if (v === undefined) return undefined;
		return SLUG.test(v) ? v : fail(name, 'must be an overlay id, a lowercase slug such as fergana-valley');
	};
	if (mode === 'near') {
		const center = point('near');
		if (center && radiusKm !== undefined) query.proximity = { mode, center, radiusKm };
	} else if (mode === 'nearest') {
		const center = point('nearest');
		if (center && k !== undefined) query.proximity = { mode, center, k };
	} else if (mode === 'region') {
		const overlayId = overlay('region');
		if (overlayId) query.proximity = { mode, overlayId };
	} else if (mode === 'corridor') {
		const overlayId = overlay('corridor');
		if (overlayId && radiusKm !== undefined) query.proximity = { mode, overlayId, radiusKm };
	}

	return problems.length > 0 ? { problems } : { query, format };
}

/**
 * The query as it was understood, in the API's own parameter names and with its defaults filled
 * in (`limit`; `offset` when there is one): what a response echoes back so a client can see what
 * was applied.
 */
export function echoIncidentQuery(query: IncidentQuery): Record<string, unknown> {
	const echo = echoIncidentFilter(query);
	const p = query.proximity;
	if (p?.mode === 'near') Object.assign(echo, { near: p.center, radius_km: p.radiusKm });
	if (p?.mode === 'nearest') Object.assign(echo, { nearest: p.center, k: p.k });
	if (p?.mode === 'region') echo.region = p.overlayId;
	if (p?.mode === 'corridor') Object.assign(echo, { corridor: p.overlayId, radius_km: p.radiusKm });
	echo.limit = query.limit;
	if (query.offset) echo.offset = query.offset;
	return echo;
}

/** A filter as it was understood, in the API's own parameter names. */
export function echoIncidentFilter(query: IncidentFilter): Record<string, unknown> {
	const echo: Record<string, unknown> = {};
	if (query.from !== undefined) echo.from = query.from;
	if (query.to !== undefined) echo.to = query.to;
	if (query.categories) echo.category = query.categories;
	if (query.countries) echo.country = query.countries;
	if (query.text !== undefined) echo.q = query.text;
	if (query.bbox) echo.bbox = query.bbox;
	if (query.minFatalities !== undefined) echo.min_fatalities = query.minFatalities;
	if (query.perpetrators) echo.perpetrator = query.perpetrators;
	if (query.claims) echo.claim = query.claims;
	return echo;
}

function decimal(text: string): number | undefined {
	const t = text.trim();
	if (!DECIMAL.test(t)) return undefined;
	const n = Number(t);
	return Number.isFinite(n) ? n : undefined;
}

function lonLatProblem(lon: number, lat: number): string | undefined {
	if (lon < -180 || lon > 180) return `longitude ${lon} is outside -180..180`;
	if (lat < -90 || lat > 90) return `latitude ${lat} is outside -90..90`;
	return undefined;
}

function parsePoint(text: string, fail: (reason: string) => undefined): QueryPoint | undefined {
	const parts = text.split(',').map(decimal);
	if (parts.length !== 2 || parts.some((n) => n === undefined))
		return fail('must be lon,lat: two numbers in degrees, e.g. 69.17,34.53');
	const [lon, lat] = parts as [number, number];
	const problem = lonLatProblem(lon, lat);
	return problem ? fail(problem) : [lon, lat];
}

function parseBBox(text: string, fail: (reason: string) => undefined): BBox | undefined {
	const parts = text.split(',').map(decimal);
	if (parts.length !== 4 || parts.some((n) => n === undefined))
		return fail('must be minLon,minLat,maxLon,maxLat: four numbers in degrees, e.g. 60,30,75,45');
	const [minLon, minLat, maxLon, maxLat] = parts as BBox;
	const problem = lonLatProblem(minLon, minLat) ?? lonLatProblem(maxLon, maxLat);
	if (problem) return fail(problem);
	if (minLat > maxLat) return fail(`minLat ${minLat} must not exceed maxLat ${maxLat}`);
	return [minLon, minLat, maxLon, maxLat];
}
