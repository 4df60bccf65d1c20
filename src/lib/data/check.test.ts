import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DataProblem } from '../domain/problem';
import { checkData, checkDataReport } from './check';
import { computedOverlays } from './computed-overlays';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const bad = (name: string) => join(here, 'fixtures/bad', name);
const good = (name: string) => join(here, 'fixtures/good', name);
const TODAY = '2026-01-01';

/** Check one incident file (against the good overlays, so `area` is checked). */
const incidents = (file: string) =>
	checkData({ incidentFiles: [file], overlayFiles: [good('overlays.geojson')], today: TODAY });
const overlays = (file: string) => checkData({ incidentFiles: [], overlayFiles: [file], today: TODAY });

function problem(file: string, feature: string, field: string, reason: string): DataProblem {
	return { file, feature, field, reason: expect.stringContaining(reason) as unknown as string };
}

describe('checkData on the good fixtures', () => {
	it('finds no problem and counts every file and feature', () => {
		const report = checkDataReport({
			incidentFiles: [good('incidents.geojson')],
			overlayFiles: [good('overlays.geojson')],
			today: TODAY
		});
		expect(report).toEqual({ files: 2, features: 4, problems: [] });
	});
});

describe('checkData on incident files', () => {
	it('reports a schema problem: unknown category', () => {
		const file = bad('unknown-category.geojson');
		expect(incidents(file)).toEqual([
			problem(file, 'unknown-category', 'properties.category', 'expected one of "suicide-bomb"')
		]);
	});

	it('reports a schema problem: no source', () => {
		const file = bad('no-source.geojson');
		expect(incidents(file)).toEqual([
			problem(file, 'no-source', 'properties.sources', 'at least one source is required')
		]);
	});

	it('reports a schema problem: a date not in YYYY-MM-DD form', () => {
		const file = bad('bad-date.geojson');
		expect(incidents(file)).toEqual([
			problem(file, 'bad-date', 'properties.date_start', 'Invalid ISO date')
		]);
	});

	it('reports an out-of-range coordinate with its value', () => {
		const file = bad('out-of-range.geojson');
		expect(incidents(file)).toEqual([
			problem(file, 'out-of-range', 'geometry.coordinates.0', 'longitude above 180 (longitude is 269.17)')
		]);
	});

	it('reports swapped longitude and latitude', () => {
		const file = bad('swapped-lonlat.geojson');
		expect(incidents(file)).toEqual([
			problem(file, 'swapped-lonlat', 'geometry.coordinates', 'longitude and latitude look swapped')
		]);
	});

	it('reports a point outside its country beyond its uncertainty', () => {
		const file = bad('outside-country.geojson');
		expect(incidents(file)).toEqual([
			problem(file, 'outside-country', 'geometry.coordinates', 'km outside Afghanistan (AFG)')
		]);
	});

	it('reports a country code with no Natural Earth shape', () => {
		const file = bad('unknown-iso3.geojson');
		expect(incidents(file)).toEqual([
			problem(file, 'unknown-iso3', 'properties.place.iso3', 'unknown country code "XYZ"')
		]);
	});

	it('reports date_end before date_start', () => {
		const file = bad('end-before-start.geojson');
		expect(incidents(file)).toEqual([
			problem(file, 'end-before-start', 'properties.date_end', 'is before date_start 2021-08-26')
		]);
	});

	it('reports a date after today', () => {
		const file = bad('future-date.geojson');
		expect(incidents(file)).toEqual([
			problem(file, 'future-date', 'properties.date_end', '2031-08-26 is in the future')
		]);
	});

	it('reports a duplicate id within a file', () => {
		const file = bad('duplicate-id.geojson');
		expect(incidents(file)).toEqual([
			problem(file, 'duplicate-id', 'id', 'duplicate id: already used by feature #0 in this file')
		]);
	});

	it('reports a duplicate id across incident files', () => {
		const first = good('incidents.geojson');
		const second = bad('duplicate-across-files.geojson');
		const problems = checkData({ incidentFiles: [first, second], overlayFiles: [], today: TODAY });
		expect(problems).toEqual([
			problem(second, 'kabul-fixture', 'id', `duplicate id: already used by feature #0 in ${first}`)
		]);
	});

	it('reports a feature id that differs from properties.id', () => {
		const file = bad('id-mismatch.geojson');
		expect(incidents(file)).toEqual([
			problem(file, 'id-mismatch-feature', 'properties.id', 'differs from the feature id')
		]);
	});

	it('reports an area naming no overlay', () => {
		const file = bad('unknown-area.geojson');
		expect(incidents(file)).toEqual([
			problem(file, 'unknown-area', 'properties.area', 'no overlay has the id "no-such-overlay"')
		]);
	});

	it('checks overlays given in memory like overlay files', () => {
		const clockwise = JSON.parse(readFileSync(bad('clockwise-ring.geojson'), 'utf8')) as unknown;
		const problems = checkData({
			incidentFiles: [],
			overlayFiles: [],
			overlayCollections: [{ file: 'computed', raw: clockwise }],
			today: TODAY
		});
		expect(problems).toEqual([
			problem('computed', 'clockwise-ring', 'geometry.coordinates.0', 'exterior ring is clockwise')
		]);
	});

	it('reports an unreadable file', () => {
		const file = bad('does-not-exist.geojson');
		expect(incidents(file)).toEqual([problem(file, '-', '-', 'cannot read file')]);
	});
});

describe('checkData on overlay files', () => {
	it('reports a schema problem', () => {
		const file = bad('overlay-bad-status.geojson');
		expect(overlays(file)).toEqual([
			problem(file, 'overlay-bad-status', 'properties.status', 'expected one of "existing"')
		]);
	});

	it('reports an unclosed ring', () => {
		const file = bad('unclosed-ring.geojson');
		expect(overlays(file)).toEqual([
			problem(file, 'unclosed-ring', 'geometry.coordinates.0', 'ring is not closed')
		]);
	});

	it('reports a clockwise exterior ring', () => {
		const file = bad('clockwise-ring.geojson');
		expect(overlays(file)).toEqual([
			problem(file, 'clockwise-ring', 'geometry.coordinates.0', 'exterior ring is clockwise')
		]);
	});

	it('reports a duplicate overlay id', () => {
		const file = bad('duplicate-overlay-id.geojson');
		expect(overlays(file)).toEqual([
			problem(file, 'duplicate-overlay-id', 'id', 'duplicate id')
		]);
	});
});

describe('the real dataset', () => {
	it('has no problems', () => {
		const overlayDir = join(here, 'overlays');
		const overlayFiles = existsSync(overlayDir)
			? readdirSync(overlayDir)
					.filter((n) => n.endsWith('.geojson'))
					.map((n) => join(overlayDir, n))
			: [];
		const report = checkDataReport({
			incidentFiles: [join(here, 'incidents.geojson')],
			overlayFiles,
			overlayCollections: [
				{ file: 'computed-overlays.ts', raw: { type: 'FeatureCollection', features: computedOverlays() } }
			],
			today: new Date().toISOString().slice(0, 10)
		});
		expect(overlayFiles.length).toBeGreaterThan(0);
		expect(report.features).toBeGreaterThan(0);
		expect(report.problems).toEqual([]);
	});
});

describe('npm run data:check', () => {
	it('prints each problem and exits 1', () => {
		const file = relative(root, bad('end-before-start.geojson'));
		const run = spawnSync('npx', ['tsx', 'src/lib/data/check-cli.ts', file], {
			cwd: root,
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(run.stdout).toContain(
			`${file}: end-before-start: properties.date_end: 2021-08-20 is before date_start 2021-08-26`
		);
		expect(run.stdout).toMatch(/data:check: 2 files, \d+ features, 1 problem\(s\)/);
		expect(run.status).toBe(1);
	}, 60_000);
});
