import { CATEGORY_IDS, isCategoryId, type CategoryId } from './categories';
import { foldText } from './text-match';
import { isCalendarDate } from './calendar-date';
import type { IncidentFilter } from './incident-query';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from './query-parameters';
import { wholeNumber } from './whole-number';

/**
 * The API's filter parameters, one at a time: what `parseIncidentQuery` applies for each, and all
 * a map page needs to read its URL's filters (`view-params.ts`) without the rest of the API's
 * parser (boxes, proximity, formats) in its first load.
 */

export const FILTER_PARAMETERS = ['from', 'to', 'category', 'country', 'q', 'min_fatalities'] as const;
export type FilterParameter = (typeof FILTER_PARAMETERS)[number];


const ISO3 = /^[A-Z]{3}$/;

/** The part of a filter one parameter's value sets, or why the value is wrong. */
export type FilterParamResult = { filter: Partial<IncidentFilter> } | { reason: string };

export function parseFilterParam(name: FilterParameter, value: string): FilterParamResult {
	const fail = (reason: string) => ({ reason });
	switch (name) {
		case 'from':
		case 'to':
			return isCalendarDate(value) ? { filter: { [name]: value } } : fail('must be a calendar date, YYYY-MM-DD');
		case 'category': {
			const ids = list(value);
			const unknown = ids.filter((id) => !isCategoryId(id));
			if (ids.length > MAX_LIST_ITEMS) return fail(tooMany(ids.length));
			if (ids.length === 0 || ids.includes('')) return fail('must be a comma-separated list of category ids, none empty');
			if (unknown.length > 0) return fail(`unknown category ${quoted(unknown)}; known: ${CATEGORY_IDS.join(', ')}`);
			return { filter: { categories: ids as CategoryId[] } };
		}
		case 'country': {
			const codes = list(value).map((c) => c.toUpperCase());
			const bad = codes.filter((c) => !ISO3.test(c));
			if (codes.length > MAX_LIST_ITEMS) return fail(tooMany(codes.length));
			if (codes.length === 0 || bad.length > 0)
				return fail(`must be comma-separated ISO 3166-1 alpha-3 codes (e.g. AFG,UZB); not a code: ${quoted(bad)}`);
			return { filter: { countries: codes } };
		}
		case 'q':
			if (value.length > MAX_TEXT_LENGTH) return fail(`must be at most ${MAX_TEXT_LENGTH} characters`);
			if (foldText(value) === '') return fail('must contain a letter or a digit');
			return { filter: { text: value.trim() } };
		case 'min_fatalities': {
			const n = wholeNumber(value);
			return n === undefined ? fail('must be a whole number, 0 or more') : { filter: { minFatalities: n } };
		}
	}
}


function list(value: string): string[] {
	return value.split(',').map((s) => s.trim());
}

function quoted(values: string[]): string {
	return values.map((v) => `"${v}"`).join(', ');
}

const tooMany = (n: number) => `must list at most ${MAX_LIST_ITEMS} values (got ${n})`;
