-- The statements giving the loaded tables (`<name>_next`, for the serving tables named in $1) the
-- serving tables' primary keys and indexes, under `<name>_next…` names (rename-indexes.sql gives
-- the serving names back after the swap): built once the rows are in, faster than row by row.
SELECT ddl FROM (
	SELECT 0 AS step, format('ALTER TABLE %I ADD CONSTRAINT %I %s', t.name || '_next',
		t.name || '_next' || substr(c.conname, length(t.name) + 1), pg_get_constraintdef(c.oid)) AS ddl
	FROM unnest($1::text[]) AS t (name)
	JOIN pg_constraint c ON c.conrelid = t.name::regclass AND c.contype = 'p'
	UNION ALL
	SELECT 1, replace(
		replace(i.indexdef, 'INDEX ' || i.indexname || ' ON ', 'INDEX ' || i.tablename || '_next' || substr(i.indexname, length(i.tablename) + 1) || ' ON '),
		' ON ' || current_schema() || '.' || i.tablename || ' ', ' ON ' || i.tablename || '_next ')
	FROM pg_indexes i
	WHERE i.schemaname = current_schema() AND i.tablename = ANY ($1::text[]) AND i.indexname NOT LIKE '%\_pkey'
) AS statements
ORDER BY step
