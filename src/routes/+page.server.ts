import type { PageServerLoad } from './$types';
import { mapPageData } from '$lib/server/map-page-data';
import { withTiles } from '$lib/server/tiles/tile-mode';

/** The map page's data; above `TILES_ABOVE` incidents, with the URL of the tiles the map draws instead. */
export const load: PageServerLoad = async ({ url }) => withTiles(await mapPageData(url));
