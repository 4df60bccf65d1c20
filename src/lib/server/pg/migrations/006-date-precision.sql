-- How precisely each record's date is known (`date_precision`), for counting incidents by month
-- (`queries/months.sql`): a record known to the day is counted in its month, any other is spread
-- over the months it covers. Generated from the feature, so every load fills it as it copies the
-- rows (`create-next.sql` makes the table to load with `LIKE incidents INCLUDING ALL`). Adding it
-- rewrites the table once (about as long as a load's COPY).
ALTER TABLE incidents ADD COLUMN date_precision text
	GENERATED ALWAYS AS (feature -> 'properties' ->> 'date_precision') STORED;
