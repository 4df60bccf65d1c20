-- Put the loaded tables in place of the serving ones (inside the load's transaction).
DROP TABLE incidents, areas;
ALTER TABLE incidents_next RENAME TO incidents;
ALTER TABLE areas_next RENAME TO areas;
