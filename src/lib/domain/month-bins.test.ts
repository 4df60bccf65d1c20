import { describe, expect, it } from 'vitest';
import { fillMonths, monthBins, monthEnd, monthIndex, monthOf, monthSpan, monthStart } from './month-bins';
import type { DatePrecision } from './incident';

const rec = (date_start: string, date_end = date_start, date_precision: DatePrecision = 'day') => ({
	date_start,
	date_end,
	date_precision
});

describe('month arithmetic', () => {
	it('converts between dates, month indices and month bounds', () => {
		expect(monthIndex('2022-09-05') - monthIndex('2022-08-31')).toBe(1);
		expect(monthIndex('2022-01-01') - monthIndex('2021-12-31')).toBe(1);
		expect(monthOf(monthIndex('2021-12-15'))).toBe('2021-12');
		expect(monthStart(monthIndex('2022-02-10'))).toBe('2022-02-01');
		expect(monthEnd(monthIndex('2022-02-10'))).toBe('2022-02-28');
		expect(monthEnd(monthIndex('2024-02-10'))).toBe('2024-02-29');
		expect(monthEnd(monthIndex('2022-12-01'))).toBe('2022-12-31');
	});

	it('spans from the earliest start to the latest end', () => {
		expect(monthSpan([rec('2022-06-30', '2022-07-29', 'month'), rec('2021-08-26')])).toEqual([
			monthIndex('2021-08-01'),
			monthIndex('2022-07-01')
		]);
		expect(monthSpan([])).toBeNull();
	});
});

describe('monthBins', () => {
	it('counts a record known to the day in its month, as exact', () => {
		const bins = monthBins([rec('2022-09-02'), rec('2022-09-05'), rec('2022-08-11')], monthIndex('2022-08-01'), monthIndex('2022-09-01'));
		expect(bins).toEqual([
			{ month: '2022-08', exact: 1, spread: 0 },
			{ month: '2022-09', exact: 2, spread: 0 }
		]);
	});

	it('spreads an imprecise record over the months it covers, by days, adding up to one', () => {
		// The Dhu al-Hijja tally: 30 June to 29 July — one day in June, 29 in July; never on a single day.
		const bins = monthBins([rec('2022-06-30', '2022-07-29', 'month')], monthIndex('2022-05-01'), monthIndex('2022-08-01'));
		expect(bins.map((b) => b.month)).toEqual(['2022-05', '2022-06', '2022-07', '2022-08']);
		expect(bins.map((b) => b.exact)).toEqual([0, 0, 0, 0]);
		expect(bins[1]!.spread).toBeCloseTo(1 / 30);
		expect(bins[2]!.spread).toBeCloseTo(29 / 30);
		expect(bins[0]!.spread + bins[3]!.spread).toBe(0);
		expect(bins.reduce((s, b) => s + b.spread, 0)).toBeCloseTo(1);
	});

	it('spreads a record known only to a month across that month, and a year across its twelve', () => {
		const month = monthBins([rec('2022-03-01', '2022-03-31', 'month')], monthIndex('2022-03-01'), monthIndex('2022-03-01'));
		expect(month).toEqual([{ month: '2022-03', exact: 0, spread: 1 }]);
		const year = monthBins([rec('2021-01-01', '2021-12-31', 'year')], monthIndex('2021-01-01'), monthIndex('2021-12-01'));
		expect(year.map((b) => b.spread.toFixed(3))).toEqual(
			[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].map((d) => (d / 365).toFixed(3))
		);
	});

	it('treats a day-precision record spanning several days as spread, not exact', () => {
		const bins = monthBins([rec('2022-01-31', '2022-02-01')], monthIndex('2022-01-01'), monthIndex('2022-02-01'));
		expect(bins).toEqual([
			{ month: '2022-01', exact: 0, spread: 0.5 },
			{ month: '2022-02', exact: 0, spread: 0.5 }
		]);
	});

	it('leaves out the parts of records outside the range', () => {
		const bins = monthBins([rec('2021-08-26'), rec('2022-06-30', '2022-07-29', 'month')], monthIndex('2022-07-01'), monthIndex('2022-07-01'));
		expect(bins).toHaveLength(1);
		expect(bins[0]!.exact).toBe(0);
		expect(bins[0]!.spread).toBeCloseTo(29 / 30);
	});
});

describe('fillMonths', () => {
	it('puts counted months in a bin per month of the range, zero elsewhere, in order', () => {
		const counted = [
			{ month: '2022-03', exact: 0, spread: 0.5 },
			{ month: '2021-12', exact: 2, spread: 0 },
			{ month: '2023-01', exact: 9, spread: 0 } // outside the range: left out
		];
		expect(fillMonths(counted, monthIndex('2021-11-01'), monthIndex('2022-03-01'))).toEqual([
			{ month: '2021-11', exact: 0, spread: 0 },
			{ month: '2021-12', exact: 2, spread: 0 },
			{ month: '2022-01', exact: 0, spread: 0 },
			{ month: '2022-02', exact: 0, spread: 0 },
			{ month: '2022-03', exact: 0, spread: 0.5 }
		]);
	});

	it('gives what monthBins gives when handed its non-empty months', () => {
		const records = [rec('2021-08-26'), rec('2022-06-30', '2022-07-29', 'month'), rec('2022-09-05')];
		const [first, last] = [monthIndex('2021-06-01'), monthIndex('2022-12-01')];
		const whole = monthBins(records, first, last);
		expect(fillMonths(whole.filter((b) => b.exact + b.spread > 0), first, last)).toEqual(whole);
	});
});
