-- What the vector tiles read instead of the incidents' rows (tile-tables.ts builds them with each
-- load; a database migrated with data in it gets them on its first tile):
--   incident_tile_points  the point records, narrow (no JSON), with their Web Mercator position as
--                         whole units of 2^-31 of the world's side and a Z-order key over it, so
--                         the points of any tile at any zoom are one range of keys;
--   tile_clusters         per cluster zoom, per grid cell, category and country: the points'
--                         count, summed positions, largest death toll and first id;
--   tile_build            the data version and the grid they were built for.

-- The 31 bits of v spread to the even bits of the result (bit i to bit 2i).
CREATE FUNCTION tile_spread_bits(v bigint) RETURNS bigint
	LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
	v := (v | (v << 16)) & 281470681808895;      -- 0x0000FFFF0000FFFF
	v := (v | (v << 8)) & 71777214294589695;     -- 0x00FF00FF00FF00FF
	v := (v | (v << 4)) & 1085102592571150095;   -- 0x0F0F0F0F0F0F0F0F
	v := (v | (v << 2)) & 3689348814741910323;   -- 0x3333333333333333
	RETURN (v | (v << 1)) & 6148914691236517205; -- 0x5555555555555555
END $$;

-- The Z-order (Morton) key of a position in units of 2^-31 of the world (0 ≤ x31, y31 < 2^31):
-- the tile z/x/y holds the keys from tile_key(x << (31 - z), y << (31 - z)), 4^(31 - z) of them.
CREATE FUNCTION tile_key(x31 integer, y31 integer) RETURNS bigint
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN tile_spread_bits(x31) | (tile_spread_bits(y31) << 1);

CREATE TABLE incident_tile_points (
	id text PRIMARY KEY,
	-- tile_key(x31, y31); the table is written in this order.
	key bigint NOT NULL,
	-- Web Mercator from the north-west corner of the world, in units of 2^-31 of its side.
	x31 integer NOT NULL,
	y31 integer NOT NULL,
	-- As in incidents: what filtered.sql compares (its text and box filters join incidents).
	date_start text NOT NULL,
	date_end text NOT NULL,
	category text NOT NULL,
	iso3 text NOT NULL,
	perpetrator_key text NOT NULL,
	claim_key text NOT NULL,
	fatalities integer,
	-- What a single incident's feature carries (tile-schema.ts).
	kind text NOT NULL,
	geo_precision text NOT NULL,
	halo_px_z0 double precision NOT NULL
);
CREATE INDEX incident_tile_points_key_idx ON incident_tile_points (key);

CREATE TABLE tile_clusters (
	z smallint NOT NULL,
	x integer NOT NULL,
	y integer NOT NULL,
	-- row * cells + column of the grid cell within the tile.
	cell smallint NOT NULL,
	category text NOT NULL,
	iso3 text NOT NULL,
	point_count integer NOT NULL,
	sum_x31 bigint NOT NULL,
	sum_y31 bigint NOT NULL,
	-- The largest death toll (null: none known) and the first id (the point's own when it is alone).
	fatalities integer,
	id text NOT NULL,
	-- A lone point's feature properties; null when point_count > 1.
	kind text,
	geo_precision text,
	halo_px_z0 double precision
);
CREATE INDEX tile_clusters_tile_idx ON tile_clusters (z, x, y);

-- One row once built: the data version (incident_summary) and the grid (cells a tile side, up to
-- which zoom) the tables hold; none yet here, so the first tile builds them.
CREATE TABLE tile_build (
	version uuid NOT NULL,
	grid_cells integer NOT NULL,
	cluster_max_zoom integer NOT NULL
);
