-- The dataset in brief (written by each load, migration 003).
SELECT total, categories, first_date, last_date FROM incident_summary
