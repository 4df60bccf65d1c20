import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCuratedIncidents } from '../data/incidents';
import type { IncidentCollection } from '../domain/incident';
import { DataError } from '../domain/problem';
import { incidentFileEntries, loadIncidentFiles } from './incident-files';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'incident-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const good = join(here, '../data/fixtures/good/incidents.geojson');
const goodIds = (JSON.parse(readFileSync(good, 'utf8')) as IncidentCollection).features.map((f) => f.id);
const curatedIds = loadCuratedIncidents().features.map((f) => f.id);
const list = (...entries: string[]) => entries.join(delimiter);

function problemsOf(setting: string) {
	try {
		loadIncidentFiles(setting);
	} catch (e) {
		if (e instanceof DataError) return e.problems;
		throw e;
	}
	throw new Error('expected a DataError');
}

describe('INCIDENTS_FILE', () => {
	it('defaults to the curated dataset', () => {
		expect(incidentFileEntries(undefined)).toEqual(['curated']);
		expect(incidentFileEntries('  ')).toEqual(['curated']);
		expect(loadIncidentFiles(undefined).features.map((f) => f.id)).toEqual(curatedIds);
	});

	it('serves one file instead of the curated dataset', () => {
		expect(loadIncidentFiles(good).features.map((f) => f.id)).toEqual(goodIds);
	});

	it('serves several files side by side, `curated` among them', () => {
		expect(loadIncidentFiles(list('curated', good)).features.map((f) => f.id)).toEqual([...curatedIds, ...goodIds]);
	});

	it('refuses an id used in two files, naming both', () => {
		const copy = join(dir, 'copy.geojson');
		writeFileSync(copy, readFileSync(good));
		const problems = problemsOf(list(good, copy));
		expect(problems).toHaveLength(goodIds.length);
		expect(problems[0]).toEqual({
			file: copy,
			feature: goodIds[0],
			field: 'id',
			reason: `duplicate id: already used by feature #0 in ${good}`
		});
	});

	it('lists the problems of every file at once, an unreadable one included', () => {
		const missing = join(dir, 'missing.geojson');
		const broken = join(dir, 'broken.geojson');
		writeFileSync(broken, '{"type": "FeatureCollection", "features": [');
		const problems = problemsOf(list(missing, 'curated', broken));
		expect(problems.map((p) => [p.file, p.reason.split(':')[0]])).toEqual([
			[missing, 'cannot read file'],
			[broken, 'not valid JSON']
		]);
	});
});
