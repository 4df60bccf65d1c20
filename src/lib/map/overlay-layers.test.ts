import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import type { OverlayProperties } from '../domain/overlay';
import { LAYER } from './ids';
import { overlayFilters, overlayLayers } from './overlay-layers';
import { LIGHT } from './theme';

type Overlay = Pick<OverlayProperties, 'id' | 'kind' | 'status' | 'approximate' | 'title'>;
const overlay = (id: string, kind: 'area' | 'line', status: OverlayProperties['status'], approximate: boolean): Overlay => ({
	id,
	kind,
	status,
	approximate,
	title: id
});

const OVERLAYS = [
	overlay('country', 'area', 'computed', false),
	overlay('valley', 'area', 'existing', true),
	overlay('pipeline', 'line', 'existing', true),
	overlay('planned-line', 'line', 'planned', true),
	overlay('cable', 'line', 'existing', false)
];
const everyId = new Set(OVERLAYS.map((o) => o.id));

/** The layers that draw an overlay's feature (its properties as the `overlays` source holds them). */
function drawnBy(layers: LayerSpecification[], o: Overlay): string[] {
	const feature = { type: (o.kind === 'area' ? 3 : 2) as 2 | 3, properties: { ...o } };
	return layers
		.filter((l, i) => 'filter' in l && featureFilter(l.filter as FilterSpecification, `layers[${i}].filter`).filter({ zoom: 6 }, feature))
		.map((l) => l.id);
}

describe('overlay layers', () => {
	it('draws each overlay in the fill (an area), the line of its stroke and one label layer, no other', () => {
		const layers = overlayLayers(OVERLAYS, LIGHT, everyId);
		expect(Object.fromEntries(OVERLAYS.map((o) => [o.id, drawnBy(layers, o)]))).toEqual({
			country: [LAYER.overlayFill, LAYER.overlayLine.solid, LAYER.overlayAreaLabel],
			valley: [LAYER.overlayFill, LAYER.overlayLine.dotted, LAYER.overlayAreaLabel],
			pipeline: [LAYER.overlayLine.dotted, LAYER.overlayLineLabel],
			'planned-line': [LAYER.overlayLine.dashed, LAYER.overlayLineLabel],
			cable: [LAYER.overlayLine.solid, LAYER.overlayLineLabel]
		});
	});

	it('draws fills, then lines, then labels, and the styles validate', () => {
		const layers = overlayLayers(OVERLAYS, LIGHT, everyId);
		expect(layers.map((l) => l.type)).toEqual(['fill', 'line', 'line', 'line', 'symbol', 'symbol']);
		const style = { version: 8 as const, sources: { overlays: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } }, layers };
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('has as many layers for fifty overlays as for five', () => {
		const many = Array.from({ length: 50 }, (_, i) => ({ ...OVERLAYS[i % OVERLAYS.length]!, id: `o${i}` }));
		expect(overlayLayers(many, LIGHT, new Set(many.map((o) => o.id)))).toHaveLength(6);
	});

	it('leaves out a layer with nothing to draw', () => {
		const areas = OVERLAYS.filter((o) => o.id === 'country');
		expect(overlayLayers(areas, LIGHT, everyId).map((l) => l.id)).toEqual([
			LAYER.overlayFill,
			LAYER.overlayLine.solid,
			LAYER.overlayAreaLabel
		]);
	});

	it('draws a hidden overlay in no layer, and every other overlay as before', () => {
		const visible = new Set([...everyId].filter((id) => id !== 'valley'));
		const filters = overlayFilters(OVERLAYS, visible);
		const layers = overlayLayers(OVERLAYS, LIGHT, everyId).map((l) => ({ ...l, filter: filters.get(l.id) }) as LayerSpecification);
		expect(drawnBy(layers, OVERLAYS[1]!)).toEqual([]);
		expect(drawnBy(layers, OVERLAYS[0]!)).toEqual([LAYER.overlayFill, LAYER.overlayLine.solid, LAYER.overlayAreaLabel]);
		// The filters a toggle sets are the ones the style starts with for the same overlays.
		expect(overlayLayers(OVERLAYS, LIGHT, visible).map((l) => ('filter' in l ? l.filter : null))).toEqual([...filters.values()]);
	});
});
