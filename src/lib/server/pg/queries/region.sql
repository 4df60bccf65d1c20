-- In the area $11 (GeoJSON polygon), distance 0 inside; $12 = limit, $13 = offset. A point record inside (in the
-- plane, edges included) is certain when its uncertainty circle clears the edge, else possible;
-- one outside but within its uncertainty of the edge is possible, at that distance. A record
-- placed to an area that meets the region is certain when every part of it lies within it.
-- A country has thousands of vertices: points are tested against the area in small pieces
-- (ST_Subdivide, each piece found through the index), and measured only to the outline's
-- segments within reach (its own great-circle arcs, so the distance is the outline's).
WITH q AS MATERIALIZED (SELECT ST_SetSRID(ST_GeomFromGeoJSON($11), 4326) AS area),
pieces AS MATERIALIZED (SELECT ST_Subdivide(area, 64) AS g FROM q),
segments AS MATERIALIZED (
	SELECT (ST_DumpSegments(ST_Boundary(area))).geom::geography AS g FROM q WHERE ST_Dimension(area) = 2
),
reach AS MATERIALIZED (SELECT coalesce(max(uncertainty_km), 0) AS km FROM incidents WHERE area_id IS NULL),
area_hits AS MATERIALIZED (
	SELECT a.id, CASE WHEN area_within(a.geom, q.area) THEN 'certain' ELSE 'possible' END AS proximity
	FROM areas a, q
	WHERE ST_Intersects(a.geom, q.area)
),
inside AS (
	SELECT DISTINCT f.id, f.uncertainty_km FROM pieces p JOIN filtered f ON ST_Intersects(f.geom, p.g) WHERE f.area_id IS NULL
),
-- The distance to the edge where it can matter (within the record's uncertainty).
near_edge AS (
	SELECT f.id, f.uncertainty_km, min(incident_km(f.geog, s.g)) AS edge_km
	FROM segments s, reach r, filtered f
	WHERE f.area_id IS NULL
		AND ST_DWithin(f.geog, s.g, incident_reach_m(r.km), false)
		AND ST_DWithin(f.geog, s.g, incident_reach_m(f.uncertainty_km), false)
	GROUP BY f.id, f.uncertainty_km
),
points AS (
	SELECT coalesce(i.id, e.id) AS id, coalesce(i.uncertainty_km, e.uncertainty_km) AS uncertainty_km,
		i.id IS NOT NULL AS inside, e.edge_km
	FROM inside i FULL JOIN near_edge e ON e.id = i.id
),
hits AS (
	SELECT p.id, CASE WHEN p.inside THEN 0 ELSE p.edge_km END AS distance_km,
		CASE WHEN p.inside AND (p.edge_km IS NULL OR p.edge_km >= p.uncertainty_km) THEN 'certain' ELSE 'possible' END AS proximity
	FROM points p
	WHERE p.inside OR p.edge_km <= p.uncertainty_km
	UNION ALL
	SELECT f.id, 0, h.proximity
	FROM filtered f JOIN area_hits h ON h.id = f.area_id
),
-- Rank ids, then read the features of the page only.
ranked AS (
	SELECT id, distance_km, proximity, count(*) OVER () AS total
	FROM hits
	ORDER BY distance_km, id COLLATE "C"
	LIMIT $12 OFFSET $13
)
SELECT f.feature, r.distance_km, r.proximity, r.total
FROM ranked r JOIN incidents f ON f.id = r.id
ORDER BY r.distance_km, r.id COLLATE "C"
