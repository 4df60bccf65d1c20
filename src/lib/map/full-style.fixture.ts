import { appLayers, withAppLayers } from './app-style';
import { queryLayers } from './query-layers';
import { basemapStyle } from './basemap-style';
import { LIGHT, type MapTheme } from './theme';
import type { OverlayProperties } from '../domain/overlay';

/** For the style's tests: an area overlay (shown) and a planned line (hidden). */
export const FIXTURE_OVERLAYS = [
	{ id: 'fergana-valley', kind: 'area', status: 'existing', approximate: true, title: 'Fergana Valley' },
	{ id: 'cagp-line-d', kind: 'line', status: 'planned', approximate: true, title: 'Line D' }
] as OverlayProperties[];

/** For the style's tests: the whole style as the map is given it, the question's layers included. */
export function fullStyle(theme: MapTheme = LIGHT, tiles: string | null = null) {
	const app = appLayers({
		theme,
		overlays: FIXTURE_OVERLAYS,
		visibleOverlays: new Set(['fergana-valley']),
		overlayData: 'http://localhost/api/overlays',
		points: { type: 'FeatureCollection', features: [] },
		areas: { type: 'FeatureCollection', features: [] },
		tiles,
		questionLayers: queryLayers(theme),
		attribution: 'Overlays: see sources'
	});
	return withAppLayers(basemapStyle(theme, 'http://localhost'), app);
}
