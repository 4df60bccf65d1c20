-- Whether the tile tables were built from the serving data (tile_build's version is the summary's).
SELECT EXISTS (SELECT 1 FROM tile_build t JOIN incident_summary s USING (version)) AS fresh
