-- The point records of the loaded incidents as the tiles read them (migration 005), written in
-- key order: the position in Web Mercator, in whole units of 2^-31 of the world's side from its
-- north-west corner, and what a single incident's feature carries (its kind and geo_precision
-- from its digest, whose columns $1 and $2 they are: 3× faster than parsing the feature). Records
-- placed only to an area are left out (the map draws their area), and so are those beyond Web
-- Mercator's ±85.0511° (no tile holds them). (tile-tables.ts reads the serving incidents instead
-- when it rebuilds.)
INSERT INTO incident_tile_points_next (id, key, x31, y31, date_start, date_end, category, iso3, perpetrator_key, claim_key,
	fatalities, kind, geo_precision, halo_px_z0)
SELECT i.id, tile_key(p.x31, p.y31), p.x31, p.y31, i.date_start, i.date_end, i.category, i.iso3, i.perpetrator_key, i.claim_key,
	i.fatalities, i.digest ->> $1::int, i.digest ->> $2::int,
	-- The uncertainty radius in pixels of a 512-pixel world at zoom 0.
	i.uncertainty_km * 1000 * 512 / (40075016.686 * cos(radians(i.lat)))
FROM incidents_next i
CROSS JOIN LATERAL (
	SELECT (i.lon + 180) / 360 AS mx,
		CASE WHEN abs(i.lat) < 86 THEN 0.5 - ln(tan(pi() / 4 + radians(i.lat) / 2)) / (2 * pi()) END AS my
) AS m
CROSS JOIN LATERAL (
	SELECT least(floor(m.mx * 2 ^ 31), 2 ^ 31 - 1)::int AS x31, least(floor(m.my * 2 ^ 31), 2 ^ 31 - 1)::int AS y31
) AS p
WHERE i.area_id IS NULL AND m.mx >= 0 AND m.mx < 1 AND m.my >= 0 AND m.my < 1
ORDER BY 2
