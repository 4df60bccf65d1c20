-- A batch of incidents into the table being loaded, one array per column.
INSERT INTO incidents_next (id, ord, date_start, date_end, category, iso3, perpetrator_key, claim_key,
	fatalities, search_text, lon, lat, uncertainty_km, geog, geom, area_id, feature, digest)
SELECT r.id, r.ord, r.date_start, r.date_end, r.category, r.iso3, r.perpetrator_key, r.claim_key,
	r.fatalities, r.search_text, r.lon, r.lat, r.uncertainty_km,
	ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326)::geography,
	ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326),
	r.area_id,
	r.feature::json,
	r.digest::json
FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
	$9::int[], $10::text[], $11::float8[], $12::float8[], $13::float8[], $14::text[], $15::text[], $16::text[])
	AS r (id, ord, date_start, date_end, category, iso3, perpetrator_key, claim_key,
		fatalities, search_text, lon, lat, uncertainty_km, area_id, feature, digest)
