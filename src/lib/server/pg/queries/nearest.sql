-- The $13 nearest to ($11, $12) by recorded point (ties by id); $14 = limit, $15 = offset. The index's k-nearest
-- (<->) gives the k-th distance; everything within it is then ranked exactly. Certain when all of
-- where a record may be lies within the k-th distance.
WITH q AS (SELECT ST_SetSRID(ST_MakePoint($11, $12), 4326) AS g),
-- The point written out (not q.g) so that the planner orders by the GiST index.
knn AS (
	SELECT f.geog <-> ST_SetSRID(ST_MakePoint($11, $12), 4326)::geography AS m
	FROM filtered f
	ORDER BY f.geog <-> ST_SetSRID(ST_MakePoint($11, $12), 4326)::geography
	LIMIT $13
),
ranked AS (
	SELECT f.feature, f.id, f.uncertainty_km, f.area_id, incident_km(f.geog, q.g::geography) AS distance_km
	FROM filtered f, q
	WHERE ST_DWithin(f.geog, q.g::geography, (SELECT max(m) + 1 FROM knn), false)
	ORDER BY distance_km, f.id COLLATE "C"
	LIMIT $13
),
dk AS (SELECT max(distance_km) AS km FROM ranked)
SELECT r.feature, r.distance_km,
	CASE
		WHEN a.geom IS NULL THEN coalesce(incident_classify(r.distance_km, r.uncertainty_km, dk.km), 'possible')
		WHEN area_point_km(a.geom, q.g) <= dk.km AND area_farthest_km(a.geom, q.g::geography) <= dk.km
			THEN 'certain'
		ELSE 'possible'
	END AS proximity,
	count(*) OVER () AS total
FROM ranked r CROSS JOIN dk CROSS JOIN q LEFT JOIN areas a ON a.id = r.area_id
ORDER BY r.distance_km, r.id COLLATE "C"
LIMIT $14 OFFSET $15
