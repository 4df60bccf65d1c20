-- Put the built tile tables in place of the serving ones (inside the load's or the rebuild's transaction).
DROP TABLE incident_tile_points, tile_clusters;
ALTER TABLE incident_tile_points_next RENAME TO incident_tile_points;
ALTER TABLE tile_clusters_next RENAME TO tile_clusters;
