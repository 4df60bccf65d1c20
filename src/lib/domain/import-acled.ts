import type { CategoryId } from './categories';
import { iso3FromName, iso3FromNumeric } from './country-code';
import type { DatePrecision, GeoPrecision } from './incident';
import { addDays, dayOfUnixSeconds, monthOfDay, readAcledDate } from './import-dates';
import { figures, pointIncident, sentence } from './import-incident';
import { listCell, RowReader, slugPart, type CsvRow, type RowResult } from './import-row';

/**
 * ACLED (Armed Conflict Location & Event Data) rows → incidents. The codes are read as ACLED's
 * codebook defines them (acleddata.com/methodology/acled-codebook); the kilometres are this
 * project's choice (see README, "Bring your own data").
 */

/** The columns every ACLED file has and the import reads (our own export has them too). */
export const ACLED_REQUIRED = [
	'event_id_cnty',
	'event_date',
	'time_precision',
	'event_type',
	'sub_event_type',
	'actor1',
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

/**
 * `geo_precision`: 1 a particular town (its coordinates); 2 a small part of a region or near a
 * town (coded to a town that stands for the area); 3 a larger region (a natural location or the
 * provincial capital stands for it).
 */
export const ACLED_GEO: Record<1 | 2 | 3, { geo: GeoPrecision; km: number }> = {
	1: { geo: 'city', km: 10 },
	2: { geo: 'district', km: 25 },
	3: { geo: 'province', km: 100 }
};

/**
 * `time_precision`: 1 the actual date; 2 a week or a similar period, `event_date` being its middle
 * (so ±3 days); 3 a month, `event_date` being its middle, first or last day (so the whole month).
 */
export const ACLED_TIME: Record<1 | 2 | 3, DatePrecision> = { 1: 'day', 2: 'week', 3: 'month' };

/**
 * ACLED event type › sub-event type → category. Each category's own pair maps to it; the other
 * sub-event types of Battles and Violence against civilians map to their event type's category;
 * Grenade to `remote-explosive` (an explosive not fired by artillery or aircraft: the nearest
 * category); every Strategic development to `strategic-other`. Chemical weapon, Protests and Riots
 * have no category here and are reported.
 */
export const ACLED_CATEGORY: Record<string, Record<string, CategoryId>> = {
	'explosions/remote violence': {
		'suicide bomb': 'suicide-bomb',
		'remote explosive/landmine/ied': 'remote-explosive',
		grenade: 'remote-explosive',
		'shelling/artillery/missile attack': 'shelling-missile',
		'air/drone strike': 'air-drone-strike'
	},
	battles: {
		'armed clash': 'armed-clash',
		'government regains territory': 'armed-clash',
		'non-state actor overtakes territory': 'armed-clash'
	},
	'violence against civilians': {
		attack: 'attack',
		'abduction/forced disappearance': 'attack',
		'sexual violence': 'attack'
	}
};

/** The category of an ACLED pair, or null when the taxonomy has none. */
export function acledCategory(eventType: string, subEventType: string): CategoryId | null {
	const type = eventType.trim().toLowerCase();
	if (type === 'strategic developments') return 'strategic-other';
	return ACLED_CATEGORY[type]?.[subEventType.trim().toLowerCase()] ?? null;
}

/** The parts every ACLED row gives, read once for both variants (ACLED's own files, our export). */
export function readAcledBasics(r: RowReader) {
	const eventType = r.required('event_type');
	const subEventType = r.required('sub_event_type');
	const category = eventType && subEventType ? acledCategory(eventType, subEventType) : null;
	if (eventType && subEventType && !category)
		r.add('event_type', `"${eventType} › ${subEventType}" has no category in this project's taxonomy`);
	const country = r.required('country');
	const isoCell = r.text('iso');
	const iso3 = (isoCell ? iso3FromNumeric(isoCell) : null) ?? (country ? iso3FromName(country) : null);
	if (country && !iso3)
		r.add(isoCell ? 'iso' : 'country', `no ISO 3166-1 country for "${isoCell ?? country}"`);
	const rawDate = r.required('event_date');
	const day = rawDate ? readAcledDate(rawDate) : null;
	if (rawDate && !day)
		r.add('event_date', `"${rawDate}" is not a date (expected YYYY-MM-DD or 16 February 2023)`);
	return {
		eventId: r.required('event_id_cnty'),
		eventType,
		subEventType,
		category,
		day,
		point: r.point(),
		place: { name: r.required('location'), admin1: r.text('admin1'), country, iso3: iso3 ?? '' },
		perpetrator: r.text('actor1'),
		targets: [...listCell(r.text('actor2')), ...listCell(r.text('assoc_actor_2'))],
		notes: r.text('notes')
	};
}

/** A row of one of ACLED's own files. */
export function acledIncident(row: CsvRow): RowResult {
	const r = new RowReader(row);
	const b = readAcledBasics(r);
	const time = r.code('time_precision', [1, 2, 3] as const);
	const geo = r.code('geo_precision', [1, 2, 3] as const);
	const deaths = r.count('fatalities');
	const slug = slugPart(b.eventId);
	if (b.eventId && !slug) r.add('event_id_cnty', `"${b.eventId}" has no letter or digit to make an id of`);
	if (r.problems.length || !b.category || !b.day || !b.point || time === null || geo === null)
		return { problems: r.problems };

	const [start, end] = time === 1 ? [b.day, b.day] : time === 2 ? [addDays(b.day, -3), addDays(b.day, 3)] : monthOfDay(b.day);
	const context = b.category === 'strategic-other';
	const what = b.subEventType.toLowerCase() === 'other' ? b.eventType : b.subEventType;
	const sources = r.text('source');
	const scale = r.text('source_scale');
	return {
		feature: pointIncident(b.point, {
			id: `acled-${slug}`,
			title: `${what} in ${b.place.name}`,
			kind: context ? 'context' : 'attack',
			category: b.category,
			date_start: start,
			date_end: end,
			date_precision: ACLED_TIME[time],
			place: b.place,
			geo_precision: ACLED_GEO[geo].geo,
			uncertainty_km: ACLED_GEO[geo].km,
			perpetrator: b.perpetrator,
			claim: null,
			targets: b.targets,
			// ACLED records 0 both when no death is reported and when it is unclear whether anyone died.
			fatalities: acledFatalities(deaths, context),
			injuries: context ? null : figures(null, null, null, null),
			summary: sentence(b.notes ?? `${what} in ${b.place.name}, ${b.place.country}, recorded by ACLED without notes`),
			sources: [
				{
					publisher: 'ACLED',
					title: `ACLED event ${b.eventId}`,
					date: dayOfUnixSeconds(r.text('timestamp') ?? ''),
					url: 'https://acleddata.com/',
					note: sources ? `Sources named by ACLED: ${sources}${scale ? ` (source scale: ${scale})` : ''}` : null
				}
			]
		})
	};
}

/**
 * ACLED's one figure is the most conservative reported number, so it is the low figure and the
 * best we have. ACLED records 0 both when no death is reported and when it is unclear whether
 * anyone died, so 0 is kept as a low figure only; for a non-violent development 0 means "does
 * not apply". An empty cell (not ACLED's practice) is unknown.
 */
function acledFatalities(deaths: number | null, context: boolean) {
	if (deaths === null) return figures(null, null, null, null);
	if (deaths > 0) return figures(deaths, deaths, null, 'ACLED (the most conservative reported figure)');
	return context ? null : figures(0, null, null, 'ACLED: 0, which ACLED also records when it is unclear whether anyone died');
}
