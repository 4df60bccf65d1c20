-- The serving tables' keys and indexes, built on the loaded tables at once (faster than row by row).
ALTER TABLE incidents_next ADD CONSTRAINT incidents_next_pkey PRIMARY KEY (id);
ALTER TABLE areas_next ADD CONSTRAINT areas_next_pkey PRIMARY KEY (id);
DO $$
DECLARE i record;
BEGIN
	FOR i IN SELECT tablename, indexname, indexdef FROM pg_indexes
		WHERE schemaname = current_schema() AND tablename IN ('incidents', 'areas') AND indexname NOT LIKE '%\_pkey'
	LOOP
		EXECUTE replace(
			replace(i.indexdef, 'INDEX ' || i.indexname || ' ON ', 'INDEX ' || i.tablename || '_next' || substr(i.indexname, length(i.tablename) + 1) || ' ON '),
			' ON ' || current_schema() || '.' || i.tablename || ' ', ' ON ' || i.tablename || '_next ');
	END LOOP;
END $$;
