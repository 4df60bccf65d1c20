import type { RequestHandler } from './$types';
import { getOverlay } from '$lib/data/overlays';
import { geojson } from '$lib/server/geojson-response';
import { notFound } from '$lib/server/problem';

export const GET: RequestHandler = ({ params }) => {
	const overlay = getOverlay(params.id);
	return overlay ? geojson(overlay) : notFound('overlay', params.id);
};
