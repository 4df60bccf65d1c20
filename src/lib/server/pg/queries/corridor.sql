-- Within $12 km of the line $11 (GeoJSON), nearest first; $13 = limit. Point records by the
-- precision rule; area records certain when every vertex is within the corridor.
WITH q AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($11), 4326) AS line),
hits AS (
	SELECT f.feature, f.id, d.km AS distance_km, incident_classify(d.km, f.uncertainty_km, $12) AS proximity
	FROM filtered f, q, LATERAL (SELECT incident_km(f.geog, q.line::geography) AS km) d
	WHERE f.area_geom IS NULL
		AND ST_DWithin(f.geog, q.line::geography, incident_reach_m($12 + (
			SELECT coalesce(max(uncertainty_km), 0) FROM incidents WHERE area_geom IS NULL)), false)
		AND d.km - f.uncertainty_km <= $12
	UNION ALL
	SELECT f.feature, f.id, d.km,
		CASE WHEN area_farthest_km(f.area_geom, q.line::geography) <= $12 THEN 'certain' ELSE 'possible' END
	FROM filtered f, q, LATERAL (SELECT area_line_km(f.area_geom, q.line) AS km) d
	WHERE f.area_geom IS NOT NULL AND d.km <= $12
)
SELECT feature, distance_km, proximity, count(*) OVER () AS total
FROM hits
ORDER BY distance_km, id COLLATE "C"
LIMIT $13
