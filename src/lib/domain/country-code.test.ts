import { describe, expect, it } from 'vitest';
import { iso3FromName, iso3FromNumeric } from './country-code';

describe('country codes', () => {
	it('reads ISO 3166-1 numeric codes as ACLED writes them', () => {
		expect(iso3FromNumeric('4')).toBe('AFG');
		expect(iso3FromNumeric('004')).toBe('AFG');
		expect(iso3FromNumeric('762')).toBe('TJK');
		expect(iso3FromNumeric('999')).toBeNull();
		expect(iso3FromNumeric('AFG')).toBeNull();
	});

	it('reads the names the datasets use, including UCDP’s parentheses and GTD’s older names', () => {
		expect(iso3FromName('Afghanistan')).toBe('AFG');
		expect(iso3FromName('DR Congo (Zaire)')).toBe('COD');
		expect(iso3FromName('Myanmar (Burma)')).toBe('MMR');
		expect(iso3FromName('Yemen (North Yemen)')).toBe('YEM');
		expect(iso3FromName('Russia (Soviet Union)')).toBe('RUS');
		expect(iso3FromName('Bosnia-Herzegovina')).toBe('BIH');
		expect(iso3FromName('West Bank and Gaza Strip')).toBe('PSE');
	});

	it('does not guess which of today’s countries a former state stands for', () => {
		expect(iso3FromName('Soviet Union')).toBeNull();
		expect(iso3FromName('Yugoslavia')).toBeNull();
		expect(iso3FromName('West Germany (FRG)')).toBeNull();
		expect(iso3FromName('')).toBeNull();
	});
});
