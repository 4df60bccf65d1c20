import type { LayerSpecification } from 'maplibre-gl';
import type { OverlayProperties } from '../domain/overlay';
import { FONT, SOURCE, overlayLayerId } from './ids';
import type { MapTheme } from './theme';
import { fillPaint, linePaint, textColor } from './shared-paint';

export type OverlayPart = 'fill' | 'line' | 'label';
export const OVERLAY_PARTS: readonly OverlayPart[] = ['fill', 'line', 'label'];

/**
 * The layers of one overlay, all filtered to its feature in the shared `overlays` source, so
 * that toggling it is a visibility change on exactly these layers. Planned routes are dashed;
 * hand-traced (approximate) outlines are dotted.
 */
export function overlayLayers(
	o: Pick<OverlayProperties, 'id' | 'kind' | 'status' | 'approximate' | 'title'>,
	theme: MapTheme,
	visible: boolean
): LayerSpecification[] {
	const filter = ['==', ['get', 'id'], o.id] as ['==', ['get', string], string];
	const layout = { visibility: visible ? 'visible' : 'none' } as const;
	const dash = o.status === 'planned' ? [3, 2] : o.approximate ? [1, 1.5] : [4, 0];
	const label: LayerSpecification = {
		id: overlayLayerId(o.id, 'label'),
		type: 'symbol',
		source: SOURCE.overlays,
		filter,
		minzoom: 4,
		layout: {
			...layout,
			'text-field': ['get', 'title'],
			'text-font': FONT,
			'text-size': 11,
			'symbol-placement': o.kind === 'line' ? 'line' : 'point',
			'text-max-width': 10
		},
		paint: {
			'text-color': textColor(theme.overlayLine),
			'text-halo-color': theme.labelHalo,
			'text-halo-width': 1.5
		}
	};
	if (o.kind === 'line')
		return [
			{
				id: overlayLayerId(o.id, 'line'),
				type: 'line',
				source: SOURCE.overlays,
				filter,
				layout: { ...layout, 'line-join': 'round', 'line-cap': 'round' },
				paint: linePaint({ color: theme.overlayLine, width: 2.5, dasharray: dash })
			},
			label
		];
	return [
		{
			id: overlayLayerId(o.id, 'fill'),
			type: 'fill',
			source: SOURCE.overlays,
			filter,
			layout,
			paint: fillPaint({ color: theme.overlayArea, opacity: 0.1 })
		},
		{
			id: overlayLayerId(o.id, 'line'),
			type: 'line',
			source: SOURCE.overlays,
			filter,
			layout,
			paint: linePaint({ color: theme.overlayLine, width: 1.5, dasharray: dash })
		},
		label
	];
}
