import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';

/** The opening view: Afghanistan and Central Asia, with Herat, Kabul and the Fergana Valley. */
export const HOME_BOUNDS: LngLatBoundsLike = [
	[60.0, 30.5],
	[75.8, 43.2]
];

/** Zoom at which a single incident is shown when the reader picks it from the list. */
const FOCUS_ZOOM = 9;

const MARGIN = 40;

/**
 * Padding that keeps a focused incident clear of a panel lying over the map: a side panel on a
 * desktop, a bottom sheet on a phone.
 */
export function paddingAround(map: MapLibreMap, panel: Element | undefined): PaddingOptions {
	const padding = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
	if (!panel) return padding;
	const m = map.getContainer().getBoundingClientRect();
	const p = panel.getBoundingClientRect();
	const overlapsRight = p.left > m.left + m.width / 2 && p.left < m.right;
	const overlapsBottom = p.top > m.top + m.height / 3 && p.top < m.bottom && p.width >= m.width * 0.9;
	if (overlapsBottom) padding.bottom = Math.min(m.bottom - p.top + MARGIN, m.height * 0.7);
	else if (overlapsRight) padding.right = Math.min(m.right - p.left + MARGIN, m.width * 0.7);
	return padding;
}

/** Fly to an incident: to its point, or to the extent of its area, clear of any covering panel. */
export function focusIncident(
	map: MapLibreMap,
	id: string,
	collections: FeatureCollection<Geometry>[],
	padding: PaddingOptions
): void {
	let feature: Feature<Geometry> | undefined;
	for (const fc of collections) feature ??= fc.features.find((f) => f.id === id);
	if (!feature) return;
	if (feature.geometry.type === 'Point') {
		const [lon, lat] = feature.geometry.coordinates as [number, number];
		map.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), FOCUS_ZOOM), padding });
		return;
	}
	const [w, s, e, n] = bbox(feature);
	map.fitBounds([[w, s], [e, n]], { padding, maxZoom: FOCUS_ZOOM });
}
