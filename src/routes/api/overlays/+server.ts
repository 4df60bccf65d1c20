import type { RequestHandler } from './$types';
import { loadOverlays } from '$lib/data/overlays';
import { geojson } from '$lib/server/geojson-response';

export const GET: RequestHandler = () => geojson(loadOverlays());
