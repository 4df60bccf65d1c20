import { env } from '$env/dynamic/private';
import { TILE_URL_TEMPLATE } from '../../domain/tile-schema';
import { wholeNumberSetting } from '../whole-number-setting';

/** Above this many incidents the map draws vector tiles (`/tiles/…`); at or below it, GeoJSON. */
export const DEFAULT_TILES_ABOVE = 200_000;

/**
 * The `TILES_ABOVE` setting: the number of incidents above which the map page draws from vector
 * tiles instead of fetching every incident (`DEFAULT_TILES_ABOVE` when unset). A value that is
 * not a whole number stops the server, naming the setting.
 */
export function tilesAbove(setting: string | undefined = env.TILES_ABOVE): number {
	return wholeNumberSetting('TILES_ABOVE', setting, { fallback: DEFAULT_TILES_ABOVE, unit: 'incidents' });
}

/** A map page's data with `tiles`: the tiles' URL template above `TILES_ABOVE` incidents, else null. */
export function withTiles<T extends { total: number }>(data: T): T & { tiles: string | null } {
	return { ...data, tiles: data.total > tilesAbove() ? TILE_URL_TEMPLATE : null };
}
