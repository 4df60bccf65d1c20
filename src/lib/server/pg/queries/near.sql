-- Within $13 km of ($11, $12), nearest first; $14 = limit, $15 = offset. Point records by the precision rule on
-- their uncertainty circle (searched within the radius plus the largest uncertainty); records
-- placed to an area by that area, measured once: certain when every vertex is inside the circle.
WITH q AS (SELECT ST_SetSRID(ST_MakePoint($11, $12), 4326) AS g),
area_hits AS MATERIALIZED (
	SELECT a.id, d.km,
		CASE WHEN area_farthest_km(a.geom, q.g::geography) <= $13 THEN 'certain' ELSE 'possible' END AS proximity
	FROM areas a, q, LATERAL (SELECT area_point_km(a.geom, q.g) AS km) d
	WHERE d.km <= $13
),
hits AS (
	SELECT f.feature, f.id, d.km AS distance_km, incident_classify(d.km, f.uncertainty_km, $13) AS proximity
	FROM filtered f, q, LATERAL (SELECT incident_km(f.geog, q.g::geography) AS km) d
	WHERE f.area_id IS NULL
		AND ST_DWithin(f.geog, q.g::geography, incident_reach_m($13 + (
			SELECT coalesce(max(uncertainty_km), 0) FROM incidents WHERE area_id IS NULL)), false)
		AND d.km - f.uncertainty_km <= $13
	UNION ALL
	SELECT f.feature, f.id, h.km, h.proximity
	FROM filtered f JOIN area_hits h ON h.id = f.area_id
)
SELECT feature, distance_km, proximity, count(*) OVER () AS total
FROM hits
ORDER BY distance_km, id COLLATE "C"
LIMIT $14 OFFSET $15
