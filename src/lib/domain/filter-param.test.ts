import { describe, expect, it } from 'vitest';
import { FILTER_PARAMETERS, parseFilterParam } from './filter-param';
import { parseIncidentQuery } from './incident-query';

describe('parseFilterParam', () => {
	it('reads each filter parameter into its part of the filter', () => {
		expect(parseFilterParam('from', '2024-03-22')).toEqual({ filter: { from: '2024-03-22' } });
		expect(parseFilterParam('category', 'suicide-bomb, threat')).toEqual({ filter: { categories: ['suicide-bomb', 'threat'] } });
		expect(parseFilterParam('country', 'afg,uzb')).toEqual({ filter: { countries: ['AFG', 'UZB'] } });
		expect(parseFilterParam('q', '  Ferghana ')).toEqual({ filter: { text: 'Ferghana' } });
		expect(parseFilterParam('min_fatalities', ' 10 ')).toEqual({ filter: { minFatalities: 10 } });
	});

	it('says why a value is wrong', () => {
		expect(parseFilterParam('to', '2024-02-30')).toEqual({ reason: 'must be a calendar date, YYYY-MM-DD' });
		expect(parseFilterParam('category', 'bomb')).toEqual({ reason: expect.stringMatching(/^unknown category "bomb"; known: /) });
		expect(parseFilterParam('country', 'AF')).toEqual({ reason: expect.stringContaining('not a code: "AF"') });
		expect(parseFilterParam('q', '!!')).toEqual({ reason: 'must contain a letter or a digit' });
		expect(parseFilterParam('min_fatalities', '-1')).toEqual({ reason: 'must be a whole number, 0 or more' });
	});

	it('gives the API the same answer for one parameter as parseIncidentQuery', () => {
		for (const name of FILTER_PARAMETERS)
			for (const value of ['', 'x', '2024-01-01', 'threat', 'AFG', '3']) {
				const one = parseFilterParam(name, value);
				const api = parseIncidentQuery(new URLSearchParams({ [name]: value }));
				if ('reason' in one) expect(api).toEqual({ problems: [{ parameter: name, reason: one.reason }] });
				else expect('query' in api && api.query).toEqual({ limit: 10_000, ...one.filter });
			}
	});
});
