/**
 * Paint written so that layers of one type share one shader program.
 *
 * MapLibre compiles a program for each mix of constant and per-feature paint properties of a
 * layer type, and a browser without a GPU (SwiftShader) compiles each on the CPU before the map
 * first draws. So every circle layer (the basemap's place dots, the incidents' uncertainty rings,
 * clusters and markers) writes its paint the same way — each property per feature, the radius
 * per feature and zoom — and every text layer its colour per feature, even where a layer's value
 * is one constant: the whole style then needs one circle program and one text program.
 */

type Value = number | string | unknown[];

/** A per-feature expression whose value is the same for every feature. */
export const everyFeature = (value: Value) => ['case', ['has', 'point_count'], value, value];

/** A zoom expression whose value is the same at every zoom. */
const atEveryZoom = (value: Value) => ['interpolate', ['linear'], ['zoom'], 0, value, 24, value];

const perFeature = (v: Value) => (Array.isArray(v) ? v : everyFeature(v));
const byZoom = (v: Value) => Array.isArray(v) && v[0] === 'interpolate' && JSON.stringify(v[2]) === '["zoom"]';

/**
 * The paint of a circle layer. `radius` is a number, a per-feature expression, or an
 * `interpolate` over the zoom whose stops are per-feature expressions.
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
		'circle-radius': byZoom(p.radius) ? p.radius : atEveryZoom(perFeature(p.radius)),
		'circle-color': perFeature(p.color),
		'circle-opacity': everyFeature(p.opacity ?? 1),
		'circle-stroke-color': perFeature(p.strokeColor),
		'circle-stroke-opacity': everyFeature(p.strokeOpacity ?? 1),
		'circle-stroke-width': perFeature(p.strokeWidth)
	} as Record<string, unknown>;
}

/** The `text-color` of a text layer. */
export const textColor = (color: Value) => perFeature(color) as unknown as string;
