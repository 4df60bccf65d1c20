import { describe, expect, it } from 'vitest';
import { acledCategory, acledIncident } from './import-acled';
import type { IncidentFeature } from './incident';
import type { CsvRow, RowProblem, RowResult } from './import-row';

/** A valid ACLED row (every column of ACLED's header), with `changes` applied. */
function row(changes: Record<string, string> = {}): CsvRow {
	return {
		event_id_cnty: 'AFG12345',
		event_date: '2022-09-05',
		year: '2022',
		time_precision: '1',
		disorder_type: 'Political violence',
		event_type: 'Explosions/Remote violence',
		sub_event_type: 'Suicide bomb',
		actor1: 'Islamic State Khorasan Province',
		assoc_actor_1: '',
		inter1: 'Rebel group',
		actor2: 'Civilians (Afghanistan)',
		assoc_actor_2: 'Civilians (Russia)',
		inter2: 'Civilians',
		interaction: 'Rebel group-Civilians',
		civilian_targeting: 'Civilians targeted',
		iso: '4',
		region: 'Caspian',
		country: 'Afghanistan',
		admin1: 'Kabul',
		admin2: 'Kabul',
		admin3: '',
		location: 'Kabul',
		latitude: '34.5553',
		longitude: '69.2075',
		geo_precision: '1',
		source: 'Pajhwok; Tolo News',
		source_scale: 'National',
		notes: 'On 5 September 2022, a suicide bomber struck.',
		fatalities: '6',
		tags: '',
		timestamp: '1662940800',
		...changes
	};
}

function feature(result: RowResult): IncidentFeature {
	if ('problems' in result) throw new Error(JSON.stringify(result.problems));
	return result.feature;
}
function problems(result: RowResult): RowProblem[] {
	if ('feature' in result) throw new Error('expected problems');
	return result.problems;
}

describe('acledIncident', () => {
	it('keeps the id, place, actors, notes and sources of the row', () => {
		const f = feature(acledIncident(row()));
		expect(f.id).toBe('acled-afg12345');
		expect(f.geometry.coordinates).toEqual([69.2075, 34.5553]);
		expect(f.properties).toMatchObject({
			title: 'Suicide bomb in Kabul',
			kind: 'attack',
			category: 'suicide-bomb',
			place: { name: 'Kabul', admin1: 'Kabul', country: 'Afghanistan', iso3: 'AFG' },
			perpetrator: 'Islamic State Khorasan Province',
			claim: null,
			targets: ['Civilians (Afghanistan)', 'Civilians (Russia)'],
			summary: 'On 5 September 2022, a suicide bomber struck.'
		});
		expect(f.properties.sources).toEqual([
			{
				publisher: 'ACLED',
				title: 'ACLED event AFG12345',
				date: '2022-09-12',
				url: 'https://acleddata.com/',
				note: 'Sources named by ACLED: Pajhwok; Tolo News (source scale: National)'
			}
		]);
	});

	it('reads time_precision 1–3 as the day, the week around the date, and the month', () => {
		const at = (code: string) => {
			const p = feature(acledIncident(row({ time_precision: code, event_date: '2022-06-15' }))).properties;
			return [p.date_start, p.date_end, p.date_precision];
		};
		expect(at('1')).toEqual(['2022-06-15', '2022-06-15', 'day']);
		expect(at('2')).toEqual(['2022-06-12', '2022-06-18', 'week']);
		expect(at('3')).toEqual(['2022-06-01', '2022-06-30', 'month']);
	});

	it('reads geo_precision 1–3 as a town, a district and a province, with their radii', () => {
		const at = (code: string) => {
			const p = feature(acledIncident(row({ geo_precision: code }))).properties;
			return [p.geo_precision, p.uncertainty_km];
		};
		expect(at('1')).toEqual(['city', 10]);
		expect(at('2')).toEqual(['district', 25]);
		expect(at('3')).toEqual(['province', 100]);
	});

	it('keeps ACLED’s one conservative figure as low and best; 0 is only a low figure, never a known 0', () => {
		expect(feature(acledIncident(row({ fatalities: '6' }))).properties.fatalities).toMatchObject({ low: 6, best: 6, high: null });
		expect(feature(acledIncident(row({ fatalities: '0' }))).properties.fatalities).toMatchObject({ low: 0, best: null, high: null });
		expect(feature(acledIncident(row({ fatalities: '' }))).properties.fatalities).toMatchObject({ low: null, best: null, high: null });
	});

	it('reads a Strategic development as context, where casualties do not apply', () => {
		const p = feature(
			acledIncident(row({ event_type: 'Strategic developments', sub_event_type: 'Other', fatalities: '0' }))
		).properties;
		expect(p).toMatchObject({ kind: 'context', category: 'strategic-other', title: 'Strategic developments in Kabul' });
		expect(p.fatalities).toBeNull();
		expect(p.injuries).toBeNull();
	});

	it('finds the country by name when the iso column is empty', () => {
		expect(feature(acledIncident(row({ iso: '' }))).properties.place.iso3).toBe('AFG');
	});

	it('names every bad cell of a row', () => {
		expect(
			problems(acledIncident(row({ event_date: 'yesterday', latitude: '', geo_precision: '9', location: ' ' })))
		).toEqual([
			{ column: 'event_date', reason: '"yesterday" is not a date (expected YYYY-MM-DD or 16 February 2023)' },
			{ column: 'latitude', reason: 'is empty' },
			{ column: 'location', reason: 'is empty' },
			{ column: 'geo_precision', reason: '"9" is not one of the codes 1, 2, 3' }
		]);
	});

	it('reports event types outside the taxonomy instead of forcing them into it', () => {
		expect(problems(acledIncident(row({ event_type: 'Protests', sub_event_type: 'Peaceful protest' })))).toEqual([
			{ column: 'event_type', reason: '"Protests › Peaceful protest" has no category in this project\'s taxonomy' }
		]);
	});
});

describe('acledCategory', () => {
	it('maps each category’s own ACLED pair to it, ignoring case', () => {
		expect(acledCategory('Explosions/Remote violence', 'Remote explosive/landmine/IED')).toBe('remote-explosive');
		expect(acledCategory('Explosions/Remote violence', 'Shelling/artillery/missile attack')).toBe('shelling-missile');
		expect(acledCategory('Explosions/Remote violence', 'Air/drone strike')).toBe('air-drone-strike');
		expect(acledCategory('Battles', 'Armed clash')).toBe('armed-clash');
		expect(acledCategory('Violence against civilians', 'Attack')).toBe('attack');
		expect(acledCategory('Strategic Developments', 'Arrests')).toBe('strategic-other');
	});

	it('maps the other sub-event types to the nearest category, and leaves the rest out', () => {
		expect(acledCategory('Battles', 'Non-state actor overtakes territory')).toBe('armed-clash');
		expect(acledCategory('Violence against civilians', 'Abduction/forced disappearance')).toBe('attack');
		expect(acledCategory('Explosions/Remote violence', 'Grenade')).toBe('remote-explosive');
		expect(acledCategory('Explosions/Remote violence', 'Chemical weapon')).toBeNull();
		expect(acledCategory('Riots', 'Mob violence')).toBeNull();
	});
});
