-- In the area $11 (GeoJSON polygon), distance 0 inside; $12 = limit. A point record inside (in the
-- plane, edges included) is certain when its uncertainty circle clears the edge, else possible;
-- one outside but within its uncertainty of the edge is possible, at that distance. A record
-- placed to an area that meets the region is certain when every part of it lies within it.
WITH q AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($11), 4326) AS area),
edge AS (SELECT area, area_outline(area) AS outline FROM q),
area_hits AS MATERIALIZED (
	SELECT a.id, CASE WHEN area_within(a.geom, q.area) THEN 'certain' ELSE 'possible' END AS proximity
	FROM areas a, q
	WHERE ST_Intersects(a.geom, q.area)
),
points AS (
	SELECT f.feature, f.id, f.uncertainty_km, ST_Intersects(f.geom, e.area) AS inside,
		-- The distance to the edge where it can matter (within the record's uncertainty), else null.
		CASE WHEN ST_DWithin(f.geog, e.outline, incident_reach_m(f.uncertainty_km), false)
			THEN incident_km(f.geog, e.outline) END AS edge_km
	FROM filtered f, edge e
	WHERE f.area_id IS NULL
		AND (ST_Intersects(f.geom, e.area) OR ST_DWithin(f.geog, e.outline, incident_reach_m((
			SELECT coalesce(max(uncertainty_km), 0) FROM incidents WHERE area_id IS NULL)), false))
),
hits AS (
	SELECT feature, id, CASE WHEN inside THEN 0 ELSE edge_km END AS distance_km,
		CASE WHEN inside AND (edge_km IS NULL OR edge_km >= uncertainty_km) THEN 'certain' ELSE 'possible' END AS proximity
	FROM points
	WHERE inside OR edge_km <= uncertainty_km
	UNION ALL
	SELECT f.feature, f.id, 0, h.proximity
	FROM filtered f JOIN area_hits h ON h.id = f.area_id
)
SELECT feature, distance_km, proximity, count(*) OVER () AS total
FROM hits
ORDER BY distance_km, id COLLATE "C"
LIMIT $12
