/**
 * Every source id, layer id and map-feature property key, named once.
 */
export const SOURCE = {
	land: 'basemap-land',
	borders: 'basemap-borders',
	countryLabels: 'basemap-country-labels',
	placeLabels: 'basemap-place-labels',
	overlays: 'overlays',
	incidentAreas: 'incident-areas',
	incidents: 'incidents',
	query: 'query'
} as const;

export const LAYER = {
	background: 'background',
	land: 'land',
	borders: 'borders',
	countryLabels: 'country-labels',
	placeDots: 'place-dots',
	placeLabels: 'place-labels',
	/** The overlays: every area's fill, every line by its stroke, then the labels (`overlay-layers.ts`). */
	overlayFill: 'overlay-fill',
	overlayLine: { solid: 'overlay-line-solid', dashed: 'overlay-line-dashed', dotted: 'overlay-line-dotted' },
	overlayAreaLabel: 'overlay-area-label',
	overlayLineLabel: 'overlay-line-label',
	incidentAreaFill: 'incident-area-fill',
	incidentAreaLine: 'incident-area-line',
	incidentHalo: 'incident-halo',
	clusters: 'incident-clusters',
	clusterCount: 'incident-cluster-count',
	incidentPoints: 'incident-points',
	incidentSymbols: 'incident-symbols',
	queryFill: 'query-fill',
	queryCorridor: 'query-corridor',
	queryLine: 'query-line',
	measureLine: 'measure-line',
	measurePoints: 'measure-points',
	measureLabel: 'measure-label'
} as const;

/** The clickable incident layers, topmost first. */
export const INCIDENT_HIT_LAYERS = [LAYER.incidentPoints, LAYER.incidentAreaFill, LAYER.incidentAreaLine];

/** Properties of the features the map draws (flattened from the incident schema). */
export const PROP = {
	id: 'id',
	title: 'title',
	kind: 'kind',
	category: 'category',
	/** Best fatality figure; absent when unknown. */
	fatalities: 'fatalities_best',
	/** Halo radius in pixels at zoom 0 (doubles with each zoom level). */
	haloPxZ0: 'halo_px_z0'
} as const;

/** The base font, self-hosted from @fontsource/noto-sans; drawn by MapLibre with no glyph server. */
export const FONT = ['Noto Sans'];
