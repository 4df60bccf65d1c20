import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { INCIDENT_HIT_LAYERS, LAYER, PROP, SOURCE } from './ids';

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
 * (feature-state `hover`). Returns the function that removes every handler it added.
 */
export function bindInteractions(map: MapLibreMap, onselect: (id: string) => void): () => void {
	let hovered: { source: string; id: string | number } | null = null;

	const setHover = (next: typeof hovered) => {
		if (hovered) map.setFeatureState(hovered, { hover: false });
		hovered = next;
		if (hovered) map.setFeatureState(hovered, { hover: true });
		map.getCanvas().style.cursor = hovered ? 'pointer' : '';
	};

	const onClick = (e: MapMouseEvent) => {
		const [hit] = map.queryRenderedFeatures(hitBox(e), {
			layers: [LAYER.clusters, ...INCIDENT_HIT_LAYERS]
		});
		if (!hit) return;
		if (hit.layer.id === LAYER.clusters) {
			const source = map.getSource<GeoJSONSource>(SOURCE.incidents);
			const clusterId = hit.properties.cluster_id as number;
			void source?.getClusterExpansionZoom(clusterId).then((zoom) => {
				if (hit.geometry.type === 'Point')
					map.easeTo({ center: hit.geometry.coordinates as [number, number], zoom });
			});
			return;
		}
		const id = hit.properties[PROP.id];
		if (typeof id === 'string') onselect(id);
	};

	const onMove = (e: MapMouseEvent) => {
		const [hit] = map.queryRenderedFeatures(hitBox(e), { layers: [LAYER.clusters, ...INCIDENT_HIT_LAYERS] });
		if (!hit) return setHover(null);
		if (hit.layer.id === LAYER.clusters) {
			setHover(null);
			map.getCanvas().style.cursor = 'pointer';
			return;
		}
		const id = hit.properties[PROP.id] as string;
		if (hovered?.id !== id || hovered.source !== hit.source) setHover({ source: hit.source, id });
	};

	const onLeave = () => setHover(null);

	map.on('click', onClick);
	map.on('mousemove', onMove);
	map.getCanvasContainer().addEventListener('mouseleave', onLeave);
	return () => {
		map.off('click', onClick);
		map.off('mousemove', onMove);
		map.getCanvasContainer().removeEventListener('mouseleave', onLeave);
	};
}
