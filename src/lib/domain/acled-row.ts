import isoCountries from 'i18n-iso-countries';
import { CATEGORIES } from './categories';
import type { DatePrecision, GeoPrecision, IncidentFeature } from './incident';

// i18n-iso-countries is CommonJS whose named exports Node's ESM loader cannot detect, so take the
// function off the default export (as `geo/world-atlas.ts` does).
const { alpha3ToNumeric } = isoCountries;

/**
 * One incident as a row of an ACLED-style table (the CSV export). Columns named as ACLED's
 * codebook names them come first, in ACLED's order, for every field we can fill honestly; our own
 * columns follow. Unknown is an empty cell, never 0.
 */

/** ACLED's columns, in ACLED's order. */
export const ACLED_COLUMNS = [
	'event_id_cnty',
	'event_date',
	'year',
	'time_precision',
	'disorder_type',
	'event_type',
	'sub_event_type',
	'actor1',
	'iso',
	'country',
	'admin1',
	'location',
	'latitude',
	'longitude',
	'geo_precision',
	'source',
	'notes',
	'fatalities'
] as const;

/** Our own columns, after ACLED's. */
export const EXTRA_COLUMNS = [
	'title',
	'date_end',
	'date_precision',
	'geo_precision_detail',
	'uncertainty_km',
	'kind',
	'claim_status',
	'claimed_by',
	'injuries_best',
	'fatalities_low',
	'fatalities_high',
	'source_urls'
] as const;

/** Added after the others when the rows answer a proximity query. */
export const PROXIMITY_COLUMNS = ['distance_km', 'proximity'] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number] | (typeof EXTRA_COLUMNS)[number] | (typeof PROXIMITY_COLUMNS)[number];
/** A cell: text (already guarded against formula injection), a number, or empty (`null`). */
export type Cell = string | number | null;
export type AcledRow = Partial<Record<AcledColumn, Cell>>;

/** The columns of an export, in order; with the proximity columns when the rows carry distances. */
export function acledColumns(withProximity: boolean): AcledColumn[] {
	return [...ACLED_COLUMNS, ...EXTRA_COLUMNS, ...(withProximity ? PROXIMITY_COLUMNS : [])];
}

/**
 * ACLED `time_precision`: 1 the day is known, 2 the week or month, 3 only the year.
 * (ACLED's codebook is coarser than our `date_precision`, which the export keeps beside it.)
 */
export const TIME_PRECISION_CODE: Record<DatePrecision, 1 | 2 | 3> = { day: 1, week: 2, month: 2, year: 3 };

/**
 * ACLED `geo_precision`: 1 the site, neighbourhood or town itself; 2 a district or province (the
 * event is placed at its centre or at a town in it); 3 a wider region or only the country.
 */
export const GEO_PRECISION_CODE: Record<GeoPrecision, 1 | 2 | 3> = {
	site: 1,
	neighbourhood: 1,
	city: 1,
	district: 2,
	province: 2,
	region: 3,
	country: 3
};

/**
 * ACLED `disorder_type` follows from `event_type` for every event type we use: Battles, Explosions/
 * Remote violence and Violence against civilians are political violence; Strategic developments
 * are their own disorder type. (Only Riots and Protests, which we never record, depend on more.)
 */
const DISORDER_TYPE: Record<string, string> = {
	Battles: 'Political violence',
	'Explosions/Remote violence': 'Political violence',
	'Violence against civilians': 'Political violence',
	'Strategic developments': 'Strategic developments'
};

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list, with tab and CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text safe to open in a spreadsheet: a cell starting with = + - @ (or a tab or carriage return)
 * gets a leading apostrophe, so it is shown as text and never evaluated as a formula.
 * Numbers are written by us and are never prefixed (a negative longitude stays a number).
 */
export function guardFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

const text = (value: string | null | undefined): Cell => (value == null || value === '' ? null : guardFormula(value));

/** Publishers in the order first cited, each once. */
function publishers(f: IncidentFeature): string {
	return [...new Set(f.properties.sources.map((s) => s.publisher))].join('; ');
}

/** An incident as a row; `hit` adds its distance and proximity (a proximity query's answer). */
export function acledRow(f: IncidentFeature, hit?: { distance_km: number; proximity: string }): AcledRow {
	const p = f.properties;
	const category = CATEGORIES[p.category];
	const [longitude, latitude] = f.geometry.coordinates;
	const iso = alpha3ToNumeric(p.place.iso3);
	const row: AcledRow = {
		event_id_cnty: text(p.id),
		event_date: p.date_start,
		year: Number(p.date_start.slice(0, 4)),
		time_precision: TIME_PRECISION_CODE[p.date_precision],
		disorder_type: DISORDER_TYPE[category.acledEventType] ?? null,
		event_type: category.acledEventType,
		sub_event_type: category.acledSubEventType,
		actor1: text(p.perpetrator),
		// ACLED writes the ISO 3166-1 numeric code as a number (Afghanistan is 4, not "004").
		iso: iso === undefined ? null : Number(iso),
		country: text(p.place.country),
		admin1: text(p.place.admin1),
		location: text(p.place.name),
		latitude,
		longitude,
		geo_precision: GEO_PRECISION_CODE[p.geo_precision],
		source: text(publishers(f)),
		notes: text(p.summary),
		fatalities: p.fatalities?.best ?? null,
		title: text(p.title),
		date_end: p.date_end,
		date_precision: p.date_precision,
		geo_precision_detail: p.geo_precision,
		uncertainty_km: p.uncertainty_km,
		kind: p.kind,
		claim_status: p.claim?.status ?? null,
		claimed_by: text(p.claim?.by),
		injuries_best: p.injuries?.best ?? null,
		fatalities_low: p.fatalities?.low ?? null,
		fatalities_high: p.fatalities?.high ?? null,
		source_urls: text(p.sources.map((s) => s.url).join(' '))
	};
	if (hit) {
		row.distance_km = hit.distance_km;
		row.proximity = hit.proximity;
	}
	return row;
}
