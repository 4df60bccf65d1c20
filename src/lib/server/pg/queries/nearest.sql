-- The $13 nearest to ($11, $12) by recorded point (ties by id); $14 = limit. The index's k-nearest
-- (<->) gives the k-th distance; everything within it is then ranked exactly. Certain when all of
-- where a record may be lies within the k-th distance.
WITH q AS (SELECT ST_SetSRID(ST_MakePoint($11, $12), 4326) AS g),
knn AS (
	SELECT f.geog <-> q.g::geography AS m FROM filtered f, q ORDER BY f.geog <-> q.g::geography LIMIT $13
),
ranked AS (
	SELECT f.feature, f.id, f.uncertainty_km, f.area_geom, incident_km(f.geog, q.g::geography) AS distance_km
	FROM filtered f, q
	WHERE ST_DWithin(f.geog, q.g::geography, (SELECT max(m) + 1 FROM knn), false)
	ORDER BY distance_km, f.id COLLATE "C"
	LIMIT $13
),
dk AS (SELECT max(distance_km) AS km FROM ranked)
SELECT r.feature, r.distance_km,
	CASE
		WHEN r.area_geom IS NULL THEN coalesce(incident_classify(r.distance_km, r.uncertainty_km, dk.km), 'possible')
		WHEN area_point_km(r.area_geom, q.g) <= dk.km AND area_farthest_km(r.area_geom, q.g::geography) <= dk.km
			THEN 'certain'
		ELSE 'possible'
	END AS proximity,
	count(*) OVER () AS total
FROM ranked r, dk, q
ORDER BY r.distance_km, r.id COLLATE "C"
LIMIT $14
