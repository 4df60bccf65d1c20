-- The $1 newest incidents (the last of all.sql's order), in that order: read backwards on the date index.
SELECT feature FROM (
	SELECT feature, date_start, ord FROM incidents ORDER BY date_start DESC, ord DESC LIMIT $1
) AS newest
ORDER BY date_start, ord
