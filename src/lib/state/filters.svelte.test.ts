import { describe, expect, it } from 'vitest';
import { Filters } from './filters.svelte';

describe('Filters', () => {
	it('ticking every value of a list removes the filter; unticking one leaves the others', () => {
		const f = new Filters();
		const all = ['a', 'b', 'c'];
		expect(f.has('perpetrators', 'a')).toBe(true);
		f.toggle('perpetrators', 'b', false, all);
		expect(f.perpetrators).toEqual(['a', 'c']);
		expect(f.has('perpetrators', 'b')).toBe(false);
		f.toggle('perpetrators', 'b', true, all);
		expect(f.perpetrators).toBeUndefined();
		expect(f.active).toBe(false);
	});

	it('gives a plain filter without empty parts, and without its time window for the histogram', () => {
		const f = new Filters({ from: '2022-01-01', to: '2022-02-28', text: ' Hirat ', minFatalities: 0, claims: ['claimed'] });
		expect(f.filter).toEqual({ from: '2022-01-01', to: '2022-02-28', text: 'Hirat', claims: ['claimed'] });
		expect(f.withoutTime).toEqual({ text: 'Hirat', claims: ['claimed'] });
		f.reset();
		expect(f.filter).toEqual({});
	});
});
