-- Give the swapped table's indexes (named after incidents_next by LIKE) the serving table's names.
DO $$
DECLARE i record;
BEGIN
	FOR i IN SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'incidents'
		AND indexname LIKE 'incidents\_next\_%'
	LOOP
		EXECUTE format('ALTER INDEX %I RENAME TO %I', i.indexname, 'incidents_' || substr(i.indexname, 16));
	END LOOP;
END $$;
