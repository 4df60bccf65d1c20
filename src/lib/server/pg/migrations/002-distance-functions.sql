-- Distances as the file store measures them (Turf: a sphere of radius 6371.0088 km). PostGIS's
-- sphere (use_spheroid = false) has the WGS84 mean radius, 6371.008771415059 km; rescale.
CREATE FUNCTION incident_km(a geography, b geography) RETURNS double precision
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN ST_Distance(a, b, false) / 1000 * (6371.0088 / 6371.008771415059);

-- Metres on PostGIS's sphere for a Turf distance in km, with a metre to spare (for index searches).
CREATE FUNCTION incident_reach_m(km double precision) RETURNS double precision
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN km * 1000 * (6371.008771415059 / 6371.0088) + 1;

-- The precision rule (proximity.ts classify): certain when the whole uncertainty circle fits
-- within `lim`, possible when part of it does, else null.
CREATE FUNCTION incident_classify(d double precision, u double precision, lim double precision) RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE WHEN d + u <= lim THEN 'certain' WHEN d - u <= lim THEN 'possible' END;

-- An area record's outline: a polygon's rings as lines; a line as itself (area-proximity.ts).
CREATE FUNCTION area_outline(area geometry) RETURNS geography
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN (CASE WHEN ST_Dimension(area) = 2 THEN ST_Boundary(area) ELSE area END)::geography;

-- Distance from a point to an area record: 0 inside a polygon (in the plane, as Turf's
-- booleanPointInPolygon), else to the nearest edge on the sphere.
CREATE FUNCTION area_point_km(area geometry, p geometry) RETURNS double precision
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE WHEN ST_Dimension(area) = 2 AND ST_Intersects(area, p) THEN 0
		ELSE incident_km(area_outline(area), p::geography) END;

-- Distance from an area record to a line: 0 where they meet (in the plane), else on the sphere.
CREATE FUNCTION area_line_km(area geometry, line geometry) RETURNS double precision
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE WHEN ST_Intersects(area, line) THEN 0 ELSE incident_km(area::geography, line::geography) END;

-- The farthest any vertex of an area record lies from a geometry (km): the whole record is
-- within a distance d of it when this is ≤ d.
CREATE FUNCTION area_farthest_km(area geometry, g geography) RETURNS double precision
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN (SELECT max(incident_km(v.geom::geography, g)) FROM ST_DumpPoints(area) AS v);

-- Every part of an area record lies within `region` (Turf booleanWithin, part by part).
CREATE FUNCTION area_within(area geometry, region geometry) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN NOT EXISTS (SELECT 1 FROM ST_Dump(area) AS part WHERE NOT ST_Within(part.geom, region));
