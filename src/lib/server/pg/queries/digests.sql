-- The digest rows of the filtered incidents, by start date (ties in file order), without a limit.
SELECT digest FROM filtered ORDER BY date_start, ord
