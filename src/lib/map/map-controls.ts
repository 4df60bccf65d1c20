import { AttributionControl, NavigationControl, ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';

/** Maps at most this wide (a phone's) start with the attribution folded. */
const NARROW_MAP_PX = 640;

/**
 * The map's controls: zoom buttons, a metric scale and the compact attribution. On a narrow map
 * the attribution MapLibre opens over the map's foot is folded (`fold-attribution.ts`, fetched
 * only then). Returns the cleanup.
 */
export function addMapControls(map: MapLibreMap): () => void {
	map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
	map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
	map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
	const container = map.getContainer();
	if (container.clientWidth > NARROW_MAP_PX) return () => {};
	let stopped = false;
	let unfold = () => {};
	import('./fold-attribution')
		.then(({ foldAttribution }) => {
			if (!stopped) unfold = foldAttribution(container);
		})
		.catch(() => {}); // unfolded, as MapLibre left it
	return () => {
		stopped = true;
		unfold();
	};
}
