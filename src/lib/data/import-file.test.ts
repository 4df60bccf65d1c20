import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { IncidentCollection } from '../domain/incident';
import { checkData } from './check';
import { importFile, ImportError, type ImportOptions, type ImportProblem } from './import-file';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixture = (name: string) => join(here, 'fixtures/import', name);
const dir = mkdtempSync(join(tmpdir(), 'import-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TODAY = '2026-01-01';

async function run(options: Omit<ImportOptions, 'today' | 'output'> & { output?: string }) {
	const problems: ImportProblem[] = [];
	const output = options.output ?? join(dir, `${options.format}-${Math.random().toString(36).slice(2)}.geojson`);
	const report = await importFile({ ...options, output, today: TODAY, onProblem: (p) => problems.push(p) });
	const collection = JSON.parse(readFileSync(output, 'utf8')) as IncidentCollection;
	return { report, problems, output, collection, where: problems.map((p) => `${p.where}: ${p.column}`) };
}

describe('importing the fixture files', () => {
	it('ACLED: imports the good rows and reports every bad one by its physical line', async () => {
		const { report, collection, where, output } = await run({ format: 'acled', input: fixture('acled.csv') });
		expect(collection.features.map((f) => f.id)).toEqual(['acled-xafg0001', 'acled-xafg0002', 'acled-xtjk0003', 'acled-xuzb0004']);
		expect(where).toEqual([
			'line 7: geometry.coordinates', // swapped, found geographically
			'line 8: latitude',
			'line 8: longitude',
			'line 9: event_date',
			'line 10: location',
			'line 11: event_type', // Protests
			'line 12: row', // too few cells; line 13 is empty
			'line 14: time_precision',
			'line 15: properties.date_start', // in the future
			'line 15: properties.date_end',
			'line 16: geometry.coordinates', // in France
			'line 17: id' // the same event again
		]);
		expect(report).toEqual({ read: 14, imported: 4, skipped: 10 });
		expect(checkData({ incidentFiles: [output], overlayFiles: [], today: TODAY })).toEqual([]);
	});

	it('ACLED: keeps quoted commas, quoted line breaks and names in Dari, Pashto and Cyrillic', async () => {
		const { collection } = await run({ format: 'acled', input: fixture('acled.csv') });
		const [kabul, panjshir, tajik] = collection.features.map((f) => f.properties);
		expect(kabul!.place.name).toBe('Kabul - Darulaman (دارالامان)');
		expect(kabul!.summary).toBe('Synthetic test row: a bomber, on foot, struck outside a gate.\nA second line of notes, inside the quotes.');
		expect(kabul!.sources[0]!.note).toBe('Sources named by ACLED: Synthetic Source A; Synthetic Source B, Kabul desk (source scale: National)');
		expect(panjshir!.perpetrator).toBe('د افغانستان اسلامي امارت');
		expect(tajik!.place).toEqual({ name: 'Шаартуз', admin1: 'Хатлон', country: 'Tajikistan', iso3: 'TJK' });
	});

	it('UCDP GED: imports, with the country-level record covering its country', async () => {
		const { collection, where, output } = await run({ format: 'ucdp', input: fixture('ucdp.csv') });
		expect(collection.features.map((f) => [f.id, f.properties.geo_precision])).toEqual([
			['ucdp-990001', 'city'],
			['ucdp-990002', 'province'],
			['ucdp-990003', 'country'],
			['ucdp-990004', 'district']
		]);
		expect(collection.features[3]!.properties.fatalities).toEqual({ low: null, best: null, high: null, reported_by: 'UCDP GED (low, best and high estimates)' });
		expect(where).toEqual([
			'line 6: where_prec',
			'line 7: date_end',
			'line 8: best',
			'line 9: country',
			'line 10: date_start',
			'line 10: date_end'
		]);
		expect(checkData({ incidentFiles: [output], overlayFiles: [], today: TODAY })).toEqual([]);
	});

	it('GTD: imports, reading blank counts as unknown and day 0 as the month', async () => {
		const { collection, where, output } = await run({ format: 'gtd', input: fixture('gtd.csv') });
		const p = collection.features.map((f) => f.properties);
		expect(p.map((x) => x.id)).toEqual(['gtd-202208110001', 'gtd-202206000001', 'gtd-202200000002', 'gtd-202209050003']);
		expect(p[0]!.injuries!.best).toBeNull();
		expect(p[1]!.fatalities!.best).toBeNull();
		expect([p[1]!.date_start, p[1]!.date_end]).toEqual(['2022-06-01', '2022-06-30']);
		expect(p[1]!.place.name).toBe('Хорог');
		expect(p[3]!.place).toMatchObject({ name: 'جلال آباد', admin1: 'ننګرهار' });
		expect(where).toEqual(['line 7: specificity', 'line 8: iday', 'line 9: country_txt', 'line 10: nkill', 'line 11: latitude']);
		expect(checkData({ incidentFiles: [output], overlayFiles: [], today: TODAY })).toEqual([]);
	});
});

describe('nothing is ever half-written', () => {
	const old = () => {
		const path = join(dir, `old-${Math.random().toString(36).slice(2)}.geojson`);
		writeFileSync(path, '{"the":"old file"}');
		return path;
	};
	const leftovers = () => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

	it('--strict stops at the first bad row, naming its line, and leaves the output untouched', async () => {
		const output = old();
		await expect(importFile({ format: 'acled', input: fixture('acled.csv'), output, strict: true, today: TODAY })).rejects.toThrow(
			/acled\.csv: line 7: geometry\.coordinates: longitude and latitude look swapped.*--strict/
		);
		expect(readFileSync(output, 'utf8')).toBe('{"the":"old file"}');
		expect(leftovers()).toEqual([]);
	});

	it('a header without the required columns is refused, naming them, before any row is read', async () => {
		const input = join(dir, 'short-header.csv');
		writeFileSync(input, 'event_id_cnty,event_date,latitude\nAFG1,2022-01-01,34\n');
		const output = old();
		const error = await importFile({ format: 'acled', input, output, today: TODAY }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ImportError);
		expect((error as Error).message).toBe(
			`${input}: line 1: the header lacks the ACLED columns time_precision, event_type, sub_event_type, actor1, country, admin1, location, longitude, geo_precision, source, notes, fatalities`
		);
		expect(readFileSync(output, 'utf8')).toBe('{"the":"old file"}');
		expect(leftovers()).toEqual([]);
	});

	it('a file whose every row is bad, or that cannot be read, writes nothing', async () => {
		const input = join(dir, 'all-bad.csv');
		writeFileSync(input, readFileSync(fixture('gtd.csv'), 'utf8').split('\n').filter((_, i) => i === 0 || i >= 6).join('\n'));
		const output = old();
		await expect(importFile({ format: 'gtd', input, output, today: TODAY })).rejects.toThrow(/none of the 5 rows could be imported/);
		await expect(importFile({ format: 'gtd', input: join(dir, 'nope.csv'), output, today: TODAY })).rejects.toThrow(
			/nope\.csv: cannot be read: ENOENT/
		);
		expect(readFileSync(output, 'utf8')).toBe('{"the":"old file"}');
		expect(leftovers()).toEqual([]);
	});

	it('a successful import replaces the old output', async () => {
		const output = old();
		await importFile({ format: 'ucdp', input: fixture('ucdp.csv'), output, today: TODAY });
		expect((JSON.parse(readFileSync(output, 'utf8')) as IncidentCollection).features).toHaveLength(4);
	});
});

describe('importing GeoJSON', () => {
	it('keeps valid incidents and reports the others by feature', async () => {
		const curated = JSON.parse(readFileSync(join(here, 'incidents.geojson'), 'utf8')) as IncidentCollection;
		const [first, second] = curated.features;
		const broken = structuredClone(second!);
		(broken.properties as { summary?: string }).summary = undefined;
		const input = join(dir, 'mixed.geojson');
		writeFileSync(input, JSON.stringify({ type: 'FeatureCollection', features: [first, broken, first] }));
		const { collection, where } = await run({ format: 'geojson', input });
		expect(collection.features).toEqual([first]);
		expect(where).toEqual([`feature #1 (${second!.id}): properties.summary`, `feature #2 (${first!.id}): id`]);
	});
});
