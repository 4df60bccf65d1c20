import type { CategoryId } from './categories';
import { iso3FromName } from './country-code';
import type { DatePrecision, GeoPrecision } from './incident';
import { readIsoDay } from './import-dates';
import { figures, pointIncident, sentence } from './import-incident';
import { RowReader, slugPart, type ImportContext, type RowImporter } from './import-row';

/**
 * UCDP GED (Uppsala Conflict Data Program, Georeferenced Event Dataset) rows → incidents. Codes as
 * the UCDP GED codebook defines them; the kilometres are this project's choice (see README).
 */

export const UCDP_REQUIRED = [
	'id',
	'type_of_violence',
	'side_a',
	'side_b',
	'where_prec',
	'latitude',
	'longitude',
	'country',
	'date_prec',
	'date_start',
	'date_end',
	'best',
	'low',
	'high',
	'source_article'
] as const;

/**
 * `where_prec`: 1 the exact location; 2 a limited area around a known location; 3 a second-order
 * administrative division (its centroid); 4 a first-order division (its centroid); 5 a part of a
 * country larger than a province, a point between two places or a loosely described place;
 * 6 only the country (its centroid): the radius is then the country's reach from that point;
 * 7 over water or in international airspace, which cannot be placed in a country, so reported.
 */
export const UCDP_WHERE: Record<1 | 2 | 3 | 4 | 5 | 6, { geo: GeoPrecision; km: number | 'country' }> = {
	1: { geo: 'city', km: 10 },
	2: { geo: 'district', km: 25 },
	3: { geo: 'district', km: 50 },
	4: { geo: 'province', km: 150 },
	5: { geo: 'region', km: 300 },
	6: { geo: 'country', km: 'country' }
};

/**
 * `date_prec`: 1 the exact day; 2 a span of 2–6 days; 3 a week; 4 a month; 5 a year. The span
 * itself is UCDP's `date_start`–`date_end`.
 */
export const UCDP_DATE: Record<1 | 2 | 3 | 4 | 5, DatePrecision> = { 1: 'day', 2: 'week', 3: 'week', 4: 'month', 5: 'year' };

/**
 * `type_of_violence`: 1 state-based conflict and 2 non-state conflict → `armed-clash`; 3 one-sided
 * violence (against civilians) → `attack`. UCDP does not say how (a bomb, an air strike), so
 * nothing finer can be chosen.
 */
export const UCDP_CATEGORY: Record<1 | 2 | 3, { category: CategoryId; label: string }> = {
	1: { category: 'armed-clash', label: 'State-based conflict' },
	2: { category: 'armed-clash', label: 'Non-state conflict' },
	3: { category: 'attack', label: 'One-sided violence' }
};

export function ucdpImporter(_header: readonly string[], context: ImportContext): RowImporter {
	return (row) => {
		const r = new RowReader(row);
		const id = r.required('id');
		const type = r.code('type_of_violence', [1, 2, 3] as const);
		const sideA = r.required('side_a');
		const sideB = r.required('side_b');
		const where = r.code('where_prec', [1, 2, 3, 4, 5, 6, 7] as const);
		if (where === 7) r.add('where_prec', '7 (over water or in international airspace) cannot be placed in a country');
		const point = r.point();
		const country = r.required('country');
		const iso3 = country ? iso3FromName(country) : null;
		if (country && !iso3) r.add('country', `no ISO 3166-1 country is called "${country}"`);
		const datePrec = r.code('date_prec', [1, 2, 3, 4, 5] as const);
		const [start, end] = (['date_start', 'date_end'] as const).map((column) => {
			const raw = r.required(column);
			const day = raw ? readIsoDay(raw) : null;
			if (raw && !day) r.add(column, `"${raw}" is not a date (expected YYYY-MM-DD)`);
			return day;
		});
		if (start && end && end < start) r.add('date_end', `${end} is before date_start ${start}`);
		const [low, best, high] = [r.count('low'), r.count('best'), r.count('high')];
		if (best !== null && ((low !== null && best < low) || (high !== null && best > high)))
			r.add('best', `${best} is not between low ${low ?? '?'} and high ${high ?? '?'}`);
		const slug = slugPart(id);
		if (id && !slug) r.add('id', `"${id}" has no letter or digit to make an id of`);
		if (r.problems.length || !type || !where || where === 7 || !point || !iso3 || !datePrec || !start || !end)
			return { problems: r.problems };

		const precision = UCDP_WHERE[where];
		const km = precision.km === 'country' ? context.countryReachKm(iso3, point) : precision.km;
		if (km === null) return { problems: [{ column: 'country', reason: `no country shape for ${iso3}` }] };
		const placeName = r.text('where_coordinates') ?? r.text('adm_2') ?? r.text('adm_1') ?? country;
		const { category, label } = UCDP_CATEGORY[type];
		const description = r.text('where_description');
		const relid = r.text('relid');
		const article = r.text('source_article');
		const headline = r.text('source_headline');
		return {
			feature: pointIncident(point, {
				id: `ucdp-${slug}`,
				title: type === 3 ? `${sideA} against civilians, ${placeName}` : `${sideA} – ${sideB}, ${placeName}`,
				kind: 'attack',
				category,
				date_start: start,
				date_end: end,
				date_precision: UCDP_DATE[datePrec],
				place: { name: placeName, admin1: r.text('adm_1'), country, iso3 },
				geo_precision: precision.geo,
				uncertainty_km: km,
				perpetrator: sideA,
				claim: null,
				targets: [sideB],
				fatalities: figures(low, best, high, 'UCDP GED (low, best and high estimates)'),
				injuries: figures(null, null, null, null),
				summary: sentence(`${label} between ${sideA} and ${sideB}${description ? `: ${description}` : ''}`),
				sources: [
					{
						publisher: 'UCDP GED',
						title: `UCDP GED event ${id}${relid ? ` (${relid})` : ''}`,
						date: null,
						url: 'https://ucdp.uu.se/',
						note: [article && `Sources named by UCDP: ${article}`, headline && `headline: ${headline}`].filter(Boolean).join('; ') || null
					}
				]
			})
		};
	};
}
