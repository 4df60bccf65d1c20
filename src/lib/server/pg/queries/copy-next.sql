-- The incidents into the table being loaded, as COPY text rows (`incident-row.ts` writes them).
COPY incidents_next (id, ord, date_start, date_end, category, iso3, perpetrator_key, claim_key,
	fatalities, search_text, lon, lat, uncertainty_km, geog, geom, area_id, feature, digest) FROM STDIN
