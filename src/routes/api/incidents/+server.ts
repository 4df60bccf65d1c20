import type { RequestHandler } from './$types';
import { echoIncidentQuery, parseIncidentQuery, type IncidentQuery } from '$lib/domain/incident-query';
import type { ExportFormat } from '$lib/domain/query-parameters';
import { incidentStore } from '$lib/server/store';
import { OverlayQueryError, type IncidentQueryResult } from '$lib/server/incident-store';
import { GEOJSON_HEADERS } from '$lib/server/geojson-response';
import { badRequest } from '$lib/server/problem';
import { contentDisposition, exportFilename } from '$lib/server/export-filename';
import { incidentsCsv } from '$lib/server/incidents-csv';
import { ResponseCache } from '$lib/server/response-cache';
import { onDataChange } from '$lib/server/data-changes';

/** An answer is computed once per distinct query, until the store's data changes (`data:load`). */
const answers = new ResponseCache();
onDataChange(() => answers.clear());

/**
 * The incidents matching the query parameters (`parseIncidentQuery` lists them) as a GeoJSON
 * FeatureCollection, with two foreign members: `query`, the query as applied, and `total`, the
 * number of matches before `limit`. A proximity query adds `distance_km` and `proximity` to each
 * feature's properties, nearest first. Any bad parameter: a 400 problem naming it.
 *
 * `format=geojson|csv` makes the answer a download (`Content-Disposition: attachment`) named after
 * the query (`exportFilename`); `csv` writes ACLED-style rows (`acledRow`). Without `format` the
 * GeoJSON is shown inline, under the same kind of name.
 *
 * Answers are kept (`ResponseCache`) by the query as parsed, so the same question asked again,
 * however it is spelled, costs a lookup. Bad queries (400) and overlay errors are not kept.
 */
export const GET: RequestHandler = async ({ url }) => {
	const parsed = parseIncidentQuery(url.searchParams);
	if ('problems' in parsed) return badRequest(parsed.problems);
	const attachment = url.searchParams.has('format');
	const key = JSON.stringify([parsed.format, attachment, parsed.query]);
	const kept = answers.get(key);
	if (kept) return kept;
	const fresh = await answer(parsed.query, parsed.format, attachment);
	return fresh instanceof Response ? fresh : answers.put(key, fresh);
};

/** The answer to a good query (its headers and body), or a problem response. */
async function answer(
	query: IncidentQuery,
	format: ExportFormat,
	attachment: boolean
): Promise<{ headers: Record<string, string>; body: string } | Response> {
	let result: IncidentQueryResult;
	try {
		result = await incidentStore().list(query);
	} catch (e) {
		if (e instanceof OverlayQueryError) return badRequest([{ parameter: e.parameter, reason: e.reason }]);
		throw e;
	}
	const { hits } = result;
	const disposition = contentDisposition(exportFilename(query, format), attachment ? 'attachment' : 'inline');
	if (format === 'csv')
		return {
			headers: {
				'content-type': 'text/csv; charset=utf-8; header=present',
				'content-disposition': disposition,
				'cache-control': GEOJSON_HEADERS['cache-control']
			},
			body: incidentsCsv(result.features, hits)
		};
	const features = hits
		? result.features.map((f) => {
				const { distance_km, proximity } = hits.get(f.id)!;
				return { ...f, properties: { ...f.properties, distance_km, proximity } };
			})
		: result.features;
	return {
		headers: { ...GEOJSON_HEADERS, 'content-disposition': disposition },
		body: JSON.stringify({ type: 'FeatureCollection', query: echoIncidentQuery(query), total: result.total, features })
	};
}
