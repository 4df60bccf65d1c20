import type { StyleSpecification } from 'maplibre-gl';
import { FONT, LAYER, SOURCE } from './ids';
import type { MapTheme } from './theme';
import { circlePaint, fillPaint, linePaint, textColor } from './shared-paint';

/** Where the prerendered basemap GeoJSON files are served. */
export const BASEMAP_PATHS = {
	land: '/basemap/land.json',
	borders: '/basemap/borders.json',
	countryLabels: '/basemap/country-labels.json',
	placeLabels: '/basemap/place-labels.json'
} as const;

export const BASEMAP_ATTRIBUTION =
	'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)';

/**
 * The offline basemap: Natural Earth land, borders and country names, and labels for the places
 * the incidents mention. No `glyphs`: MapLibre draws the labels locally with the page's web font.
 * `origin` makes the data URLs absolute (the map's worker fetches them).
 */
export function basemapStyle(theme: MapTheme, origin: string): StyleSpecification {
	const url = (path: string) => new URL(path, origin).href;
	return {
		version: 8,
		name: 'Incident Map offline basemap',
		sources: {
			[SOURCE.land]: {
				type: 'geojson',
				data: url(BASEMAP_PATHS.land),
				attribution: BASEMAP_ATTRIBUTION,
				tolerance: 0.5
			},
			[SOURCE.borders]: { type: 'geojson', data: url(BASEMAP_PATHS.borders), tolerance: 0.5 },
			[SOURCE.countryLabels]: { type: 'geojson', data: url(BASEMAP_PATHS.countryLabels) },
			[SOURCE.placeLabels]: { type: 'geojson', data: url(BASEMAP_PATHS.placeLabels) }
		},
		layers: [
			{ id: LAYER.background, type: 'background', paint: { 'background-color': theme.water } },
			{ id: LAYER.land, type: 'fill', source: SOURCE.land, paint: fillPaint({ color: theme.land, opacity: 1 }) },
			{
				id: LAYER.borders,
				type: 'line',
				source: SOURCE.borders,
				paint: linePaint({
					color: theme.border,
					width: ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.6],
					dasharray: [3, 2]
				})
			},
			{
				id: LAYER.countryLabels,
				type: 'symbol',
				source: SOURCE.countryLabels,
				// Larger countries first; small ones appear as the reader zooms in.
				filter: ['>=', ['zoom'], ['get', 'min_zoom']],
				layout: {
					'text-field': ['upcase', ['get', 'name']],
					'text-font': FONT,
					'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
					'text-letter-spacing': 0.12,
					'text-max-width': 8,
					'symbol-sort-key': ['-', 0, ['get', 'area_km2']]
				},
				paint: {
					'text-color': textColor(theme.countryLabel),
					'text-halo-color': theme.labelHalo,
					'text-halo-width': 1.2
				}
			},
			{
				id: LAYER.placeDots,
				type: 'circle',
				source: SOURCE.placeLabels,
				filter: ['all', ['!=', ['get', 'type'], 'region'], ['>=', ['zoom'], ['get', 'min_zoom']]],
				paint: circlePaint({
					radius: ['match', ['get', 'type'], 'capital', 3.5, 2.5],
					color: theme.placeLabel,
					strokeColor: theme.labelHalo,
					strokeWidth: 1
				})
			},
			{
				id: LAYER.placeLabels,
				type: 'symbol',
				source: SOURCE.placeLabels,
				filter: ['>=', ['zoom'], ['get', 'min_zoom']],
				layout: {
					'text-field': ['get', 'name'],
					'text-font': FONT,
					'text-size': ['match', ['get', 'type'], 'capital', 13, 'region', 13, 12],
					// Cities try below, then above, then beside their dot, so that an incident marker
					// drawn on the city does not hide its name.
					'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
					'text-radial-offset': ['match', ['get', 'type'], 'region', 0, 1.1],
					'text-letter-spacing': ['match', ['get', 'type'], 'region', 0.15, 0],
					'symbol-sort-key': ['get', 'min_zoom']
				},
				paint: {
					'text-color': textColor(theme.placeLabel),
					'text-halo-color': theme.labelHalo,
					'text-halo-width': 1.5
				}
			}
		]
	};
}
