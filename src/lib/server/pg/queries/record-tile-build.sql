-- The tile tables now hold the data of the summary's version, clustered on a grid of $1 cells a
-- tile side up to zoom $2 (inside the transaction that writes them).
WITH gone AS (DELETE FROM tile_build)
INSERT INTO tile_build (version, grid_cells, cluster_max_zoom) SELECT version, $1::int, $2::int FROM incident_summary
