import type {
	GeoJSONSourceSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { OverlayProperties } from '../domain/overlay';
import { SOURCE } from './ids';
import { incidentLayers, incidentSources } from './incident-layers';
import { overlayLayers } from './overlay-layers';
import { querySource } from './query-source';
import type { MapTheme } from './theme';

export interface AppLayersInput {
	theme: MapTheme;
	overlays: readonly OverlayProperties[];
	visibleOverlays: ReadonlySet<string>;
	/** Overlay features (or a URL to them). */
	overlayData: GeoJSONSourceSpecification['data'];
	points: GeoJSONSourceSpecification['data'];
	areas: GeoJSONSourceSpecification['data'];
	/** The layers drawing the reader's question (`queryLayers`), once there has been one; else none. */
	questionLayers?: LayerSpecification[];
	/** A tile URL template: the points come from the server's vector tiles instead of `points`. */
	tiles?: string | null;
	attribution: string;
}

/** The app's own sources and layers: overlays, then the reader's question, then the incidents. */
export function appLayers(input: AppLayersInput): {
	sources: Record<string, SourceSpecification>;
	layers: LayerSpecification[];
} {
	return {
		sources: {
			[SOURCE.overlays]: { type: 'geojson', data: input.overlayData, attribution: input.attribution },
			...querySource(),
			...incidentSources(input.points, input.areas, input.tiles ?? null)
		},
		layers: [
			...overlayLayers(input.overlays, input.theme, input.visibleOverlays),
			...(input.questionLayers ?? []),
			...incidentLayers(input.theme, !!input.tiles)
		]
	};
}

/** A basemap style with the app's sources and layers on top, as one style (one load). */
export function withAppLayers(
	basemap: StyleSpecification,
	app: ReturnType<typeof appLayers>
): StyleSpecification {
	return {
		...basemap,
		sources: { ...basemap.sources, ...app.sources },
		layers: [...basemap.layers, ...app.layers]
	};
}
