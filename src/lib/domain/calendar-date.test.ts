import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isCalendarDate } from './calendar-date';

const CASES = [
	'2022-09-05',
	'2022-02-28',
	'2022-02-29',
	'2024-02-29',
	'1900-02-29',
	'2000-02-29',
	'2022-04-31',
	'2022-12-31',
	'2022-13-01',
	'2022-00-10',
	'2022-01-00',
	'2022-1-5',
	'22-01-05',
	'2022-01-05T00:00',
	' 2022-01-05',
	'yesterday',
	''
];

describe('isCalendarDate', () => {
	it('agrees with zod’s ISO date (what the schema uses) on every case', () => {
		for (const c of CASES) expect([c, isCalendarDate(c)]).toEqual([c, z.iso.date().safeParse(c).success]);
	});
	it('accepts real days and refuses impossible ones', () => {
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('2022-02-29')).toBe(false);
		expect(isCalendarDate('2022-04-31')).toBe(false);
	});
});
