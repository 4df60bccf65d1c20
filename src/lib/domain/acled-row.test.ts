import { describe, expect, it } from 'vitest';
import { acledColumns, acledRow, ACLED_COLUMNS, guardFormula } from './acled-row';
import { DATE_PRECISIONS, GEO_PRECISIONS, incidentFeatureSchema, type IncidentFeature, type IncidentProperties } from './incident';

/** A valid incident (checked against the schema), with `changes` applied to its properties. */
function incident(changes: Partial<IncidentProperties> = {}): IncidentFeature {
	return incidentFeatureSchema.parse({
		type: 'Feature',
		id: 'x-1',
		geometry: { type: 'Point', coordinates: [-69.5, 34.25] },
		properties: {
			id: 'x-1',
			title: 'A bombing',
			kind: 'attack',
			category: 'suicide-bomb',
			date_start: '2022-09-05',
			date_end: '2022-09-05',
			date_precision: 'day',
			place: { name: 'Darulaman Road, Kabul', admin1: 'Kabul', country: 'Afghanistan', iso3: 'AFG' },
			geo_precision: 'site',
			uncertainty_km: 0.2,
			area: null,
			perpetrator: 'ISKP',
			claim: { status: 'claimed', by: 'Islamic State', outlet: 'Amaq', note: null },
			targets: ['embassy staff'],
			fatalities: { low: 6, best: 6, high: 8, reported_by: 'Reuters' },
			injuries: { low: null, best: 10, high: null, reported_by: null },
			summary: 'A suicide bomber struck, near the gate; "several" died.',
			sources: [
				{ publisher: 'Reuters', title: 'One', date: null, url: 'https://example.org/1', note: null },
				{ publisher: 'AP', title: 'Two', date: null, url: 'https://example.org/2', note: null },
				{ publisher: 'Reuters', title: 'Three', date: null, url: 'https://example.org/3', note: null }
			],
			...changes
		}
	});
}

describe('acledRow', () => {
	it('fills ACLED’s columns from the incident', () => {
		const row = acledRow(incident());
		expect(row).toMatchObject({
			event_id_cnty: 'x-1',
			event_date: '2022-09-05',
			year: 2022,
			time_precision: 1,
			disorder_type: 'Political violence',
			event_type: 'Explosions/Remote violence',
			sub_event_type: 'Suicide bomb',
			actor1: 'ISKP',
			iso: 4,
			country: 'Afghanistan',
			admin1: 'Kabul',
			location: 'Darulaman Road, Kabul',
			latitude: 34.25,
			longitude: -69.5,
			geo_precision: 1,
			source: 'Reuters; AP',
			notes: 'A suicide bomber struck, near the gate; "several" died.',
			fatalities: 6,
			fatalities_low: 6,
			fatalities_high: 8,
			injuries_best: 10,
			claim_status: 'claimed',
			claimed_by: 'Islamic State',
			source_urls: 'https://example.org/1 https://example.org/2 https://example.org/3'
		});
		expect(row).not.toHaveProperty('distance_km');
	});

	it('leaves unknown figures empty, never 0, and keeps a reported 0', () => {
		const unknown = acledRow(incident({ fatalities: { low: null, best: null, high: null, reported_by: null } }));
		expect(unknown.fatalities).toBeNull();
		expect(unknown.fatalities_low).toBeNull();
		const notApplicable = acledRow(incident({ fatalities: null, injuries: null, claim: null, perpetrator: null }));
		expect(notApplicable).toMatchObject({ fatalities: null, injuries_best: null, claim_status: null, claimed_by: null, actor1: null });
		// A range without a best figure is not a best figure.
		expect(acledRow(incident({ fatalities: { low: 3, best: null, high: 9, reported_by: null } })).fatalities).toBeNull();
		expect(acledRow(incident({ fatalities: { low: 0, best: 0, high: 0, reported_by: null } })).fatalities).toBe(0);
	});

	it('codes date precision 1 day, 2 week or month, 3 year', () => {
		const codes = DATE_PRECISIONS.map((date_precision) => acledRow(incident({ date_precision })).time_precision);
		expect(Object.fromEntries(DATE_PRECISIONS.map((p, i) => [p, codes[i]]))).toEqual({ day: 1, week: 2, month: 2, year: 3 });
	});

	it('codes place precision 1 site to city, 2 district or province, 3 region or country', () => {
		const codes = GEO_PRECISIONS.map((geo_precision) => acledRow(incident({ geo_precision })).geo_precision);
		expect(Object.fromEntries(GEO_PRECISIONS.map((p, i) => [p, codes[i]]))).toEqual({
			site: 1,
			neighbourhood: 1,
			city: 1,
			district: 2,
			province: 2,
			region: 3,
			country: 3
		});
	});

	it('gives strategic developments their own disorder type', () => {
		expect(acledRow(incident({ category: 'threat', kind: 'threat' }))).toMatchObject({
			disorder_type: 'Strategic developments',
			event_type: 'Strategic developments',
			sub_event_type: 'Other'
		});
	});

	it('guards text cells against formula injection, but not numbers', () => {
		const row = acledRow(
			incident({
				title: '=HYPERLINK("http://evil.example","x")',
				perpetrator: '+cmd|calc',
				summary: '-2+3 people',
				place: { name: '@SUM(A1)', admin1: null, country: 'Afghanistan', iso3: 'AFG' }
			})
		);
		expect(row.title).toBe(`'=HYPERLINK("http://evil.example","x")`);
		expect(row.actor1).toBe(`'+cmd|calc`);
		expect(row.notes).toBe(`'-2+3 people`);
		expect(row.location).toBe(`'@SUM(A1)`);
		expect(row.admin1).toBeNull();
		expect(row.longitude).toBe(-69.5);
	});

	it('adds distance and proximity for a proximity answer', () => {
		expect(acledRow(incident(), { distance_km: 3.25, proximity: 'certain' })).toMatchObject({ distance_km: 3.25, proximity: 'certain' });
	});
});

describe('guardFormula', () => {
	it.each(['=1+1', '+1', '-1', '@A1', '\tx', '\rx'])('prefixes %j', (cell) => {
		expect(guardFormula(cell)).toBe(`'${cell}`);
	});
	it.each(['Kabul', '1-2', ' =x', "'quoted", ''])('leaves %j alone', (cell) => {
		expect(guardFormula(cell)).toBe(cell);
	});
});

describe('acledColumns', () => {
	it('puts ACLED’s columns first, then ours, then distance when asked', () => {
		expect(acledColumns(false).slice(0, ACLED_COLUMNS.length)).toEqual([...ACLED_COLUMNS]);
		expect(acledColumns(false)).not.toContain('distance_km');
		expect(acledColumns(true).slice(-2)).toEqual(['distance_km', 'proximity']);
		// Every column a row can hold is named, once.
		const columns = acledColumns(true);
		expect(new Set(columns).size).toBe(columns.length);
		expect(Object.keys(acledRow(incident(), { distance_km: 1, proximity: 'possible' })).sort()).toEqual([...columns].sort());
	});
});
