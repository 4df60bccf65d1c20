-- Put the loaded table in place of the serving one (inside the load's transaction).
DROP TABLE incidents;
ALTER TABLE incidents_next RENAME TO incidents;
