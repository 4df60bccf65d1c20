import { describe, expect, it } from 'vitest';
import { excerpt, formatCasualties, formatClaim, formatCount, formatDateRange, formatKm, formatPlacePrecision } from './format';

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

describe('excerpt', () => {
	it('keeps short text whole, with whitespace collapsed', () => {
		expect(excerpt('  A bomb\n struck  Kabul. ')).toBe('A bomb struck Kabul.');
	});

	it('cuts long text at a word, within the limit, with an ellipsis', () => {
		const text = 'During the August 2021 evacuation, a suicide bomber struck the crowd packed outside Abbey Gate of Kabul airport, where Afghans hoping to leave were being screened.';
		const short = excerpt(text, 60);
		expect(short).toBe('During the August 2021 evacuation, a suicide bomber struck…');
		expect(short.length).toBeLessThanOrEqual(60);
	});

	it('cuts a single overlong word hard', () => {
		expect(excerpt('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
	});
});

describe('formatCount', () => {
	it('groups thousands as English does, as toLocaleString would', () => {
		for (const n of [0, 7, 13, 999, 1000, 1234, 99_999, 100_000, 1_000_000, 1_234_567_890, -4321])
			expect(formatCount(n), String(n)).toBe(n.toLocaleString('en-US'));
	});

	it('rounds to a whole number', () => {
		expect(formatCount(1234.6)).toBe('1,235');
		expect(formatKm(1234.4)).toBe('1,234 km');
	});
});
