import { describe, expect, it } from 'vitest';
import { exportParams } from './export-params';

const params = (search: string) => new URLSearchParams(search);

describe('exportParams', () => {
	it('asks for everything when the page has no question or filter', () => {
		expect(exportParams(params(''), null, 'csv').toString()).toBe('format=csv');
	});

	it('carries the API’s filters and drops what only the page knows', () => {
		const out = exportParams(params('incident=x&from=2022-08-01&category=suicide-bomb&zoom=5&limit=3&offset=100&format=geojson'), null, 'csv');
		expect(Object.fromEntries(out)).toEqual({ from: '2022-08-01', category: 'suicide-bomb', format: 'csv' });
	});

	it('takes the proximity question from the question, not from stray page parameters', () => {
		const fromQuestion = params('near=69.17,34.53&radius_km=25');
		expect(Object.fromEntries(exportParams(params('incident=x&nearby=25'), fromQuestion, 'geojson'))).toEqual({
			near: '69.17,34.53',
			radius_km: '25',
			format: 'geojson'
		});
		// A radius left in the URL without its question is not an API query.
		expect(Object.fromEntries(exportParams(params('radius_km=25'), null, 'csv'))).toEqual({ format: 'csv' });
		expect(Object.fromEntries(exportParams(params(''), params('region=fergana-valley'), 'csv'))).toEqual({
			region: 'fergana-valley',
			format: 'csv'
		});
	});
});
