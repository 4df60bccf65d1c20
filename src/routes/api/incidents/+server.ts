import type { RequestHandler } from './$types';
import { echoIncidentQuery, parseIncidentQuery } from '$lib/domain/incident-query';
import { incidentStore } from '$lib/server/store';
import { OverlayQueryError, type IncidentQueryResult } from '$lib/server/incident-store';
import { geojson } from '$lib/server/geojson-response';
import { badRequest } from '$lib/server/problem';
import { contentDisposition, exportFilename } from '$lib/server/export-filename';
import { incidentsCsv } from '$lib/server/incidents-csv';

/**
 * The incidents matching the query parameters (`parseIncidentQuery` lists them) as a GeoJSON
 * FeatureCollection, with two foreign members: `query`, the query as applied, and `total`, the
 * number of matches before `limit`. A proximity query adds `distance_km` and `proximity` to each
 * feature's properties, nearest first. Any bad parameter: a 400 problem naming it.
 *
 * `format=geojson|csv` makes the answer a download (`Content-Disposition: attachment`) named after
 * the query (`exportFilename`); `csv` writes ACLED-style rows (`acledRow`). Without `format` the
 * GeoJSON is shown inline, under the same kind of name.
 */
export const GET: RequestHandler = async ({ url }) => {
	const parsed = parseIncidentQuery(url.searchParams);
	if ('problems' in parsed) return badRequest(parsed.problems);
	let result: IncidentQueryResult;
	try {
		result = await incidentStore().list(parsed.query);
	} catch (e) {
		if (e instanceof OverlayQueryError) return badRequest([{ parameter: e.parameter, reason: e.reason }]);
		throw e;
	}
	const { hits } = result;
	const disposition = contentDisposition(
		exportFilename(parsed.query, parsed.format),
		url.searchParams.has('format') ? 'attachment' : 'inline'
	);
	if (parsed.format === 'csv')
		return new Response(incidentsCsv(result.features, hits), {
			headers: {
				'content-type': 'text/csv; charset=utf-8; header=present',
				'content-disposition': disposition,
				'cache-control': 'public, max-age=60, must-revalidate'
			}
		});
	const features = hits
		? result.features.map((f) => {
				const { distance_km, proximity } = hits.get(f.id)!;
				return { ...f, properties: { ...f.properties, distance_km, proximity } };
			})
		: result.features;
	return geojson(
		{ type: 'FeatureCollection', query: echoIncidentQuery(parsed.query), total: result.total, features },
		{ 'content-disposition': disposition }
	);
};
