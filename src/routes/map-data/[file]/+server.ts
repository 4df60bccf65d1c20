import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { MAP_DATA_FILES, mapDataResponse, type MapDataFile } from '$lib/server/map-data';

/** A large dataset's map data, fetched by the page (see `$lib/server/map-data.ts`). */
export const GET: RequestHandler = ({ params, url, request }) => {
	if (!(MAP_DATA_FILES as readonly string[]).includes(params.file)) error(404, `No map data "${params.file}"`);
	return mapDataResponse(params.file as MapDataFile, url, request);
};
