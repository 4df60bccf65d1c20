import type {
	GeoJSONSourceSpecification,
	LayerSpecification,
	SourceSpecification
} from 'maplibre-gl';
import { TILE_LAYER, TILE_MAX_ZOOM } from '../domain/tile-schema';
import { FONT, LAYER, PROP, SOURCE } from './ids';
import { categoryColor, categorySymbol } from './category-style';
import { circlePaint, fillPaint, linePaint, textColor } from './shared-paint';
import type { MapTheme } from './theme';

/** Clusters form up to this zoom; from the next zoom every incident is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 11;
/** Pixel radius within which points merge into a cluster. */
export const CLUSTER_RADIUS = 36;

/**
 * The incident sources: the areas, and the points — clustered GeoJSON, or (`tiles`, a tile URL
 * template `…/{z}/{x}/{y}.mvt?filters`, for a dataset too large to send) the server's vector
 * tiles, clustered by the server (`domain/tile-schema.ts`).
 */
export function incidentSources(
	points: GeoJSONSourceSpecification['data'],
	areas: GeoJSONSourceSpecification['data'],
	tiles: string | null = null
): Record<string, SourceSpecification> {
	const areaSource: GeoJSONSourceSpecification = { type: 'geojson', data: areas, promoteId: PROP.id };
	if (tiles)
		return {
			[SOURCE.incidentAreas]: areaSource,
			[SOURCE.incidents]: { type: 'vector', tiles: [tiles], minzoom: 0, maxzoom: TILE_MAX_ZOOM, promoteId: PROP.id }
		};
	return {
		[SOURCE.incidentAreas]: areaSource,
		[SOURCE.incidents]: {
			type: 'geojson',
			data: points,
			promoteId: PROP.id,
			cluster: true,
			clusterRadius: CLUSTER_RADIUS,
			clusterMaxZoom: CLUSTER_MAX_ZOOM
		}
	};
}

const isContext = ['==', ['get', PROP.kind], 'context'];
const selected = ['boolean', ['feature-state', 'selected'], false];
const hovered = ['boolean', ['feature-state', 'hover'], false];
const notCluster = ['!', ['has', 'point_count']];

/** Marker radius: grows with the square root of reported deaths; unknown draws the base size. */
const markerRadius = [
	'case',
	['has', PROP.fatalities],
	['min', 30, ['+', 7, ['*', 1.6, ['sqrt', ['get', PROP.fatalities]]]]],
	7
];

/**
 * Layers drawing incidents, bottom to top. Country- and region-level records are areas. With
 * `tiled`, the points come from the vector tiles' one layer; a cluster's ring takes the colour of
 * its deadliest member's category.
 */
export function incidentLayers(theme: MapTheme, tiled = false): LayerSpecification[] {
	const layers = [
		{
			id: LAYER.incidentAreaFill,
			type: 'fill',
			source: SOURCE.incidentAreas,
			filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
			// The outline layer below draws the edge.
			paint: fillPaint({ color: categoryColor, opacity: ['case', selected, 0.3, hovered, 0.22, 0.1], antialias: false })
		},
		{
			id: LAYER.incidentAreaLine,
			type: 'line',
			source: SOURCE.incidentAreas,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			// Outlines of areas are thin; a line record (a pipeline) is a wide translucent band.
			paint: linePaint({
				color: categoryColor,
				width: [
					'case',
					['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
					['case', selected, 14, 10],
					['case', selected, 3, 1.5]
				],
				opacity: [
					'case',
					['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]],
					['case', selected, 0.6, 0.35],
					0.9
				],
				dasharray: [2, 1]
			})
		},
		{
			id: LAYER.incidentHalo,
			type: 'circle',
			source: SOURCE.incidents,
			filter: notCluster,
			paint: {
				...circlePaint({
					// Uncertainty circle, true to scale: the pixel radius doubles with each zoom level.
					radius: [
						'interpolate',
						['exponential', 2],
						['zoom'],
						0,
						['get', PROP.haloPxZ0],
						20,
						['*', ['get', PROP.haloPxZ0], 2 ** 20]
					],
					color: categoryColor,
					opacity: 0.1,
					strokeColor: categoryColor,
					strokeOpacity: 0.55,
					strokeWidth: 1
				}),
				'circle-pitch-alignment': 'map'
			}
		},
		{
			id: LAYER.clusters,
			type: 'circle',
			source: SOURCE.incidents,
			filter: ['has', 'point_count'],
			paint: circlePaint({
				radius: ['step', ['get', 'point_count'], 13, 5, 17, 20, 22, 100, 28],
				color: theme.clusterFill,
				strokeColor: tiled ? categoryColor : theme.markerStroke,
				strokeWidth: tiled ? 3 : 2
			})
		},
		{
			id: LAYER.clusterCount,
			type: 'symbol',
			source: SOURCE.incidents,
			filter: ['has', 'point_count'],
			layout: {
				'text-field': ['to-string', ['get', 'point_count']],
				'text-font': FONT,
				'text-size': 13,
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': textColor(theme.clusterText) }
		},
		{
			id: LAYER.incidentPoints,
			type: 'circle',
			source: SOURCE.incidents,
			filter: notCluster,
			paint: circlePaint({
				radius: markerRadius,
				// Context events are hollow rings; attacks and threats are filled.
				color: ['case', isContext, theme.markerStroke, categoryColor],
				strokeColor: [
					'case',
					['any', selected, hovered],
					theme.selected,
					isContext,
					categoryColor,
					theme.markerStroke
				],
				strokeWidth: ['case', selected, 3.5, hovered, 3, isContext, 2.5, 1.5]
			})
		},
		{
			id: LAYER.incidentSymbols,
			type: 'symbol',
			source: SOURCE.incidents,
			filter: notCluster,
			layout: {
				'text-field': categorySymbol,
				'text-font': FONT,
				'text-size': 11,
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': ['case', isContext, categoryColor, '#ffffff'] }
		}
	] as LayerSpecification[];
	if (!tiled) return layers;
	return layers.map((l) => ('source' in l && l.source === SOURCE.incidents ? { ...l, 'source-layer': TILE_LAYER } : l)) as LayerSpecification[];
}
