import type { RequestHandler } from './$types';
import { incidentStore } from '$lib/server/store';
import { geojson } from '$lib/server/geojson-response';
import { notFound } from '$lib/server/problem';

export const GET: RequestHandler = async ({ params }) => {
	const feature = await incidentStore().get(params.id);
	return feature ? geojson(feature) : notFound('incident', params.id);
};
