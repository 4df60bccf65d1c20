-- Give the swapped tables' indexes (named after incidents_next, areas_next, …) the serving names.
DO $$
DECLARE i record;
BEGIN
	FOR i IN SELECT tablename, indexname FROM pg_indexes WHERE schemaname = current_schema()
		AND tablename IN ('incidents', 'areas', 'incident_tile_points', 'tile_clusters') AND indexname LIKE tablename || '\_next\_%'
	LOOP
		EXECUTE format('ALTER INDEX %I RENAME TO %I', i.indexname,
			i.tablename || substr(i.indexname, length(i.tablename) + 6));
	END LOOP;
END $$;
