import { describe, expect, it } from 'vitest';
import { parseTileFilter } from '../../domain/tile-filter';
import { answeredByClusters } from './answered-by-clusters';

/** A tile URL's query, as the tile route parses it. */
function parsed(query: string) {
	const result = parseTileFilter(new URLSearchParams(query));
	if ('problems' in result) throw new Error(JSON.stringify(result.problems));
	return result.filter;
}

describe('answeredByClusters', () => {
	it('takes no filter, categories and countries (empty lists too) to the precomputed grid', () => {
		expect(answeredByClusters({})).toBe(true);
		expect(answeredByClusters({ categories: ['attack', 'threat'] })).toBe(true);
		expect(answeredByClusters({ countries: ['AFG'], categories: [] })).toBe(true);
		expect(answeredByClusters({ categories: undefined, minFatalities: 0 })).toBe(true);
	});

	it('leaves every other filter to the points', () => {
		expect(answeredByClusters({ from: '2015-01-01' })).toBe(false);
		expect(answeredByClusters({ to: '2015-12-31', categories: ['attack'] })).toBe(false);
		expect(answeredByClusters({ text: 'kabul' })).toBe(false);
		expect(answeredByClusters({ minFatalities: 1 })).toBe(false);
		expect(answeredByClusters({ perpetrators: ['Taliban'] })).toBe(false);
		expect(answeredByClusters({ claims: ['claimed'] })).toBe(false);
		expect(answeredByClusters({ bbox: [60, 29, 75, 45] })).toBe(false);
	});

	it('reads tile URLs as the page writes them', () => {
		for (const query of ['', 'category=attack,threat', 'country=afg&category=', 'min_fatalities=0']) expect(answeredByClusters(parsed(query)), query).toBe(true);
		for (const query of ['from=2015-01-01', 'q=kabul', 'min_fatalities=1', 'perpetrator=Taliban', 'claim=claimed', 'category=attack&to=2020-01-01'])
			expect(answeredByClusters(parsed(query)), query).toBe(false);
	});
});
