import { describe, expect, it } from 'vitest';
import { formatCasualties, formatClaim, formatDateRange, formatPlacePrecision } from './format';

describe('formatDateRange', () => {
	it('names a day, a month and a range as a reader would', () => {
		expect(formatDateRange('2022-09-05', '2022-09-05', 'day')).toBe('5 September 2022');
		expect(formatDateRange('2022-04-01', '2022-04-30', 'month')).toBe('April 2022');
		expect(formatDateRange('2022-06-30', '2022-07-29', 'month')).toBe('30 June 2022 – 29 July 2022');
		expect(formatDateRange('2022-01-01', '2022-12-31', 'year')).toBe('2022');
	});
});

describe('formatCasualties', () => {
	it('says unknown for unknown figures and never turns them into 0', () => {
		expect(formatCasualties({ low: null, best: null, high: null, reported_by: null })).toBe('unknown');
		expect(formatCasualties(null)).toBe('not applicable');
		expect(formatCasualties({ low: 0, best: 0, high: 0, reported_by: 'x' })).toBe('0');
	});
	it('shows a best figure with its reported range', () => {
		expect(formatCasualties({ low: 170, best: 183, high: 185, reported_by: 'x' })).toBe('183 (reported range 170–185)');
		expect(formatCasualties({ low: 6, best: null, high: 11, reported_by: 'x' })).toBe('6–11');
	});
});

describe('formatClaim and formatPlacePrecision', () => {
	it('say who claimed and how precise the place is', () => {
		expect(formatClaim({ status: 'claimed', by: 'Islamic State', outlet: 'Amaq', note: null })).toBe(
			'Claimed by Islamic State through Amaq'
		);
		expect(formatPlacePrecision({ geo_precision: 'city', uncertainty_km: 12.4 })).toBe(
			'city (exact site unknown), within about 12 km'
		);
	});
});
