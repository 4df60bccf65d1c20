import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IncidentCollection, IncidentFeature } from '../domain/incident';
import { incidentsCsv } from '../server/incidents-csv';
import { checkData } from './check';
import { importFile } from './import-file';
import { loadCuratedIncidents } from './incidents';

const dir = mkdtempSync(join(tmpdir(), 'round-trip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the CSV export carries of an incident, and so what importing it must give back. */
function exported(f: IncidentFeature) {
	const p = f.properties;
	return {
		id: f.id,
		point: f.geometry.coordinates,
		title: p.title,
		kind: p.kind,
		category: p.category,
		dates: [p.date_start, p.date_end, p.date_precision],
		place: p.place,
		geo: [p.geo_precision, p.uncertainty_km],
		perpetrator: p.perpetrator,
		claim: p.claim && [p.claim.status, p.claim.by],
		fatalities: p.fatalities && [p.fatalities.low, p.fatalities.best, p.fatalities.high],
		injuries: p.injuries?.best ?? null,
		summary: p.summary,
		urls: p.sources.map((s) => s.url)
	};
}

describe('export → import', () => {
	it('gives back every field the CSV export writes, for the whole curated dataset, and passes the check', async () => {
		const curated = loadCuratedIncidents().features;
		const csv = join(dir, 'export.csv');
		writeFileSync(csv, incidentsCsv(curated, null));
		const output = join(dir, 'back.geojson');
		const report = await importFile({ format: 'acled', input: csv, output, today: '2026-01-01' });
		expect(report).toEqual({ read: curated.length, imported: curated.length, skipped: 0 });
		const back = (JSON.parse(readFileSync(output, 'utf8')) as IncidentCollection).features;
		expect(back.map(exported)).toEqual(curated.map(exported));
		expect(checkData({ incidentFiles: [output], overlayFiles: [], today: '2026-01-01' })).toEqual([]);
	});

	it('takes off the apostrophe the export puts before a text that a spreadsheet would run as a formula', async () => {
		const [first] = loadCuratedIncidents().features;
		const risky = structuredClone(first!);
		risky.properties.title = '=HYPERLINK("http://evil.example","click")';
		const csv = join(dir, 'formula.csv');
		writeFileSync(csv, incidentsCsv([risky], null));
		expect(readFileSync(csv, 'utf8')).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
		const output = join(dir, 'formula.geojson');
		await importFile({ format: 'acled', input: csv, output, today: '2026-01-01' });
		const [back] = (JSON.parse(readFileSync(output, 'utf8')) as IncidentCollection).features;
		expect(back!.properties.title).toBe(risky.properties.title);
	});
});
