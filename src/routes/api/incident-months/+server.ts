import type { RequestHandler } from './$types';
import { echoIncidentFilter } from '$lib/domain/incident-query';
import { roundedMonths } from '$lib/domain/month-bins';
import { parseTileFilter } from '$lib/domain/tile-filter';
import { incidentStore } from '$lib/server/store';
import { badRequest } from '$lib/server/problem';
import { ResponseCache } from '$lib/server/response-cache';
import { onDataChange } from '$lib/server/data-changes';
import { DATA_CACHE_CONTROL } from '$lib/server/http-cache';

/** An answer is computed once per distinct filter, until the store's data changes (`data:load`). */
const answers = new ResponseCache();
onDataChange(() => answers.clear());

/**
 * The incidents passing the filters in the query counted by calendar month (`IncidentStore.months`):
 * `{ query, total, months: [{ month, exact, spread }] }`, one bin per month of the dataset, what the
 * map's timeline draws when the page does not hold every incident (tile mode). The filters are the
 * tiles' (`tile-filter.ts`: the API's filter parameters, an empty list meaning none); any other
 * parameter, or a bad value, is a 400 problem naming it. ETag, Cache-Control and 304 come from
 * `http-cache.ts`.
 */
export const GET: RequestHandler = async ({ url }) => {
	const parsed = parseTileFilter(url.searchParams, 'the month counts');
	if ('problems' in parsed) return badRequest(parsed.problems);
	const key = JSON.stringify(parsed.filter);
	const kept = answers.get(key);
	if (kept) return kept;
	const { total, months } = await incidentStore().months(parsed.filter);
	return answers.put(key, {
		headers: { 'content-type': 'application/json', 'cache-control': DATA_CACHE_CONTROL },
		body: JSON.stringify({ query: echoIncidentFilter(parsed.filter), total, months: roundedMonths(months) })
	});
};
