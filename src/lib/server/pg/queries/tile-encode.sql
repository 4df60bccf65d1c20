-- One incident vector tile (domain/tile-schema.ts), written by ST_AsMVT from `args` (z, x, y,
-- cells, extent, grid, max_zoom) and `rows` (tile-points.sql or tile-clusters.sql: per grid cell —
-- per point past the cluster zooms, `member` — and category: point_count, sum_x31, sum_y31,
-- fatalities, id, and a lone point's kind, geo_precision, halo_px_z0). A cell holding several
-- points is one cluster at their mean position, with point_count, a cluster_id unique over every
-- zoom, the category of its deadliest member (ties: the first category) and the largest figure.
-- Also says whether the tile tables were built from the serving data (`fresh`) on this grid.
WITH groups AS (
	SELECT min(cell) AS cell, sum(point_count)::bigint AS point_count,
		sum(sum_x31)::float8 AS sum_x31, sum(sum_y31)::float8 AS sum_y31, min(id) AS id, max(fatalities) AS fatalities,
		(array_agg(category ORDER BY coalesce(fatalities, -1) DESC, category))[1] AS category,
		min(kind) AS kind, min(geo_precision) AS geo_precision, min(halo_px_z0) AS halo_px_z0
	FROM rows
	GROUP BY cell, member
), box AS (
	SELECT a.*, env, ST_XMin(env) AS x0, ST_YMax(env) AS y0, ST_XMax(env) - ST_XMin(env) AS side
	FROM args a, ST_TileEnvelope(a.z, a.x, a.y) AS env
), features AS (
	SELECT
		-- The mean position (the middle of its 2^-31 unit), in units of the tile's side from its corner.
		ST_AsMVTGeom(ST_Point(b.x0 + ((g.sum_x31 / g.point_count + 0.5) / 2 ^ (31 - b.z) - b.x) * b.side,
			b.y0 - ((g.sum_y31 / g.point_count + 0.5) / 2 ^ (31 - b.z) - b.y) * b.side, 3857), b.env, b.extent, 0, false) AS geom,
		CASE WHEN g.point_count > 1 THEN g.point_count END AS point_count,
		CASE WHEN g.point_count > 1
			THEN ((4::bigint ^ b.z - 1) / 3 + b.y::bigint * 2 ^ b.z + b.x)::bigint * b.cells * b.cells + g.cell END AS cluster_id,
		CASE WHEN g.point_count = 1 THEN g.id END AS id,
		g.category,
		g.fatalities AS fatalities_best,
		CASE WHEN g.point_count = 1 THEN g.kind END AS kind,
		CASE WHEN g.point_count = 1 THEN g.geo_precision END AS geo_precision,
		CASE WHEN g.point_count = 1 THEN g.halo_px_z0 END AS halo_px_z0
	FROM groups g CROSS JOIN box b
)
SELECT coalesce(ST_AsMVT(features, 'incidents', (SELECT extent FROM args), 'geom'), '') AS tile,
	EXISTS (SELECT 1 FROM tile_build t JOIN incident_summary s USING (version)) AS fresh,
	EXISTS (SELECT 1 FROM tile_build t, args a WHERE t.grid_cells = a.grid AND t.cluster_max_zoom = a.max_zoom) AS same_grid
FROM features
