-- Within $12 km of the line $11 (GeoJSON), nearest first; $13 = limit, $14 = offset. Point records by the
-- precision rule; records placed to an area by that area, measured once: certain when every
-- vertex is within the corridor.
WITH q AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($11), 4326) AS line),
area_hits AS MATERIALIZED (
	SELECT a.id, d.km,
		CASE WHEN area_farthest_km(a.geom, q.line::geography) <= $12 THEN 'certain' ELSE 'possible' END AS proximity
	FROM areas a, q, LATERAL (SELECT area_line_km(a.geom, q.line) AS km) d
	WHERE d.km <= $12
),
hits AS (
	SELECT f.feature, f.id, d.km AS distance_km, incident_classify(d.km, f.uncertainty_km, $12) AS proximity
	FROM filtered f, q, LATERAL (SELECT incident_km(f.geog, q.line::geography) AS km) d
	WHERE f.area_id IS NULL
		AND ST_DWithin(f.geog, q.line::geography, incident_reach_m($12 + (
			SELECT coalesce(max(uncertainty_km), 0) FROM incidents WHERE area_id IS NULL)), false)
		-- Each record's own reach before measuring it exactly.
		AND ST_DWithin(f.geog, q.line::geography, incident_reach_m($12 + f.uncertainty_km), false)
		AND d.km - f.uncertainty_km <= $12
	UNION ALL
	SELECT f.feature, f.id, h.km, h.proximity
	FROM filtered f JOIN area_hits h ON h.id = f.area_id
)
SELECT feature, distance_km, proximity, count(*) OVER () AS total
FROM hits
ORDER BY distance_km, id COLLATE "C"
LIMIT $13 OFFSET $14
