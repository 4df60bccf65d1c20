import { describe, expect, it } from 'vitest';
import { filterOptions } from './filter-options';
import type { IncidentFeature } from './incident';

const f = (iso3: string, country: string, perpetrator: string | null) =>
	({ properties: { place: { iso3, country }, perpetrator } }) as unknown as IncidentFeature;

describe('filterOptions', () => {
	it('lists each country once under its most used name, and perpetrators with unknown last', () => {
		const o = filterOptions([
			f('UZB', 'Uzbekistan', 'ISKP'),
			f('UZB', 'Uzbekistan, Kyrgyzstan, Tajikistan', null),
			f('UZB', 'Uzbekistan', 'ISKP'),
			f('AFG', 'Afghanistan', 'United States (CIA)')
		]);
		expect(o.countries).toEqual([
			{ iso3: 'AFG', name: 'Afghanistan' },
			{ iso3: 'UZB', name: 'Uzbekistan' }
		]);
		expect(o.perpetrators).toEqual(['ISKP', 'United States (CIA)', 'unknown']);
	});
});
