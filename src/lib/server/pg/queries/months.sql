-- The filtered incidents ($1..$10) counted by calendar month as monthBins() counts them
-- (month-bins.ts): a record known to the day (date_precision 'day', date_start = date_end) in its
-- month, as `exact`; any other spread over the months its [date_start, date_end] covers, in
-- proportion to its days in each, as `spread`. One pass: each record is cut into its months (one
-- for a record known to the day, its share then 1). Only the months holding some, in order; every
-- row carries `total`, the number of records counted (each once, in its first month).
SELECT to_char(m, 'YYYY-MM') AS month,
	count(*) FILTER (WHERE r.exact)::float8 AS exact,
	coalesce(sum(share) FILTER (WHERE NOT r.exact), 0) AS spread,
	sum(count(*) FILTER (WHERE m = r.first)) OVER () AS total
FROM filtered f
CROSS JOIN LATERAL (
	SELECT f.date_precision = 'day' AND f.date_start = f.date_end AS exact,
		f.date_start::date AS s, f.date_end::date + 1 AS e, date_trunc('month', f.date_start::timestamp) AS first
) r
CROSS JOIN LATERAL generate_series(r.first, (r.e - 1)::timestamp, interval '1 month') AS m
CROSS JOIN LATERAL (
	SELECT (least(r.e, (m + interval '1 month')::date) - greatest(r.s, m::date))::float8 / (r.e - r.s) AS share
) d
GROUP BY m
ORDER BY m
