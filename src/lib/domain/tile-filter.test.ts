import { describe, expect, it } from 'vitest';
import { parseTileFilter } from './tile-filter';
import { writeTileFilter } from './write-tile-filter';

const parse = (search: string) => parseTileFilter(new URLSearchParams(search));

describe('parseTileFilter', () => {
	it('reads the API’s filters with the API’s parser', () => {
		expect(parse('category=threat,attack&country=afg&from=2020-01-01&q=kabul&min_fatalities=3&perpetrator=unknown&claim=none')).toEqual({
			filter: {
				categories: ['threat', 'attack'],
				countries: ['AFG'],
				from: '2020-01-01',
				text: 'kabul',
				minFatalities: 3,
				perpetrators: ['unknown'],
				claims: ['none']
			}
		});
		expect(parse('')).toEqual({ filter: {} });
	});

	it('reads an empty list as "none of them", as the page writes it', () => {
		expect(parse('category=&claim=')).toEqual({ filter: { categories: [], claims: [] } });
	});

	it('names a bad filter, and anything that is not a filter', () => {
		const r = parse('category=nope&limit=5&bbox=1,2,3,4&z=3');
		expect('problems' in r && r.problems.map((p) => p.parameter)).toEqual(['limit', 'bbox', 'z', 'category']);
	});

	it('is written back in one order, so one filter has one URL', () => {
		const a = writeTileFilter({ categories: ['threat', 'attack'], text: 'kabul' }).toString();
		expect(a).toBe('category=attack%2Cthreat&q=kabul');
		const r = parse(a);
		expect('filter' in r && writeTileFilter(r.filter).toString()).toBe(a);
	});
});
