import type { Casualties, Claim, IncidentFeature, IncidentProperties } from './incident';

/**
 * What a map page's list, filters and timeline need of an incident, and nothing more: no summary,
 * sources, targets or claim details. A full `IncidentFeature` is one too, so a small dataset is
 * handed to the page whole; a large one (100,000 incidents) travels as digests, in the compact
 * table below, and the page fetches an incident's full record when the reader opens it.
 */
export interface IncidentDigest {
	type: 'Feature';
	id: string;
	geometry: { type: 'Point'; coordinates: [number, number] };
	properties: Pick<
		IncidentProperties,
		| 'id'
		| 'title'
		| 'kind'
		| 'category'
		| 'date_start'
		| 'date_end'
		| 'date_precision'
		| 'place'
		| 'geo_precision'
		| 'uncertainty_km'
		| 'area'
		| 'perpetrator'
	> & {
		claim: Pick<Claim, 'status'> | null;
		fatalities: Pick<Casualties, 'low' | 'best'> | null;
		/** Only on full records: digests leave it out (a large dataset's text search asks the server). */
		summary?: string;
	};
}

/** True when the page holds the incident's whole record, not only its digest. */
export function isFullIncident(f: IncidentDigest): f is IncidentFeature {
	return 'sources' in f.properties;
}

/** The columns of a digest table row, in order. */
const COLUMNS = [
	'id',
	'title',
	'lon',
	'lat',
	'date_start',
	'date_end',
	'date_precision',
	'category',
	'kind',
	'place',
	'admin1',
	'country',
	'iso3',
	'geo_precision',
	'uncertainty_km',
	'area',
	'perpetrator',
	'claim',
	'fatalities'
] as const;

type Row = [
	string,
	string,
	number,
	number,
	string,
	string,
	IncidentProperties['date_precision'],
	IncidentProperties['category'],
	IncidentProperties['kind'],
	string,
	string | null,
	string,
	string,
	IncidentProperties['geo_precision'],
	number,
	string | null,
	string | null,
	Claim['status'] | null,
	[low: number | null, best: number | null] | null
];

/** Digests as rows of values under one list of column names: a third of the size of objects. */
export interface DigestTable {
	columns: readonly string[];
	rows: Row[];
}

export function digestTable(features: readonly IncidentDigest[]): DigestTable {
	return {
		columns: COLUMNS,
		rows: features.map(({ id, geometry: { coordinates: [lon, lat] }, properties: p }) => [
			id,
			p.title,
			lon,
			lat,
			p.date_start,
			p.date_end,
			p.date_precision,
			p.category,
			p.kind,
			p.place.name,
			p.place.admin1,
			p.place.country,
			p.place.iso3,
			p.geo_precision,
			p.uncertainty_km,
			p.area,
			p.perpetrator,
			p.claim?.status ?? null,
			p.fatalities ? [p.fatalities.low, p.fatalities.best] : null
		])
	};
}

/** The digests of a table; throws when its columns are not the ones this code writes. */
export function readDigestTable(table: DigestTable): IncidentDigest[] {
	if (table.columns.join() !== COLUMNS.join()) throw new Error(`unexpected digest columns: ${table.columns.join(', ')}`);
	return table.rows.map(
		([id, title, lon, lat, date_start, date_end, date_precision, category, kind, name, admin1, country, iso3, geo_precision, uncertainty_km, area, perpetrator, claim, fatalities]) => ({
			type: 'Feature',
			id,
			geometry: { type: 'Point', coordinates: [lon, lat] },
			properties: {
				id,
				title,
				kind,
				category,
				date_start,
				date_end,
				date_precision,
				place: { name, admin1, country, iso3 },
				geo_precision,
				uncertainty_km,
				area,
				perpetrator,
				claim: claim ? { status: claim } : null,
				fatalities: fatalities ? { low: fatalities[0], best: fatalities[1] } : null
			}
		})
	);
}
