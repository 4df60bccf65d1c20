-- list.sql for a selective filter (text, box: answered from their indexes): the matches first,
-- then the page ($11 = limit, $12 = offset). (Read in date order instead, a search matching nothing would read every row.)
WITH matches AS MATERIALIZED (SELECT id, date_start, ord FROM filtered),
page AS (SELECT id, date_start, ord FROM matches ORDER BY date_start, ord LIMIT $11 OFFSET $12)
SELECT f.feature, (SELECT count(*) FROM matches) AS total
FROM page p JOIN incidents f ON f.id = p.id
ORDER BY p.date_start, p.ord
