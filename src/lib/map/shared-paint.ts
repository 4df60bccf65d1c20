/**
 * Paint written so that layers of one type share one shader program.
 *
 * MapLibre compiles a program for each mix of constant and per-feature paint properties of a
 * layer type, and a browser without a GPU (SwiftShader) compiles each on the CPU before the map
 * first draws (≈60 ms each here). So every layer of a type writes its paint the same way, even
 * where a layer's value is one constant: every circle layer (the basemap's place dots, the
 * incidents' uncertainty rings, clusters and markers) each property per feature and the radius per
 * feature and zoom; every text layer its colour per feature; every fill (the land, overlays, the
 * incidents' areas) its colour and opacity per feature; every dashed line (borders, overlays, the
 * incidents' areas, the question's outlines) its colour and opacity per feature and its width per
 * feature and zoom. The whole style then needs one program per type.
 */

type Value = number | string | unknown[];

/** A per-feature expression whose value is the same for every feature. */
export const everyFeature = (value: Value) => ['case', ['has', 'point_count'], value, value];

/** A zoom expression whose value is the same at every zoom. */
const atEveryZoom = (value: Value) => ['interpolate', ['linear'], ['zoom'], 0, value, 24, value];

const perFeature = (v: Value) => (Array.isArray(v) ? v : everyFeature(v));
const byZoom = (v: Value): v is unknown[] => Array.isArray(v) && v[0] === 'interpolate' && JSON.stringify(v[2]) === '["zoom"]';

/**
 * `v` per feature and zoom: a number or a per-feature expression at every zoom, or an
 * `interpolate` over the zoom whose stops (numbers or per-feature expressions) become per feature.
 */
const perFeatureAndZoom = (v: Value) =>
	byZoom(v) ? v.map((x, i) => (i >= 4 && i % 2 === 0 ? perFeature(x as Value) : x)) : atEveryZoom(perFeature(v));

/**
 * The paint of a circle layer. `radius` is a number, a per-feature expression, or an
 * `interpolate` over the zoom.
 */
export function circlePaint(p: {
	radius: Value;
	color: Value;
	opacity?: number;
	strokeColor: Value;
	strokeOpacity?: number;
	strokeWidth: Value;
}) {
	return {
		'circle-radius': perFeatureAndZoom(p.radius),
		'circle-color': perFeature(p.color),
		'circle-opacity': everyFeature(p.opacity ?? 1),
		'circle-stroke-color': perFeature(p.strokeColor),
		'circle-stroke-opacity': everyFeature(p.strokeOpacity ?? 1),
		'circle-stroke-width': perFeature(p.strokeWidth)
	} as Record<string, unknown>;
}

/** The `text-color` of a text layer. */
export const textColor = (color: Value) => perFeature(color) as unknown as string;

/** The paint of a fill layer; `antialias: false` where a line layer draws the edge. */
export function fillPaint(p: { color: Value; opacity: Value; antialias?: false }) {
	return {
		'fill-color': perFeature(p.color),
		'fill-opacity': perFeature(p.opacity),
		...(p.antialias === false ? { 'fill-antialias': false } : {})
	} as Record<string, unknown>;
}

/**
 * The paint of a line layer. `width` is a number, a per-feature expression, or an `interpolate`
 * over the zoom. A solid line is dashed without gaps (`[4, 0]`): a line with dashes is drawn by
 * another program than one without.
 */
export function linePaint(p: { color: Value; width: Value; opacity?: Value; dasharray: number[] }) {
	return {
		'line-color': perFeature(p.color),
		'line-width': perFeatureAndZoom(p.width),
		'line-opacity': perFeature(p.opacity ?? 1),
		'line-dasharray': p.dasharray
	} as Record<string, unknown>;
}
