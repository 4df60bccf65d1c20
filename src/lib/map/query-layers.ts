import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { FONT, LAYER, SOURCE } from './ids';
import type { MapTheme } from './theme';
import { circlePaint, fillPaint, linePaint, textColor } from './shared-paint';

const role = (r: string) => ['==', ['get', 'role'], r] as ['==', ['get', string], string];

/**
 * The layers drawing the reader's question and measurements (`query-source.ts`), over the overlays
 * and under the incidents. Added to the map with the first question (`IncidentMap.svelte`), not
 * part of the page's first load.
 */
export function queryLayers(theme: MapTheme): LayerSpecification[] {
	return [
		{
			id: LAYER.queryFill,
			type: 'fill',
			source: SOURCE.query,
			filter: ['any', role('circle'), role('region')],
			paint: fillPaint({ color: theme.selected, opacity: 0.06 })
		},
		{
			id: LAYER.queryCorridor,
			type: 'line',
			source: SOURCE.query,
			filter: role('corridor'),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': theme.selected,
				'line-opacity': 0.12,
				// 2 × R wide, true to scale: the pixel width doubles with each zoom level.
				'line-width': [
					'interpolate',
					['exponential', 2],
					['zoom'],
					0,
					['*', 2, ['get', 'half_width_px_z0']],
					20,
					['*', 2 ** 21, ['get', 'half_width_px_z0']]
				]
			}
		},
		{
			id: LAYER.queryLine,
			type: 'line',
			source: SOURCE.query,
			filter: ['any', role('circle'), role('region')],
			paint: linePaint({ color: theme.selected, width: 2, dasharray: [3, 2] })
		},
		{
			id: LAYER.measureLine,
			type: 'line',
			source: SOURCE.query,
			filter: role('measure-line'),
			paint: linePaint({ color: theme.selected, width: 2.5, dasharray: [2, 1] })
		},
		{
			id: LAYER.measurePoints,
			type: 'circle',
			source: SOURCE.query,
			filter: ['any', role('measure-point'), role('center')],
			paint: circlePaint({ radius: 4.5, color: theme.markerStroke, strokeColor: theme.selected, strokeWidth: 2 })
		},
		{
			id: LAYER.measureLabel,
			type: 'symbol',
			source: SOURCE.query,
			filter: ['has', 'label'],
			layout: {
				'text-field': ['get', 'label'],
				'text-font': FONT,
				'text-size': 13,
				'text-anchor': 'bottom-left',
				'text-offset': [0.5, -0.5],
				'text-allow-overlap': true
			},
			paint: { 'text-color': textColor(theme.selected), 'text-halo-color': theme.labelHalo, 'text-halo-width': 2 }
		}
	] as LayerSpecification[];
}

/** Add the question's layers to a map made without them: over the overlays, under the incidents. */
export function addQueryLayers(map: MapLibreMap, theme: MapTheme): void {
	for (const layer of queryLayers(theme)) if (!map.getLayer(layer.id)) map.addLayer(layer, LAYER.incidentAreaFill);
}
