import type { RequestHandler } from './$types';
import { incidentStore } from '$lib/server/store';
import { geojson } from '$lib/server/geojson-response';

export const GET: RequestHandler = async () => {
	const features = await incidentStore().list();
	return geojson({ type: 'FeatureCollection', features });
};
