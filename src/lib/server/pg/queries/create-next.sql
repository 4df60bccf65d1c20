-- A new, empty table shaped like incidents (columns, keys, indexes), to load into.
DROP TABLE IF EXISTS incidents_next;
CREATE TABLE incidents_next (LIKE incidents INCLUDING ALL);
