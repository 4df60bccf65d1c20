import { describe, expect, it } from 'vitest';
import { addDays, dayOfUnixSeconds, isoDay, monthOfDay, readAcledDate, readIsoDay, yearSpan } from './import-dates';

describe('reading dates', () => {
	it('reads ISO days, with or without a time (UCDP writes 00:00:00.000)', () => {
		expect(readIsoDay('2022-09-05')).toBe('2022-09-05');
		expect(readIsoDay(' 2022-09-05 00:00:00.000 ')).toBe('2022-09-05');
		expect(readIsoDay('2022-09-05T10:00:00Z')).toBe('2022-09-05');
		expect(readIsoDay('2022-02-29')).toBeNull();
		expect(readIsoDay('2022-9-5')).toBeNull();
		expect(readIsoDay('30/09/2022')).toBeNull();
	});

	it('reads the date forms ACLED has used, and refuses slashed dates, which could be either order', () => {
		expect(readAcledDate('2023-02-16')).toBe('2023-02-16');
		expect(readAcledDate('16 February 2023')).toBe('2023-02-16');
		expect(readAcledDate('6-Feb-2023')).toBe('2023-02-06');
		expect(readAcledDate('16-02-2023')).toBe('2023-02-16');
		expect(readAcledDate('31 April 2023')).toBeNull();
		expect(readAcledDate('16 Febtober 2023')).toBeNull();
		expect(readAcledDate('02/03/2023')).toBeNull();
		expect(readAcledDate('2022/13/45')).toBeNull();
	});

	it('checks that a day exists', () => {
		expect(isoDay(2024, 2, 29)).toBe('2024-02-29');
		expect(isoDay(2023, 2, 29)).toBeNull();
		expect(isoDay(0, 1, 1)).toBeNull();
	});
});

describe('day arithmetic', () => {
	it('moves across months and years', () => {
		expect(addDays('2022-06-15', -3)).toBe('2022-06-12');
		expect(addDays('2022-12-30', 3)).toBe('2023-01-02');
	});

	it('gives the month of a day and the span of a year', () => {
		expect(monthOfDay('2024-02-15')).toEqual(['2024-02-01', '2024-02-29']);
		expect(monthOfDay('2022-12-01')).toEqual(['2022-12-01', '2022-12-31']);
		expect(yearSpan(2022)).toEqual(['2022-01-01', '2022-12-31']);
	});

	it('reads a Unix timestamp in seconds as its UTC day', () => {
		expect(dayOfUnixSeconds('1662940800')).toBe('2022-09-12');
		expect(dayOfUnixSeconds('')).toBeNull();
		expect(dayOfUnixSeconds('yesterday')).toBeNull();
	});
});
