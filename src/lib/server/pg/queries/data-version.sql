-- The serving data's version: new with each load (migration 004).
SELECT version::text AS version FROM incident_summary
