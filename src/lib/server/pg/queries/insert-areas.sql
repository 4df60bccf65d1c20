-- The areas the loaded records are placed to: ids ($1) and GeoJSON geometries ($2).
INSERT INTO areas_next (id, geom)
SELECT a.id, ST_SetSRID(ST_GeomFromGeoJSON(a.geojson), 4326)
FROM unnest($1::text[], $2::text[]) AS a (id, geojson)
