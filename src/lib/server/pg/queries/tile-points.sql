-- A tile from the points (the live path, for any filter; tile-encode.sql writes it): the filtered
-- tile points ($1..$10, filtered.sql over tile-points-filterable.sql) of z/x/y = $11/$12/$13 — one
-- range of the Z-order key — summed per grid cell ($14 cells a tile side, up to zoom $15) and
-- category; past zoom $15 each point on its own (`member`). Extent $16.
WITH args AS (
	SELECT $11::int AS z, $12::int AS x, $13::int AS y, CASE WHEN $11::int <= $15::int THEN $14::int ELSE 0 END AS cells,
		$14::int AS grid, $15::int AS max_zoom, $16::int AS extent
), rows AS (
	-- The parameters, not args, in what is grouped: the planner folds them, and sees few groups.
	SELECT
		CASE WHEN $11::int <= $15::int THEN
			(((f.y31::bigint * $14::int) >> (31 - $11::int)) - $13::bigint * $14::int) * $14::int
				+ ((f.x31::bigint * $14::int) >> (31 - $11::int)) - $12::bigint * $14::int
		END AS cell,
		CASE WHEN $11::int > $15::int THEN f.id END AS member,
		f.category, count(*) AS point_count, sum(f.x31) AS sum_x31, sum(f.y31) AS sum_y31, max(f.fatalities) AS fatalities,
		min(f.id) AS id, min(f.kind) AS kind, min(f.geo_precision) AS geo_precision, min(f.halo_px_z0) AS halo_px_z0
	FROM filtered f
	-- Constants once the parameters are known, so the planner sees the range.
	WHERE f.key >= tile_key($12::int << (31 - $11::int), $13::int << (31 - $11::int))
		AND f.key < tile_key($12::int << (31 - $11::int), $13::int << (31 - $11::int)) + (1::bigint << (2 * (31 - $11::int)))
		-- With a text filter, also the tile's box (a hair wider) on incidents' points: their text and
		-- box indexes together find the tile's matches without reading every match's row.
		AND ($7::text[] IS NULL OR f.geom && ST_Expand(ST_Transform(ST_TileEnvelope($11::int, $12::int, $13::int), 4326), 1e-9))
	GROUP BY 1, 2, 3
)
