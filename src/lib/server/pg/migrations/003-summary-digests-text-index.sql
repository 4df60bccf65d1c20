-- What the pages need without listing every row: each incident's digest (the row of
-- `digestTable`, incident-digest.ts: what the list, filters and map read), and the dataset's
-- summary, one row, written by each load in its transaction. Text search gets a trigram index.
ALTER TABLE incidents ADD COLUMN digest json;
UPDATE incidents SET digest = json_build_array(id, p->'title', lon, lat, date_start, date_end, p->'date_precision',
	category, p->'kind', p->'place'->'name', p->'place'->'admin1', p->'place'->'country', p->'place'->'iso3',
	p->'geo_precision', uncertainty_km, p->'area', p->'perpetrator',
	CASE WHEN json_typeof(p->'claim') = 'object' THEN p->'claim'->'status' END,
	CASE WHEN json_typeof(p->'fatalities') = 'object' THEN json_build_array(p->'fatalities'->'low', p->'fatalities'->'best') END)
FROM (SELECT id AS pid, feature->'properties' AS p FROM incidents) AS props WHERE props.pid = incidents.id;
ALTER TABLE incidents ALTER COLUMN digest SET NOT NULL;

CREATE TABLE incident_summary (
	total bigint NOT NULL,
	-- The categories present, in any order (the store orders them as CATEGORY_IDS).
	categories text[] NOT NULL,
	first_date text,
	last_date text
);
INSERT INTO incident_summary
SELECT count(*), coalesce(array_agg(DISTINCT category), '{}'), min(date_start), max(date_end) FROM incidents;

-- LIKE '% word%' over the folded text (filtered.sql), from a trigram index. pg_trgm ships with
-- PostgreSQL itself (Debian's postgresql-15), like postgis it needs creating once.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX incidents_search_trgm_idx ON incidents USING gin (search_text gin_trgm_ops);

-- The category and country filters from an index (in date order within each value).
CREATE INDEX incidents_category_idx ON incidents (category, date_start, ord);
CREATE INDEX incidents_iso3_idx ON incidents (iso3, date_start, ord);
