import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';

/** The opening view: Afghanistan and Central Asia, with Herat, Kabul and the Fergana Valley. */
export const HOME_BOUNDS: LngLatBoundsLike = [
	[60.0, 30.5],
	[75.8, 43.2]
];

/** Zoom at which a single incident is shown when the reader picks it from the list. */
const FOCUS_ZOOM = 9;

/** Fly to an incident: to its point, or to the extent of its area. */
export function focusIncident(
	map: MapLibreMap,
	id: string,
	collections: FeatureCollection<Geometry>[]
): void {
	let feature: Feature<Geometry> | undefined;
	for (const fc of collections) feature ??= fc.features.find((f) => f.id === id);
	if (!feature) return;
	if (feature.geometry.type === 'Point') {
		const [lon, lat] = feature.geometry.coordinates as [number, number];
		map.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), FOCUS_ZOOM) });
		return;
	}
	const [w, s, e, n] = bbox(feature);
	map.fitBounds([[w, s], [e, n]], { padding: 40, maxZoom: FOCUS_ZOOM });
}
