-- The ids of the filtered incidents, by start date (ties in file order), without a limit.
SELECT id FROM filtered ORDER BY date_start, ord
