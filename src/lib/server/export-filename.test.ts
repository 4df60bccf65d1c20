import { describe, expect, it } from 'vitest';
import { parseIncidentQuery } from '../domain/incident-query';
import { contentDisposition, exportFilename } from './export-filename';

/** The file name for an API query string, as the route computes it. */
function filename(search: string): string {
	const parsed = parseIncidentQuery(new URLSearchParams(search));
	if ('problems' in parsed) throw new Error(JSON.stringify(parsed.problems));
	return exportFilename(parsed.query, parsed.format);
}

describe('exportFilename', () => {
	it('names an unfiltered export "all", in the format asked', () => {
		expect(filename('')).toBe('incidents-all.geojson');
		expect(filename('format=csv')).toBe('incidents-all.csv');
	});

	it('says the dates, the categories and the proximity question, in that order', () => {
		expect(filename('format=csv&near=69.17,34.53&radius_km=25&category=suicide-bomb&from=2022-08-01&to=2022-08-31')).toBe(
			'incidents-2022-08-01_2022-08-31-suicide-bomb-near-69.17_34.53-25km.csv'
		);
	});

	it.each([
		['from=2022-08-01', 'incidents-from-2022-08-01.geojson'],
		['to=2022-08-31', 'incidents-to-2022-08-31.geojson'],
		['category=suicide-bomb,attack&country=afg,UZB', 'incidents-suicide-bomb_attack-afg_uzb.geojson'],
		['q=Farg%27ona%20Valley', 'incidents-q-fargona-valley.geojson'],
		['bbox=60,30.5,75,45', 'incidents-bbox-60_30.5_75_45.geojson'],
		['min_fatalities=10', 'incidents-min-10-killed.geojson'],
		['nearest=62.2,34.35&k=3', 'incidents-nearest-3-to-62.2_34.35.geojson'],
		['near=-69.5,-34&radius_km=0.5', 'incidents-near--69.5_-34-0.5km.geojson'],
		['region=fergana-valley', 'incidents-in-fergana-valley.geojson'],
		['corridor=cagp-lines-a-c&radius_km=50', 'incidents-along-cagp-lines-a-c-50km.geojson'],
		['limit=5', 'incidents-first-5.geojson'],
		['limit=100&offset=200', 'incidents-results-201-300.geojson'],
		['offset=10000', 'incidents-results-10001-20000.geojson']
	])('%s → %s', (search, name) => {
		expect(filename(search)).toBe(name);
	});

	it('keeps only safe characters, and a bounded length, whatever the search text', () => {
		const name = filename(`format=csv&q=${encodeURIComponent('"; rm -rf / \\ مزار شریف ' + 'x'.repeat(150))}`);
		expect(name).toMatch(/^[A-Za-z0-9._-]+\.csv$/);
		expect(name.length).toBeLessThanOrEqual(184);
		expect(filename('q=%E2%80%94%20Kabul%20%E2%80%94')).toBe('incidents-q-kabul.geojson');
	});
});

describe('contentDisposition', () => {
	it('quotes the name', () => {
		expect(contentDisposition('incidents-all.csv', 'attachment')).toBe('attachment; filename="incidents-all.csv"');
	});
});
