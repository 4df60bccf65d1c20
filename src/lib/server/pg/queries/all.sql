-- Every incident by start date (ties in file order).
SELECT feature FROM incidents ORDER BY date_start, ord
