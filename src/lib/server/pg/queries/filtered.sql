-- The incidents passing every filter given ($1..$10; null = no such filter), as filterIncidents().
SELECT * FROM incidents
WHERE ($1::text IS NULL OR date_end >= $1::text)
	AND ($2::text IS NULL OR date_start <= $2::text)
	AND ($3::text[] IS NULL OR category = ANY ($3::text[]))
	AND ($4::text[] IS NULL OR iso3 = ANY ($4::text[]))
	AND ($5::text[] IS NULL OR perpetrator_key = ANY ($5::text[]))
	AND ($6::text[] IS NULL OR claim_key = ANY ($6::text[]))
	-- Text: some pattern is found (what the trigram index answers), then every term ($8 numbers
	-- them) has at least one of its LIKE patterns ($7) found.
	AND ($7::text[] IS NULL OR search_text LIKE ANY ($7::text[]))
	AND ($7::text[] IS NULL OR NOT EXISTS (
		SELECT 1 FROM unnest($7::text[], $8::int[]) AS t (pattern, term)
		GROUP BY t.term HAVING NOT bool_or(search_text LIKE t.pattern)))
	-- bbox minLon,minLat,maxLon,maxLat, edges included; minLon > maxLon crosses the antimeridian.
	-- The box's envelope(s) first, for the GiST index (edges included; exact on lon/lat after).
	AND ($9::float8[] IS NULL OR CASE WHEN $9[1] <= $9[3]
		THEN geom && ST_MakeEnvelope($9[1], $9[2], $9[3], $9[4], 4326)
		ELSE geom && ST_MakeEnvelope($9[1], $9[2], 180, $9[4], 4326) OR geom && ST_MakeEnvelope(-180, $9[2], $9[3], $9[4], 4326) END)
	AND ($9::float8[] IS NULL OR (lat BETWEEN $9[2] AND $9[4] AND CASE WHEN $9[1] <= $9[3]
		THEN lon BETWEEN $9[1] AND $9[3] ELSE lon >= $9[1] OR lon <= $9[3] END))
	AND ($10::int IS NULL OR $10::int = 0 OR coalesce(fatalities, -1) >= $10::int)
