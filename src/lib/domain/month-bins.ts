import type { IncidentProperties } from './incident';

/**
 * Incidents counted by calendar month, for the timeline's histogram. A record known only to a
 * month, a week or a span of days is never put on one invented day: it is spread over the
 * months its [date_start, date_end] interval covers, in proportion to the days in each, so its
 * bars add up to one incident.
 */

/** `YYYY-MM`. */
export type Month = string;

export interface MonthBin {
	month: Month;
	/** Records whose date is known to the day (start = end, precision `day`). */
	exact: number;
	/** Shares of records known less precisely, spread over the months they cover. */
	spread: number;
}

/**
 * What `GET /api/incident-months` answers and the stores count (`IncidentStore.months`): the
 * incidents passing a filter, by month.
 */
export interface MonthCounts {
	/** How many incidents pass the filter. */
	total: number;
	/** One bin per month from the dataset's first month to its last, whatever the filter (so a
	 * chart keeps its axis as the filters change); none when the dataset is empty. */
	months: MonthBin[];
}

type Dated = Pick<IncidentProperties, 'date_start' | 'date_end' | 'date_precision'>;

const DAY_MS = 86_400_000;

/** Months are counted from year 0: `monthIndex('2022-09-05')` − `monthIndex('2022-08-31')` = 1. */
export function monthIndex(date: string): number {
	return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

export function monthOf(index: number): Month {
	const y = Math.floor(index / 12);
	const m = index - y * 12 + 1;
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** First and last day of a month index, as ISO dates. */
export function monthStart(index: number): string {
	return `${monthOf(index)}-01`;
}
export function monthEnd(index: number): string {
	const [y, m] = monthOf(index).split('-').map(Number) as [number, number];
	const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return `${monthOf(index)}-${String(last).padStart(2, '0')}`;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** True when the record is known to one day. */
export function isExactDay(p: Dated): boolean {
	return p.date_precision === 'day' && p.date_start === p.date_end;
}

/** The month span [first, last] of a set of records (null when there are none). */
export function monthSpan(records: readonly Dated[]): [number, number] | null {
	if (records.length === 0) return null;
	let first = Infinity;
	let last = -Infinity;
	for (const p of records) {
		first = Math.min(first, monthIndex(p.date_start));
		last = Math.max(last, monthIndex(p.date_end));
	}
	return [first, last];
}

/** One bin per month from `first` to `last` (month indices, inclusive), every record counted. */
export function monthBins(records: readonly Dated[], first: number, last: number): MonthBin[] {
	const bins: MonthBin[] = [];
	for (let i = first; i <= last; i++) bins.push({ month: monthOf(i), exact: 0, spread: 0 });
	for (const p of records) {
		if (isExactDay(p)) {
			const i = monthIndex(p.date_start) - first;
			if (bins[i]) bins[i].exact += 1;
			continue;
		}
		const start = dayNumber(p.date_start);
		const end = dayNumber(p.date_end) + 1; // the end day is included
		const days = end - start;
		for (let m = monthIndex(p.date_start); m <= monthIndex(p.date_end); m++) {
			const bin = bins[m - first];
			if (!bin) continue;
			const from = Math.max(start, dayNumber(monthStart(m)));
			const to = Math.min(end, dayNumber(monthEnd(m)) + 1);
			bin.spread += (to - from) / days;
		}
	}
	return bins;
}

/**
 * One bin per month from `first` to `last` (month indices, inclusive), holding the counts of the
 * bins given for some of them (in any order; those outside the range are left out), zero elsewhere.
 */
export function fillMonths(counted: readonly MonthBin[], first: number, last: number): MonthBin[] {
	const bins: MonthBin[] = [];
	for (let i = first; i <= last; i++) bins.push({ month: monthOf(i), exact: 0, spread: 0 });
	for (const b of counted) {
		const bin = bins[monthIndex(b.month) - first];
		if (bin) Object.assign(bin, { exact: b.exact, spread: b.spread });
	}
	return bins;
}

/**
 * The bins with `spread` to `decimals` places, as an answer writes them: shares of a day count
 * summed in another order (the two stores) differ in their last bits, not in these.
 */
export function roundedMonths(bins: readonly MonthBin[], decimals = 6): MonthBin[] {
	const scale = 10 ** decimals;
	return bins.map((b) => ({ ...b, spread: Math.round(b.spread * scale) / scale }));
}
