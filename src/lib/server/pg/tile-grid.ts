import { TILE_CLUSTER_MAX_ZOOM, TILE_CLUSTER_RADIUS_PX } from '../../domain/tile-schema';

/**
 * The grid PostGIS clusters on (`queries/tile-*.sql`, the `tile_clusters` table): `cells` × `cells`
 * a tile, each about as wide as the GeoJSON path's cluster radius, at zooms 0..`maxZoom`.
 */
export const TILE_GRID = { cells: Math.round(512 / TILE_CLUSTER_RADIUS_PX), maxZoom: TILE_CLUSTER_MAX_ZOOM } as const;
