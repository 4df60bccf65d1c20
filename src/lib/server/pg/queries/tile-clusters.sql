-- A tile from the precomputed grid (tile_clusters; tile-encode.sql writes it), for the filters it
-- answers exactly: the rows of z/x/y = $3/$4/$5 (a cluster zoom: grid of $6 cells a tile side, up
-- to zoom $7) in the categories $1 and countries $2 (null: any). Extent $8.
WITH args AS (
	SELECT $3::int AS z, $4::int AS x, $5::int AS y, $6::int AS cells, $6::int AS grid, $7::int AS max_zoom, $8::int AS extent
), rows AS (
	SELECT c.cell, NULL::text AS member, c.category, c.point_count, c.sum_x31, c.sum_y31, c.fatalities, c.id,
		c.kind, c.geo_precision, c.halo_px_z0
	FROM tile_clusters c
	WHERE c.z = $3::int AND c.x = $4::int AND c.y = $5::int
		AND ($1::text[] IS NULL OR c.category = ANY ($1::text[]))
		AND ($2::text[] IS NULL OR c.iso3 = ANY ($2::text[]))
)
