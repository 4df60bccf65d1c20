import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { OverlayProperties } from '../domain/overlay';
import { FONT, LAYER, SOURCE } from './ids';
import type { MapTheme } from './theme';
import { fillPaint, linePaint, textColor } from './shared-paint';

type Overlay = Pick<OverlayProperties, 'id' | 'kind' | 'status' | 'approximate' | 'title'>;

/** How an overlay's line is drawn: planned routes dashed, hand-traced (approximate) outlines dotted. */
type OverlayStroke = 'solid' | 'dashed' | 'dotted';

const overlayStroke = (o: Pick<Overlay, 'status' | 'approximate'>): OverlayStroke =>
	o.status === 'planned' ? 'dashed' : o.approximate ? 'dotted' : 'solid';

const DASH: Record<OverlayStroke, number[]> = { solid: [4, 0], dashed: [3, 2], dotted: [1, 1.5] };

const STROKES = Object.keys(DASH) as OverlayStroke[];

/**
 * The overlay layers, each with the overlays it draws (before the reader's toggles). Every overlay
 * shares a few layers, not three of its own: the map then lays out, places and draws six layers
 * for the overlays instead of three per overlay. A layer with nothing to draw is left out.
 */
function overlayGroups(overlays: readonly Overlay[]) {
	const areas = overlays.filter((o) => o.kind === 'area');
	const groups: { id: string; members: Overlay[]; stroke?: OverlayStroke; label?: 'point' | 'line' }[] = [
		{ id: LAYER.overlayFill, members: areas },
		...STROKES.map((stroke) => ({ id: LAYER.overlayLine[stroke], members: overlays.filter((o) => overlayStroke(o) === stroke), stroke })),
		{ id: LAYER.overlayAreaLabel, members: areas, label: 'point' },
		{ id: LAYER.overlayLineLabel, members: overlays.filter((o) => o.kind === 'line'), label: 'line' }
	];
	return groups.filter((g) => g.members.length > 0);
}

/** The filter drawing exactly the visible members of a layer. */
const visibleOnly = (members: readonly Overlay[], visible: ReadonlySet<string>): FilterSpecification => [
	'in',
	['get', 'id'],
	['literal', members.filter((o) => visible.has(o.id)).map((o) => o.id)]
];

/**
 * Each overlay layer's filter for the visible overlays: toggling an overlay sets these (MapLibre
 * leaves a layer whose filter did not change alone).
 */
export function overlayFilters(overlays: readonly Overlay[], visible: ReadonlySet<string>): Map<string, FilterSpecification> {
	return new Map(overlayGroups(overlays).map((g) => [g.id, visibleOnly(g.members, visible)]));
}

/** The overlay layers, drawing the visible overlays: fills, then lines, then labels. */
export function overlayLayers(overlays: readonly Overlay[], theme: MapTheme, visible: ReadonlySet<string>): LayerSpecification[] {
	return overlayGroups(overlays).map(({ id, members, stroke, label }): LayerSpecification => {
		const common = { id, source: SOURCE.overlays, filter: visibleOnly(members, visible) };
		if (label)
			return {
				...common,
				type: 'symbol',
				minzoom: 4,
				layout: {
					'text-field': ['get', 'title'],
					'text-font': FONT,
					'text-size': 11,
					'symbol-placement': label,
					'text-max-width': 10
				},
				paint: { 'text-color': textColor(theme.overlayLine), 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 }
			};
		if (stroke)
			return {
				...common,
				type: 'line',
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				// A route is drawn wider than an area's outline.
				paint: linePaint({ color: theme.overlayLine, width: ['match', ['get', 'kind'], 'line', 2.5, 1.5], dasharray: DASH[stroke] })
			};
		return { ...common, type: 'fill', paint: fillPaint({ color: theme.overlayArea, opacity: 0.1 }) };
	});
}
