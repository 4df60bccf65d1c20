import { describe, expect, it } from 'vitest';
import { gtdIncident } from './import-gtd';
import type { CsvRow, RowResult } from './import-row';

/** A valid GTD row, with `changes` applied. */
function row(changes: Record<string, string> = {}): CsvRow {
	return {
		eventid: '202208110001',
		iyear: '2022',
		imonth: '8',
		iday: '11',
		approxdate: '',
		country_txt: 'Afghanistan',
		provstate: 'Kabul',
		city: 'Kabul',
		latitude: '34.5553',
		longitude: '69.2075',
		specificity: '1',
		attacktype1_txt: 'Bombing/Explosion',
		targtype1_txt: 'Religious Figures/Institutions',
		gname: 'Khorasan Chapter of the Islamic State',
		claimed: '1',
		nkill: '2',
		nwound: '',
		summary: '08/11/2022: A blast at a seminary killed two.',
		scite1: 'Agency A, "Blast", August 11, 2022.',
		...changes
	};
}

function properties(result: RowResult) {
	if ('problems' in result) throw new Error(JSON.stringify(result.problems));
	return result.feature.properties;
}

describe('GTD rows', () => {
	it('keep the id, group, claim, targets, summary and citation', () => {
		const p = properties(gtdIncident(row()));
		expect(p).toMatchObject({
			id: 'gtd-202208110001',
			title: 'Bombing/Explosion in Kabul',
			category: 'remote-explosive',
			perpetrator: 'Khorasan Chapter of the Islamic State',
			claim: { status: 'claimed', by: 'Khorasan Chapter of the Islamic State' },
			targets: ['Religious Figures/Institutions'],
			summary: '08/11/2022: A blast at a seminary killed two.'
		});
		expect(p.sources[0]).toMatchObject({ title: 'GTD incident 202208110001', note: 'Sources cited by GTD: Agency A, "Blast", August 11, 2022.' });
	});

	it('read nkill and nwound with blank as unknown, not 0', () => {
		const p = properties(gtdIncident(row({ nkill: '', nwound: '0' })));
		expect(p.fatalities).toMatchObject({ low: null, best: null, high: null, reported_by: null });
		expect(p.injuries).toMatchObject({ best: 0 });
	});

	it('read day 0 as the month and month 0 as the year, keeping approxdate in the summary', () => {
		const month = properties(gtdIncident(row({ iday: '0', approxdate: 'mid-August 2022' })));
		expect([month.date_start, month.date_end, month.date_precision]).toEqual(['2022-08-01', '2022-08-31', 'month']);
		expect(month.summary).toContain('GTD gives the date as “mid-August 2022”');
		const year = properties(gtdIncident(row({ imonth: '0', iday: '0' })));
		expect([year.date_start, year.date_end, year.date_precision]).toEqual(['2022-01-01', '2022-12-31', 'year']);
	});

	it('read specificity 1–4 with their radii and report 5 (coordinates unknown)', () => {
		const at = (code: string) => {
			const p = properties(gtdIncident(row({ specificity: code })));
			return [p.geo_precision, p.uncertainty_km];
		};
		expect(['1', '2', '3', '4'].map(at)).toEqual([
			['city', 10],
			['district', 50],
			['district', 50],
			['province', 150]
		]);
		expect(gtdIncident(row({ specificity: '5' }))).toEqual({
			problems: [{ column: 'specificity', reason: '5: GTD could not identify a first-order region, so the coordinates are unknown' }]
		});
	});

	it('read claimed 0 as unclaimed and -9 as unknown (no claim), and “Unknown” group as no perpetrator', () => {
		expect(properties(gtdIncident(row({ claimed: '0' }))).claim).toMatchObject({ status: 'unclaimed' });
		const unknown = properties(gtdIncident(row({ claimed: '-9', gname: 'Unknown' })));
		expect(unknown.claim).toBeNull();
		expect(unknown.perpetrator).toBeNull();
	});

	it('read a suicide bombing as such when the suicide column says so', () => {
		expect(properties(gtdIncident(row({ suicide: '1' }))).category).toBe('suicide-bomb');
		expect(properties(gtdIncident(row({ attacktype1_txt: 'Armed Assault' }))).category).toBe('attack');
	});

	it('report days that do not exist and attack types it does not know', () => {
		expect(gtdIncident(row({ imonth: '2', iday: '30' }))).toEqual({
			problems: [{ column: 'iday', reason: '2022-2-30 is not a day of the calendar' }]
		});
		expect('problems' in gtdIncident(row({ attacktype1_txt: 'Cyber' }))).toBe(true);
	});
});
