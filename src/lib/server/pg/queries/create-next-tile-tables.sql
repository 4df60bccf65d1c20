-- New, empty tile tables (migration 005) to build into; indexes come after the rows.
DROP TABLE IF EXISTS incident_tile_points_next, tile_clusters_next;
CREATE TABLE incident_tile_points_next (LIKE incident_tile_points INCLUDING ALL EXCLUDING INDEXES);
CREATE TABLE tile_clusters_next (LIKE tile_clusters INCLUDING ALL EXCLUDING INDEXES);
