import { describe, expect, it } from 'vitest';
import { countryReachKm } from '../geo/country-reach-km';
import type { CsvRow, RowResult } from './import-row';
import { ucdpImporter } from './import-ucdp';

const importRow = ucdpImporter([], { countryReachKm });

/** A valid UCDP GED row, with `changes` applied. */
function row(changes: Record<string, string> = {}): CsvRow {
	return {
		id: '412345',
		relid: 'AFG-2022-3-1234-5',
		type_of_violence: '3',
		side_a: 'IS',
		side_b: 'Civilians',
		where_prec: '1',
		where_description: 'Kabul city, Dasht-e Barchi',
		adm_1: 'Kabul province',
		adm_2: 'Kabul district',
		latitude: '34.517',
		longitude: '69.113',
		country: 'Afghanistan',
		date_prec: '1',
		date_start: '2022-09-30 00:00:00.000',
		date_end: '2022-09-30 00:00:00.000',
		best: '25',
		low: '20',
		high: '53',
		source_article: 'Agency A,2022-09-30',
		source_headline: 'A headline',
		...changes
	};
}

function properties(result: RowResult) {
	if ('problems' in result) throw new Error(JSON.stringify(result.problems));
	return result.feature.properties;
}

describe('UCDP GED rows', () => {
	it('keep the id, the sides, the three estimates and the sources', () => {
		const p = properties(importRow(row()));
		expect(p).toMatchObject({
			id: 'ucdp-412345',
			title: 'IS against civilians, Kabul district',
			category: 'attack',
			date_start: '2022-09-30',
			date_end: '2022-09-30',
			date_precision: 'day',
			perpetrator: 'IS',
			targets: ['Civilians'],
			fatalities: { low: 20, best: 25, high: 53 },
			summary: 'One-sided violence between IS and Civilians: Kabul city, Dasht-e Barchi.'
		});
		expect(p.sources[0]).toMatchObject({
			title: 'UCDP GED event 412345 (AFG-2022-3-1234-5)',
			note: 'Sources named by UCDP: Agency A,2022-09-30; headline: A headline'
		});
	});

	it('read type_of_violence 1 and 2 as armed clashes and 3 as an attack on civilians', () => {
		expect(properties(importRow(row({ type_of_violence: '1' }))).category).toBe('armed-clash');
		expect(properties(importRow(row({ type_of_violence: '2' }))).category).toBe('armed-clash');
		expect(properties(importRow(row({ type_of_violence: '3' }))).category).toBe('attack');
	});

	it('read where_prec 1–5 with their radii, and 6 as the whole country seen from its centroid', () => {
		const at = (code: string) => {
			const p = properties(importRow(row({ where_prec: code })));
			return [p.geo_precision, p.uncertainty_km];
		};
		expect([1, 2, 3, 4, 5].map((c) => at(String(c)))).toEqual([
			['city', 10],
			['district', 25],
			['district', 50],
			['province', 150],
			['region', 300]
		]);
		const [geo, km] = at('6');
		expect(geo).toBe('country');
		expect(km).toBe(countryReachKm('AFG', [69.113, 34.517]));
		expect(km).toBeGreaterThan(700);
	});

	it('keep UCDP’s own date span and read date_prec as its precision', () => {
		const p = properties(importRow(row({ date_prec: '4', date_start: '2022-05-01', date_end: '2022-05-31' })));
		expect([p.date_start, p.date_end, p.date_precision]).toEqual(['2022-05-01', '2022-05-31', 'month']);
		expect(properties(importRow(row({ date_prec: '5' }))).date_precision).toBe('year');
		expect(properties(importRow(row({ date_prec: '2' }))).date_precision).toBe('week');
	});

	it('report events over water, reversed spans and a best estimate outside low–high', () => {
		expect(importRow(row({ where_prec: '7' }))).toEqual({
			problems: [{ column: 'where_prec', reason: '7 (over water or in international airspace) cannot be placed in a country' }]
		});
		expect(importRow(row({ date_start: '2022-10-02', date_end: '2022-10-01' }))).toEqual({
			problems: [{ column: 'date_end', reason: '2022-10-01 is before date_start 2022-10-02' }]
		});
		expect(importRow(row({ best: '60' }))).toEqual({
			problems: [{ column: 'best', reason: '60 is not between low 20 and high 53' }]
		});
	});

	it('keep empty estimates as unknown', () => {
		expect(properties(importRow(row({ best: '', low: '', high: '' }))).fatalities).toMatchObject({
			low: null,
			best: null,
			high: null
		});
	});
});
