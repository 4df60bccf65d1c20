-- The tile points with the columns of incidents that filtered.sql compares and they leave out (the
-- text and the box): PostgreSQL drops this LEFT JOIN on incidents' key when no filter reads them.
SELECT p.*, i.search_text, i.geom, i.lon, i.lat FROM incident_tile_points p LEFT JOIN incidents i ON i.id = p.id
