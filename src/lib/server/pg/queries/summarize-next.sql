-- The loaded table's summary, replacing the serving one (inside the load's transaction, before the swap).
DELETE FROM incident_summary;
INSERT INTO incident_summary
SELECT count(*), coalesce(array_agg(DISTINCT category), '{}'), min(date_start), max(date_end) FROM incidents_next;
