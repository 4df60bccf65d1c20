import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadCuratedIncidents } from '../data/incidents';
import { ACLED_COLUMNS } from '../domain/acled-row';
import { incidentsCsv } from './incidents-csv';

const incidents = loadCuratedIncidents().features;

describe('incidentsCsv', () => {
	it('writes a header and one row per incident that parse back, text intact', () => {
		const csv = incidentsCsv(incidents, null);
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields!.slice(0, ACLED_COLUMNS.length)).toEqual([...ACLED_COLUMNS]);
		expect(parsed.meta.fields).not.toContain('distance_km');
		expect(parsed.data.map((r) => r.event_id_cnty)).toEqual(incidents.map((f) => f.id));
		for (const [i, f] of incidents.entries()) {
			expect(parsed.data[i]!.notes).toBe(f.properties.summary);
			expect(parsed.data[i]!.fatalities).toBe(f.properties.fatalities?.best == null ? '' : String(f.properties.fatalities.best));
		}
		expect(csv.split('\r\n')[0]).toBe(parsed.meta.fields!.join(','));
	});

	it('adds distance and proximity when given hits', () => {
		const [first] = incidents;
		const csv = incidentsCsv([first!], new Map([[first!.id, { id: first!.id, distance_km: 12.5, proximity: 'possible' as const }]]));
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
		expect(parsed.data[0]).toMatchObject({ distance_km: '12.5', proximity: 'possible' });
	});
});
