import type { RequestHandler } from './$types';
import { echoIncidentQuery, parseIncidentQuery } from '$lib/domain/incident-query';
import { incidentStore } from '$lib/server/store';
import { OverlayQueryError, type IncidentQueryResult } from '$lib/server/incident-store';
import { geojson } from '$lib/server/geojson-response';
import { badRequest } from '$lib/server/problem';

/**
 * The incidents matching the query parameters (`parseIncidentQuery` lists them) as a GeoJSON
 * FeatureCollection, with two foreign members: `query`, the query as applied, and `total`, the
 * number of matches before `limit`. A proximity query adds `distance_km` and `proximity` to each
 * feature's properties, nearest first. Any bad parameter: a 400 problem naming it.
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
	const features = hits
		? result.features.map((f) => {
				const { distance_km, proximity } = hits.get(f.id)!;
				return { ...f, properties: { ...f.properties, distance_km, proximity } };
			})
		: result.features;
	return geojson({ type: 'FeatureCollection', query: echoIncidentQuery(parsed.query), total: result.total, features });
};
