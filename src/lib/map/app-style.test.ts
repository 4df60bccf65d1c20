import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { DARK, LIGHT } from './theme';
import { fullStyle } from './full-style.fixture';
import { LAYER, SOURCE } from './ids';
import { TILE_LAYER } from '../domain/tile-schema';

describe('the map style', () => {
	it.each([
		['light', LIGHT],
		['dark', DARK]
	])('validates against the MapLibre style spec (%s theme)', (_name, theme) => {
		expect(validateStyleMin(fullStyle(theme))).toEqual([]);
	});

	it('validates with the incidents drawn from vector tiles, every point layer reading the tiles’ layer', () => {
		const style = fullStyle(LIGHT, 'http://localhost/tiles/{z}/{x}/{y}.mvt?category=threat');
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.sources[SOURCE.incidents]).toMatchObject({ type: 'vector', tiles: ['http://localhost/tiles/{z}/{x}/{y}.mvt?category=threat'] });
		const onPoints = style.layers.filter((l) => 'source' in l && l.source === SOURCE.incidents);
		expect(onPoints.map((l) => l.id)).toContain(LAYER.clusters);
		for (const l of onPoints) expect(l['source-layer' as keyof typeof l], l.id).toBe(TILE_LAYER);
	});

	it('has no glyphs or sprite URL: labels are drawn locally, nothing is fetched from elsewhere', () => {
		const style = fullStyle();
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const source of Object.values(style.sources))
			if ('data' in source && typeof source.data === 'string')
				expect(new URL(source.data).origin).toBe('http://localhost');
	});

	it('draws overlays under the incidents, and not an overlay that is not visible', () => {
		const layers = fullStyle().layers;
		const ids = layers.map((l) => l.id);
		expect(ids.indexOf(LAYER.overlayFill)).toBeLessThan(ids.indexOf(LAYER.incidentPoints));
		const dashed = layers.find((l) => l.id === LAYER.overlayLine.dashed);
		expect(dashed && 'filter' in dashed ? dashed.filter : null).toEqual(['in', ['get', 'id'], ['literal', []]]);
	});

	it('uses the self-hosted font family name in every text layer', () => {
		for (const layer of fullStyle().layers)
			if (layer.type === 'symbol') expect(layer.layout?.['text-font']).toEqual(['Noto Sans']);
	});
});
