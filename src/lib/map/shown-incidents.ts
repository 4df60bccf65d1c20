import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Viewport } from '../domain/viewport';
import type { MapIncidentProps } from './incident-features';

export type MapViewport = Viewport;

/** The box in view, its centre and the zoom. */
export function viewportOf(map: MapLibreMap): MapViewport {
	const b = map.getBounds();
	const c = map.getCenter();
	return { bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], center: [c.lng, c.lat], zoom: map.getZoom() };
}

interface IncidentMapData {
	points: FeatureCollection<Point, MapIncidentProps>;
	areas: FeatureCollection<Geometry, MapIncidentProps>;
}

/** The map's incident data keeping only `ids` (all of it when `ids` is null). */
export function filterMapData(data: IncidentMapData, ids: ReadonlySet<string> | null): IncidentMapData {
	if (!ids) return data;
	return {
		points: { type: 'FeatureCollection', features: data.points.features.filter((f) => ids.has(f.properties.id)) },
		areas: { type: 'FeatureCollection', features: data.areas.features.filter((f) => ids.has(f.properties.id)) }
	};
}
