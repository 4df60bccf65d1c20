import type { PageServerLoad } from './$types';
import { TILE_URL_TEMPLATE } from '$lib/domain/tile-schema';
import { mapPageData } from '$lib/server/map-page-data';
import { tilesAbove } from '$lib/server/tiles/tile-mode';

/** The map page's data; above `TILES_ABOVE` incidents, the URL of the tiles the map draws instead. */
export const load: PageServerLoad = async ({ url }) => {
	const data = await mapPageData(url);
	return { ...data, tiles: data.total > tilesAbove() ? TILE_URL_TEMPLATE : null };
};
