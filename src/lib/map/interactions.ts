import { GeoJSONSource, type Map as MapLibreMap, type MapMouseEvent, type MapTouchEvent, type PointLike } from 'maplibre-gl';
import type { LonLat } from '../geo/proximity';
import type { MapTool } from '../domain/spatial-query';
import { INCIDENT_HIT_LAYERS, LAYER, PROP, SOURCE } from './ids';


export interface InteractionHandlers {
	onselect: (id: string) => void;
	/** A place picked with a tool active (`near`, `measure`). */
	onpick: (at: LonLat) => void;
	/** Right-click or long-press: the place, and where on the map's container to show a menu. */
	oncontext: (at: LonLat, x: number, y: number) => void;
	/** The active tool, read at each click. */
	tool: () => MapTool;
}

/** How long a finger must rest to count as a long-press. */
const LONG_PRESS_MS = 550;

/** Pixels of slack around a click or tap, so small markers are easy to hit on a phone. */
const HIT_SLOP = 6;

function hitBox(e: MapMouseEvent): [PointLike, PointLike] {
	return [
		[e.point.x - HIT_SLOP, e.point.y - HIT_SLOP],
		[e.point.x + HIT_SLOP, e.point.y + HIT_SLOP]
	];
}

/**
 * Clicking an incident selects it; clicking a cluster zooms in to open it; hovering highlights
 * (feature-state `hover`); with a tool active a click picks a place; right-click or long-press
 * asks for the context menu. From the keyboard, on the focused map: Enter picks the map's middle
 * for the active tool, and the Menu key (or Shift+F10) opens the context menu there. Returns the
 * function that removes every handler it added.
 */
export function bindInteractions(map: MapLibreMap, handlers: InteractionHandlers): () => void {
	const { onselect, onpick, oncontext, tool } = handlers;
	let hovered: { source: string; sourceLayer?: string; id: string | number } | null = null;

	const setHover = (next: typeof hovered) => {
		if (hovered) map.setFeatureState(hovered, { hover: false });
		hovered = next;
		if (hovered) map.setFeatureState(hovered, { hover: true });
		map.getCanvas().style.cursor = hovered ? 'pointer' : '';
	};

	const onClick = (e: MapMouseEvent) => {
		if (tool() !== 'select') return onpick([e.lngLat.lng, e.lngLat.lat]);
		const [hit] = map.queryRenderedFeatures(hitBox(e), {
			layers: [LAYER.clusters, ...INCIDENT_HIT_LAYERS]
		});
		if (!hit) return;
		if (hit.layer.id === LAYER.clusters) {
			const source = map.getSource(SOURCE.incidents);
			const center = hit.geometry.type === 'Point' ? (hit.geometry.coordinates as [number, number]) : null;
			if (!center) return;
			// Clustered by the map itself: to the zoom where this cluster opens. By the server (tiles): two zooms closer.
			if (source instanceof GeoJSONSource)
				void source.getClusterExpansionZoom(hit.properties.cluster_id as number).then((zoom) => map.easeTo({ center, zoom }));
			else map.easeTo({ center, zoom: Math.min(map.getMaxZoom(), map.getZoom() + 2) });
			return;
		}
		const id = hit.properties[PROP.id];
		if (typeof id === 'string') onselect(id);
	};

	const onMove = (e: MapMouseEvent) => {
		if (tool() !== 'select') {
			setHover(null);
			map.getCanvas().style.cursor = 'crosshair';
			return;
		}
		const [hit] = map.queryRenderedFeatures(hitBox(e), { layers: [LAYER.clusters, ...INCIDENT_HIT_LAYERS] });
		if (!hit) return setHover(null);
		if (hit.layer.id === LAYER.clusters) {
			setHover(null);
			map.getCanvas().style.cursor = 'pointer';
			return;
		}
		const id = hit.properties[PROP.id] as string;
		if (hovered?.id !== id || hovered.source !== hit.source)
			setHover({ source: hit.source, ...(hit.sourceLayer ? { sourceLayer: hit.sourceLayer } : {}), id });
	};

	const onLeave = () => setHover(null);

	/**
	 * The map's middle, where a keyboard reader's question is asked: the camera's centre, which is
	 * the middle of the part of the map left clear of the details panel.
	 */
	const middle = (): { at: LonLat; x: number; y: number } => {
		const { lng, lat } = map.getCenter();
		const { x, y } = map.project([lng, lat]);
		return { at: [lng, lat], x, y };
	};
	// The crosshair that shows it (drawn by IncidentMap's CSS) follows it.
	const placeCrosshair = () => {
		const { x, y } = middle();
		map.getContainer().style.setProperty('--middle-x', `${x}px`);
		map.getContainer().style.setProperty('--middle-y', `${y}px`);
	};
	placeCrosshair();

	const onContext = (e: MapMouseEvent) => {
		e.preventDefault();
		// From the keyboard (`button` is -1; see onKey), the menu is about the middle of the map.
		if (e.originalEvent.button === -1) {
			const m = middle();
			return oncontext(m.at, m.x, m.y);
		}
		oncontext([e.lngLat.lng, e.lngLat.lat], e.point.x, e.point.y);
	};

	// On the focused map: the Menu key or Shift+F10 opens the context menu about its middle (MapLibre
	// ignores a context menu asked from the keyboard); with a tool active, Enter picks the middle.
	const onKey = (e: KeyboardEvent) => {
		if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
			e.preventDefault();
			const m = middle();
			oncontext(m.at, m.x, m.y);
		} else if (e.key === 'Enter' && tool() !== 'select') {
			e.preventDefault();
			onpick(middle().at);
		}
	};

	let pressTimer: ReturnType<typeof setTimeout> | undefined;
	const cancelPress = () => clearTimeout(pressTimer);
	const onTouchStart = (e: MapTouchEvent) => {
		cancelPress();
		if (e.points.length !== 1) return;
		const { lngLat, point } = e;
		pressTimer = setTimeout(() => oncontext([lngLat.lng, lngLat.lat], point.x, point.y), LONG_PRESS_MS);
	};

	// Every handler added here is removed by the returned function.
	const listeners = [
		['click', onClick],
		['mousemove', onMove],
		['contextmenu', onContext],
		['touchstart', onTouchStart],
		['touchend', cancelPress],
		['touchcancel', cancelPress],
		['movestart', cancelPress],
		['move', placeCrosshair],
		['resize', placeCrosshair]
	] as const;
	for (const [type, listener] of listeners) map.on(type, listener as (e: unknown) => void);
	map.getCanvasContainer().addEventListener('mouseleave', onLeave);
	map.getCanvas().addEventListener('keydown', onKey);
	return () => {
		cancelPress();
		for (const [type, listener] of listeners) map.off(type, listener as (e: unknown) => void);
		map.getCanvasContainer().removeEventListener('mouseleave', onLeave);
		map.getCanvas().removeEventListener('keydown', onKey);
	};
}
