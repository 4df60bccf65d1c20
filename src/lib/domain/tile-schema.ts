/**
 * What an incident vector tile holds (`GET /tiles/{z}/{x}/{y}.mvt`), named once for the server
 * that writes it and the map that draws it. One layer, `TILE_LAYER`, of points:
 *
 *   a cluster (zooms 0..TILE_CLUSTER_MAX_ZOOM)   point_count, cluster_id, category (that of its
 *                                               deadliest member; ties: the first category by id),
 *                                               fatalities_best (the largest figure among them)
 *   a single incident                           id, category, kind, fatalities_best (absent when
 *                                               unknown), geo_precision, halo_px_z0
 *
 * Records placed only to an area are not in the tiles: the map draws them as their area.
 */
export const TILE_LAYER = 'incidents';

/** Coordinates per tile side (the MVT default). */
export const TILE_EXTENT = 4096;

/** Clusters form up to this zoom; from the next one every incident is its own feature (as the GeoJSON path). */
export const TILE_CLUSTER_MAX_ZOOM = 11;

/** Cluster radius in screen pixels of a 512-pixel tile (the GeoJSON path's `clusterRadius`). */
export const TILE_CLUSTER_RADIUS_PX = 36;

/** The tile source's own zoom range: past it MapLibre overzooms the deepest tiles. */
export const TILE_MAX_ZOOM = 14;

export const TILE_PROP = {
	id: 'id',
	category: 'category',
	kind: 'kind',
	fatalities: 'fatalities_best',
	geoPrecision: 'geo_precision',
	haloPxZ0: 'halo_px_z0',
	pointCount: 'point_count',
	clusterId: 'cluster_id'
} as const;

export const TILE_CONTENT_TYPE = 'application/vnd.mapbox-vector-tile';

/** The tiles' URL template, as a map's vector source takes it (the filters follow as a query). */
export const TILE_URL_TEMPLATE = '/tiles/{z}/{x}/{y}.mvt';
