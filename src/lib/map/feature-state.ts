import type { Map as MapLibreMap } from 'maplibre-gl';
import { TILE_LAYER } from '../domain/tile-schema';
import { SOURCE } from './ids';

/**
 * Move a feature-state flag (`selected`, `hover`) from one incident to another, on whichever
 * incident source holds each; `tiled` when the points come from vector tiles, which keep
 * feature-state per source layer.
 */
export function moveFeatureState(
	map: MapLibreMap,
	tiled: boolean,
	key: 'selected' | 'hover',
	from: string | null,
	to: string | null
): void {
	for (const source of [SOURCE.incidents, SOURCE.incidentAreas]) {
		const target = { source, ...(tiled && source === SOURCE.incidents ? { sourceLayer: TILE_LAYER } : {}) };
		if (from) map.setFeatureState({ ...target, id: from }, { [key]: false });
		if (to) map.setFeatureState({ ...target, id: to }, { [key]: true });
	}
}
