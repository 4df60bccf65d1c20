-- Filtered incidents by start date (ties in file order); $11 = limit.
SELECT feature, count(*) OVER () AS total
FROM filtered
ORDER BY date_start, ord
LIMIT $11
