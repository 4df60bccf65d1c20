import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { distance } from '@turf/distance';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS } from './incident-layers';
import { metresToPixelsAtZoom0 } from './incident-features';
import { LngLatBounds, type LngLatBoundsLike, type Map as MapLibreMap, type PaddingOptions } from 'maplibre-gl';

/** The opening view: Afghanistan and Central Asia, with Herat, Kabul and the Fergana Valley. */
export const HOME_BOUNDS: LngLatBoundsLike = [
	[60.0, 30.5],
	[75.8, 43.2]
];

/** Zoom at which a picked incident is shown: close enough to see where, far enough to see context. */
const FOCUS_ZOOM = 7;

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

/**
 * The lowest zoom at which the incident at `at` no longer shares a cluster with its nearest
 * neighbour (so that the reader sees the marker itself), capped where clustering stops.
 */
export function unclusteredZoom(at: [number, number], points: Feature<Point>[], id: string): number {
	let nearestKm = Infinity;
	for (const p of points)
		if (p.id !== id) nearestKm = Math.min(nearestKm, distance(at, p.geometry.coordinates, { units: 'kilometers' }));
	if (!Number.isFinite(nearestKm) || nearestKm === 0) return CLUSTER_MAX_ZOOM + 1;
	const zoom = Math.log2((2 * CLUSTER_RADIUS) / metresToPixelsAtZoom0(nearestKm, at[1]));
	return Math.min(CLUSTER_MAX_ZOOM + 1, Math.ceil(zoom));
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
		const points = collections.flatMap((fc) => fc.features).filter((f) => f.geometry.type === 'Point');
		const zoom = Math.max(FOCUS_ZOOM, unclusteredZoom([lon, lat], points as Feature<Point>[], id));
		map.flyTo({ center: [lon, lat], zoom, padding });
		return;
	}
	map.fitBounds(boundsOf([feature.geometry]), { padding: beyondMapPadding(map, padding), maxZoom: FOCUS_ZOOM });
}

/** Fit the camera to the reader's question (a circle, a region, a corridor), if there is one. */
export function fitShapes(map: MapLibreMap, shapes: FeatureCollection<Geometry>, padding: PaddingOptions): void {
	if (!shapes.features.length) return;
	const bounds = boundsOf(shapes.features.map((f) => f.geometry));
	if (bounds.isEmpty()) return;
	map.fitBounds(bounds, { padding: beyondMapPadding(map, padding), maxZoom: 11 });
}

/**
 * What `padding` asks beyond the map's own padding: a `flyTo` with padding (focusing an incident
 * beside the details panel) leaves it on the map, and `fitBounds` adds its padding to the map's,
 * so asking the whole of it again would keep the panel's width clear twice (and a 50 km circle
 * beside an open panel could not be fitted at all).
 */
export function beyondMapPadding(map: MapLibreMap, padding: PaddingOptions): PaddingOptions {
	const kept = map.getPadding();
	const beyond = (side: 'top' | 'right' | 'bottom' | 'left') => Math.max(0, (padding[side] ?? 0) - (kept[side] ?? 0));
	return { top: beyond('top'), right: beyond('right'), bottom: beyond('bottom'), left: beyond('left') };
}

/**
 * The lon/lat box of every position of the geometries, as MapLibre's `LngLatBounds` (Turf's
 * `bbox` would bring its helpers into the page's first load for the same few lines).
 */
export function boundsOf(geometries: readonly Geometry[]): LngLatBounds {
	const bounds = new LngLatBounds();
	const add = (c: unknown): void => {
		if (typeof (c as Position)[0] === 'number') bounds.extend(c as [number, number]);
		else for (const inner of c as unknown[]) add(inner);
	};
	for (const g of geometries) {
		if (g.type === 'GeometryCollection') bounds.extend(boundsOf(g.geometries));
		else add(g.coordinates);
	}
	return bounds;
}
