import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FillLayerSpecification, LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { DARK, LIGHT } from './theme';
import { fullStyle } from './full-style.fixture';
import { SOURCE } from './ids';

const layersOf = (theme = LIGHT, tiles: string | null = null): LayerSpecification[] => fullStyle(theme, tiles).layers;

/**
 * What picks a layer's shader program: for each paint property that may vary per feature,
 * whether it is one value for the draw (constant or zoom-only), per feature, or per feature and
 * zoom. Two layers of a type with the same kinds share a program.
 */
function programKinds(layer: LayerSpecification, only?: (name: string) => boolean): Record<string, string> {
	const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layer.type}`]!;
	const paint = ('paint' in layer ? layer.paint : {}) as Record<string, unknown>;
	const kinds: Record<string, string> = {};
	for (const [name, spec] of Object.entries(specs)) {
		if (!String((spec as { 'property-type'?: string })['property-type']).includes('data-driven')) continue;
		if (only && !only(name)) continue;
		// Unset, `fill-outline-color` is the fill colour; a value that is no expression is one value.
		const value = paint[name] ?? (name === 'fill-outline-color' ? paint['fill-color'] : spec.default);
		if (!Array.isArray(value) || typeof value[0] !== 'string') {
			kinds[name] = 'one value';
			continue;
		}
		const parsed = createPropertyExpression(value, name, spec);
		if (parsed.result !== 'success') throw new Error(`${layer.id}: ${name} does not parse`);
		const kind = parsed.value.kind;
		kinds[name] = kind === 'constant' || kind === 'camera' ? 'one value' : kind === 'source' ? 'per feature' : 'per feature and zoom';
	}
	return kinds;
}

describe('shared shader programs', () => {
	it.each([
		['light', LIGHT, null],
		['dark', DARK, null],
		['tile mode', LIGHT, 'http://localhost/tiles/{z}/{x}/{y}.mvt']
	])('every circle layer (place dots, rings, clusters, markers, the question’s points) compiles one program (%s)', (_n, theme, tiles) => {
		const circles = layersOf(theme, tiles).filter((l) => l.type === 'circle');
		expect(circles.length).toBeGreaterThanOrEqual(5);
		const kinds = new Set(circles.map((l) => JSON.stringify(programKinds(l))));
		expect([...kinds], circles.map((l) => l.id).join(', ')).toHaveLength(1);
	});

	/** The fill layers, and the dashed lines (a line without dashes is drawn by another program). */
	type Drawn = FillLayerSpecification | LineLayerSpecification;
	const fills = (l: LayerSpecification): l is Drawn => l.type === 'fill';
	const dashedLines = (l: LayerSpecification): l is Drawn => l.type === 'line' && !!l.paint?.['line-dasharray'];

	it.each([
		['fill (land, overlays, incidents’ areas, the question’s circle)', 'light', fills, [SOURCE.land, SOURCE.overlays, SOURCE.incidentAreas, SOURCE.query]],
		['fill (land, overlays, incidents’ areas, the question’s circle)', 'dark', fills, [SOURCE.land, SOURCE.overlays, SOURCE.incidentAreas, SOURCE.query]],
		['dashed line (borders, overlays, incidents’ areas, the question’s outlines)', 'light', dashedLines, [SOURCE.borders, SOURCE.overlays, SOURCE.incidentAreas, SOURCE.query]],
		['dashed line (borders, overlays, incidents’ areas, the question’s outlines)', 'dark', dashedLines, [SOURCE.borders, SOURCE.overlays, SOURCE.incidentAreas, SOURCE.query]]
	] as const)('every %s layer compiles one program (%s)', (_kind, theme, ofType, sources) => {
		const layers = layersOf(theme === 'dark' ? DARK : LIGHT).filter(ofType);
		expect(layers.map((l) => l.source)).toEqual(expect.arrayContaining([...sources]));
		const kinds = new Set(layers.map((l) => JSON.stringify(programKinds(l))));
		expect([...kinds], layers.map((l) => l.id).join(', ')).toHaveLength(1);
	});

	it('every text layer compiles one program', () => {
		const texts = layersOf().filter((l) => l.type === 'symbol' && 'text-field' in (l.layout ?? {}));
		expect(texts.length).toBeGreaterThanOrEqual(5);
		const kinds = new Set(texts.map((l) => JSON.stringify(programKinds(l, (name) => name.startsWith('text-')))));
		expect([...kinds], texts.map((l) => l.id).join(', ')).toHaveLength(1);
	});
});
