-- Filtered incidents by start date (ties in file order); $11 = limit, $12 = offset. The total is counted apart,
-- so that the page is read in the date index's order rather than after sorting every match.
SELECT feature, (SELECT count(*) FROM filtered) AS total
FROM filtered
ORDER BY date_start, ord
LIMIT $11 OFFSET $12
