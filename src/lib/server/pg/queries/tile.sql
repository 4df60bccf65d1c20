-- One incident vector tile (domain/tile-schema.ts) of the filtered incidents ($1..$10, filtered.sql)
-- at z/x/y = $11/$12/$13, written by ST_AsMVT with an extent of $15. With $14 > 0 the points are
-- clustered by snapping them to a grid of $14 × $14 cells over the tile: a cell holding several
-- is one cluster at their mean position, with point_count, a cluster_id unique over every zoom,
-- the category of its deadliest member (ties: the first category) and the largest figure. Each
-- point belongs to exactly one tile (west and north edges in, east and south out), so the counts
-- of a zoom's tiles add up to the filtered total. Records placed only to an area are left out.
WITH args AS (
	SELECT $11::int AS z, $12::int AS x, $13::int AS y, $14::int AS cells, $15::int AS extent
), box AS (
	SELECT a.*, env, ST_XMin(env) AS x0, ST_YMax(env) AS y0, ST_XMax(env) - ST_XMin(env) AS side,
		ST_Transform(env, 4326) AS deg
	FROM args a, ST_TileEnvelope(a.z, a.x, a.y) AS env
), inside AS (
	-- Web Mercator by arithmetic (ST_Transform per row is far slower), in units of the tile's side.
	SELECT f.id, f.category, f.fatalities,
		(f.lon * 20037508.342789244 / 180 - b.x0) / b.side AS u,
		(b.y0 - ln(tan(radians(90 + f.lat) / 2)) * 20037508.342789244 / pi()) / b.side AS v
	FROM filtered f, box b
	WHERE f.area_id IS NULL AND f.geom && b.deg
), kept AS (
	SELECT i.*, CASE WHEN b.cells > 0 THEN (floor(i.v * b.cells) * b.cells + floor(i.u * b.cells))::bigint END AS cell
	FROM inside i, box b
	WHERE i.u >= 0 AND i.u < 1 AND i.v >= 0 AND i.v < 1
), groups AS (
	SELECT count(*) AS point_count, avg(u) AS u, avg(v) AS v, min(cell) AS cell, min(id) AS id, max(fatalities) AS fatalities,
		(array_agg(category ORDER BY coalesce(fatalities, -1) DESC, category))[1] AS category
	FROM kept
	GROUP BY coalesce(cell::text, id)
), features AS (
	SELECT
		ST_AsMVTGeom(ST_Point(b.x0 + g.u * b.side, b.y0 - g.v * b.side, 3857), b.env, b.extent, 0, false) AS geom,
		CASE WHEN g.point_count > 1 THEN g.point_count END AS point_count,
		CASE WHEN g.point_count > 1
			THEN ((4::bigint ^ b.z - 1) / 3 + b.y::bigint * 2 ^ b.z + b.x)::bigint * b.cells * b.cells + g.cell END AS cluster_id,
		CASE WHEN g.point_count = 1 THEN g.id END AS id,
		g.category,
		g.fatalities AS fatalities_best,
		i.feature -> 'properties' ->> 'kind' AS kind,
		i.feature -> 'properties' ->> 'geo_precision' AS geo_precision,
		i.uncertainty_km * 1000 * 512 / (40075016.686 * cos(radians(i.lat))) AS halo_px_z0
	FROM groups g CROSS JOIN box b
	LEFT JOIN incidents i ON g.point_count = 1 AND i.id = g.id
)
SELECT coalesce(ST_AsMVT(features, 'incidents', (SELECT extent FROM args), 'geom'), '') AS tile FROM features
