import type { CategoryId } from './categories';
import { iso3FromName } from './country-code';
import type { Claim, DatePrecision, GeoPrecision } from './incident';
import { isoDay, monthOfDay, yearSpan } from './import-dates';
import { figures, pointIncident, sentence } from './import-incident';
import { listCell, RowReader, slugPart, type CsvRow, type RowResult } from './import-row';

/**
 * GTD (Global Terrorism Database, START, University of Maryland) rows → incidents. Codes as the
 * GTD codebook defines them; the kilometres are this project's choice (see README).
 */

export const GTD_REQUIRED = [
	'eventid',
	'iyear',
	'imonth',
	'iday',
	'country_txt',
	'latitude',
	'longitude',
	'specificity',
	'attacktype1_txt',
	'gname',
	'nkill'
] as const;

/**
 * `specificity`: 1 a city, village or town, at its coordinates; 2 a city whose coordinates could
 * not be found, and 3 a place outside any city: both at the centroid of the smallest
 * administrative region identified; 4 the centre of a first-order region; 5 no first-order region
 * could be identified, so the coordinates are unknown: such rows are reported.
 */
export const GTD_SPECIFICITY: Record<1 | 2 | 3 | 4, { geo: GeoPrecision; km: number }> = {
	1: { geo: 'city', km: 10 },
	2: { geo: 'district', km: 50 },
	3: { geo: 'district', km: 50 },
	4: { geo: 'province', km: 150 }
};

/**
 * `attacktype1_txt` → category. Bombing/Explosion is `remote-explosive`, or `suicide-bomb` when
 * the optional `suicide` column is 1; every other attack type (armed assault, assassination,
 * hostage taking, hijacking, facility attack, unarmed assault, unknown) is `attack`, the nearest
 * category: GTD records terrorist attacks, not battles.
 */
export const GTD_ATTACK_TYPES = [
	'Assassination',
	'Armed Assault',
	'Bombing/Explosion',
	'Hijacking',
	'Hostage Taking (Barricade Incident)',
	'Hostage Taking (Kidnapping)',
	'Facility/Infrastructure Attack',
	'Unarmed Assault',
	'Unknown'
] as const;

/** GTD writes "Unknown" where a name is not known. */
const known = (value: string | null) => (value && value.toLowerCase() !== 'unknown' ? value : null);

/**
 * `claimed`: 1 yes, 0 no, -9 unknown. A claim is by the group GTD names; an unknown claim is
 * left out (`null`).
 */
function claimOf(code: string | null, group: string | null): Claim | null {
	if (code === '1') return { status: 'claimed', by: group, outlet: null, note: null };
	if (code === '0') return { status: 'unclaimed', by: null, outlet: null, note: null };
	return null;
}

/** The date range and precision: a day, or (day 0) the month, or (month 0) the year. */
function dates(r: RowReader): { start: string; end: string; precision: DatePrecision } | null {
	const year = r.number('iyear');
	const month = r.code('imonth', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const);
	const dayText = r.required('iday');
	if (year === null || month === null || !dayText) return null;
	const day = Number(dayText);
	if (!Number.isInteger(year) || year < 1 || year > 9999) return (r.add('iyear', `"${year}" is not a year`), null);
	if (month === 0) return { ...span(yearSpan(year)), precision: 'year' };
	if (day === 0) return { ...span(monthOfDay(isoDay(year, month, 1)!)), precision: 'month' };
	const iso = Number.isInteger(day) ? isoDay(year, month, day) : null;
	if (!iso) return (r.add('iday', `${year}-${month}-${dayText} is not a day of the calendar`), null);
	return { start: iso, end: iso, precision: 'day' };
}

const span = ([start, end]: [string, string]) => ({ start, end });

export function gtdIncident(row: CsvRow): RowResult {
	const r = new RowReader(row);
	const eventId = r.required('eventid');
	const when = dates(r);
	const country = r.required('country_txt');
	const iso3 = country ? iso3FromName(country) : null;
	if (country && !iso3) r.add('country_txt', `no ISO 3166-1 country is called "${country}" (a former state?)`);
	const point = r.point();
	const specificity = r.code('specificity', [1, 2, 3, 4, 5] as const);
	if (specificity === 5) r.add('specificity', '5: GTD could not identify a first-order region, so the coordinates are unknown');
	const attack = r.choice('attacktype1_txt', GTD_ATTACK_TYPES);
	const [killed, wounded] = [r.count('nkill'), r.count('nwound')];
	const slug = slugPart(eventId);
	if (eventId && !slug) r.add('eventid', `"${eventId}" has no letter or digit to make an id of`);
	if (r.problems.length || !when || !iso3 || !point || !specificity || specificity === 5 || !attack)
		return { problems: r.problems };

	const group = known(r.text('gname'));
	const admin1 = known(r.text('provstate'));
	const placeName = known(r.text('city')) ?? admin1 ?? country;
	const category: CategoryId =
		attack === 'Bombing/Explosion' ? (r.text('suicide') === '1' ? 'suicide-bomb' : 'remote-explosive') : 'attack';
	const approx = r.text('approxdate');
	const summary = r.text('summary');
	const citations = ['scite1', 'scite2', 'scite3'].map((c) => r.text(c)).filter(Boolean);
	return {
		feature: pointIncident(point, {
			id: `gtd-${slug}`,
			title: `${attack === 'Unknown' ? 'Attack' : attack} in ${placeName}`,
			kind: 'attack',
			category,
			date_start: when.start,
			date_end: when.end,
			date_precision: when.precision,
			place: { name: placeName, admin1, country, iso3 },
			geo_precision: GTD_SPECIFICITY[specificity].geo,
			uncertainty_km: GTD_SPECIFICITY[specificity].km,
			perpetrator: group,
			claim: claimOf(r.text('claimed'), group),
			targets: [...listCell(known(r.text('targtype1_txt'))), ...listCell(known(r.text('target1')))],
			fatalities: figures(null, killed, null, killed === null ? null : 'GTD (confirmed deaths, attackers included)'),
			injuries: figures(null, wounded, null, wounded === null ? null : 'GTD (confirmed injured)'),
			summary: sentence(
				(summary ?? `${attack} in ${placeName}, ${country}, recorded by GTD without a summary`) +
					(approx ? ` (GTD gives the date as “${approx}”)` : '')
			),
			sources: [
				{
					publisher: 'Global Terrorism Database (START)',
					title: `GTD incident ${eventId}`,
					date: null,
					url: 'https://www.start.umd.edu/gtd/',
					note: citations.length ? `Sources cited by GTD: ${citations.join(' | ')}` : null
				}
			]
		})
	};
}
