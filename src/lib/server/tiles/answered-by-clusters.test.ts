import { describe, expect, it } from 'vitest';
import { answeredByClusters } from './answered-by-clusters';

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
});
