-- Which load the serving data came from: a new value with each load's summary row (summarize-next.sql
-- inserts it in the load's transaction), so running instances can tell that their caches are stale.
ALTER TABLE incident_summary ADD COLUMN version uuid NOT NULL DEFAULT gen_random_uuid();
