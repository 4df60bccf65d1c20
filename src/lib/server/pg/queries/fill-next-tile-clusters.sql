-- Every cluster zoom's grid (tile_clusters, migration 005) from the built points: per zoom 0..$2,
-- tile, grid cell ($1 cells a tile side), category and country, the points' count, summed
-- positions, largest death toll, first id, and a lone point's feature properties. A cell's column
-- at zoom z is (x31 · $1) >> (31 − z), so each zoom's cells are the next zoom's taken two by two:
-- the deepest zoom is summed from the points, every other from it. Written in (z, x, y) order.
INSERT INTO tile_clusters_next (z, x, y, cell, category, iso3, point_count, sum_x31, sum_y31, fatalities, id,
	kind, geo_precision, halo_px_z0)
WITH deepest AS MATERIALIZED (
	SELECT (x31::bigint * $1::int) >> (31 - $2::int) AS gx, (y31::bigint * $1::int) >> (31 - $2::int) AS gy, category, iso3,
		count(*) AS n, sum(x31) AS sx, sum(y31) AS sy, max(fatalities) AS fatalities, min(id) AS id,
		min(kind) AS kind, min(geo_precision) AS geo_precision, min(halo_px_z0) AS halo_px_z0
	FROM incident_tile_points_next
	GROUP BY 1, 2, 3, 4
), zoomed AS (
	SELECT z, d.gx >> ($2::int - z) AS gx, d.gy >> ($2::int - z) AS gy, d.category, d.iso3,
		sum(d.n) AS n, sum(d.sx) AS sx, sum(d.sy) AS sy, max(d.fatalities) AS fatalities, min(d.id) AS id,
		min(d.kind) AS kind, min(d.geo_precision) AS geo_precision, min(d.halo_px_z0) AS halo_px_z0
	FROM deepest d CROSS JOIN generate_series(0, $2::int) AS z
	GROUP BY 1, 2, 3, 4, 5
)
SELECT z, gx / $1::int, gy / $1::int, (gy % $1::int) * $1::int + gx % $1::int, category, iso3, n, sx, sy, fatalities, id,
	CASE WHEN n = 1 THEN kind END, CASE WHEN n = 1 THEN geo_precision END, CASE WHEN n = 1 THEN halo_px_z0 END
FROM zoomed
ORDER BY 1, 2, 3
