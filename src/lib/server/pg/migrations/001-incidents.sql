-- The incidents table: one row per incident, the feature kept as written (json, not jsonb, so
-- its text and key order are served unchanged), plus the columns the filters and geometry need.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE incidents (
	id text PRIMARY KEY,
	-- Position in the loaded file: ties of date_start keep the file's order, as in the file store.
	ord integer NOT NULL,
	date_start text NOT NULL,
	date_end text NOT NULL,
	category text NOT NULL,
	iso3 text NOT NULL,
	-- perpetrator / claim status, with the API's stand-ins for null (UNKNOWN_PERPETRATOR, NO_CLAIM).
	perpetrator_key text NOT NULL,
	claim_key text NOT NULL,
	-- fatalityCount(): best, else low; null when unknown.
	fatalities integer,
	-- ' ' + foldText(searchableText()) + ' ', searched with LIKE patterns built by text-match.ts.
	search_text text NOT NULL,
	lon double precision NOT NULL,
	lat double precision NOT NULL,
	uncertainty_km double precision NOT NULL,
	-- The recorded point, on the sphere (radius, k-nearest) and in the plane (areas, as Turf does).
	geog geography(Point, 4326) NOT NULL,
	geom geometry(Point, 4326) NOT NULL,
	-- For a record placed only to an area: that overlay's id (areas.id), measured instead of the point.
	area_id text,
	feature json NOT NULL
);

-- The areas records are placed to (overlay geometries, copied at load): each measured once a query.
CREATE TABLE areas (
	id text PRIMARY KEY,
	geom geometry(Geometry, 4326) NOT NULL
);

CREATE INDEX incidents_geog_idx ON incidents USING gist (geog);
CREATE INDEX incidents_geom_idx ON incidents USING gist (geom);
CREATE INDEX incidents_area_idx ON incidents (area_id) WHERE area_id IS NOT NULL;
CREATE INDEX areas_geom_idx ON areas USING gist (geom);
CREATE INDEX incidents_date_idx ON incidents (date_start, ord);
-- max(uncertainty_km) of point records, the reach added to every radius search, from the index.
CREATE INDEX incidents_point_uncertainty_idx ON incidents (uncertainty_km) WHERE area_id IS NULL;
