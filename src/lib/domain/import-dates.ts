import { isCalendarDate } from './calendar-date';

/**
 * Dates as the standard event datasets write them, read into ISO `YYYY-MM-DD`, and the day
 * arithmetic the importers need to turn a precision code into a date range. All in UTC days.
 */

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` for a year, month (1–12) and day, or null when no such day exists. */
export function isoDay(year: number, month: number, day: number): string | null {
	if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
	const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
	return isCalendarDate(text) ? text : null;
}

/**
 * An ISO day, optionally followed by a time (UCDP writes `2021-08-26 00:00:00.000`): the day, or
 * null when the text is no such day.
 */
export function readIsoDay(text: string): string | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
	return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * A date as ACLED has written it: `2023-02-16` (the current codebook), `16 February 2023` or
 * `16-February-2023` (older exports; the month may be abbreviated), or `16-02-2023` (day first,
 * as ACLED's R package documents for older files). Slashed dates are refused: `02/03/2023` could
 * be either order.
 */
export function readAcledDate(text: string): string | null {
	const t = text.trim();
	const iso = readIsoDay(t);
	if (iso) return iso;
	const named = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})$/.exec(t);
	if (named) {
		const word = named[2]!.toLowerCase();
		const month = MONTHS.findIndex((m) => m === word || (word.length >= 3 && m.startsWith(word)));
		return month < 0 ? null : isoDay(Number(named[3]), month + 1, Number(named[1]));
	}
	const dayFirst = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
	return dayFirst ? isoDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])) : null;
}

function toUtc(day: string): Date {
	return new Date(`${day}T00:00:00Z`);
}

const fromUtc = (d: Date) => d.toISOString().slice(0, 10);

/** The day `n` days after `day` (before, when negative). */
export function addDays(day: string, n: number): string {
	const d = toUtc(day);
	d.setUTCDate(d.getUTCDate() + n);
	return fromUtc(d);
}

/** The first and last day of the month that holds `day`. */
export function monthOfDay(day: string): [string, string] {
	const [y, m] = day.split('-').map(Number) as [number, number];
	return [`${day.slice(0, 7)}-01`, fromUtc(new Date(Date.UTC(y, m, 0)))];
}

/** The first and last day of a year. */
export function yearSpan(year: number): [string, string] {
	return [`${pad(year, 4)}-01-01`, `${pad(year, 4)}-12-31`];
}

/** The UTC day of a Unix timestamp in seconds (ACLED's `timestamp`), or null when it is not one. */
export function dayOfUnixSeconds(text: string): string | null {
	if (!/^\d{9,11}$/.test(text.trim())) return null;
	return fromUtc(new Date(Number(text) * 1000));
}
