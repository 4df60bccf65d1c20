import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { IncidentFeature } from '../domain/incident';
import type { OverlayFeature } from '../domain/overlay';
import { PROP } from './ids';

/** The flat properties the map's layers read (expressions cannot reach into nested objects). */
export interface MapIncidentProps {
	[PROP.id]: string;
	[PROP.title]: string;
	[PROP.kind]: string;
	[PROP.category]: string;
	[PROP.fatalities]?: number;
	[PROP.haloPxZ0]: number;
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const TILE_SIZE = 512;

/** Radius in pixels at zoom 0 of a circle of `km` at latitude `lat` (Web Mercator). */
export function metresToPixelsAtZoom0(km: number, lat: number): number {
	return (km * 1000 * TILE_SIZE) / (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180));
}

function mapProps(f: IncidentFeature): MapIncidentProps {
	const p = f.properties;
	const props: MapIncidentProps = {
		[PROP.id]: p.id,
		[PROP.title]: p.title,
		[PROP.kind]: p.kind,
		[PROP.category]: p.category,
		[PROP.haloPxZ0]: metresToPixelsAtZoom0(p.uncertainty_km, f.geometry.coordinates[1])
	};
	const best = p.fatalities?.best ?? p.fatalities?.low ?? null;
	if (best !== null) props[PROP.fatalities] = best;
	return props;
}

/**
 * Split incidents into what the map draws: records placed at a point (clustered, with an
 * uncertainty halo), and country- or region-level records drawn as the area of their overlay,
 * never as an invented pin.
 */
export function incidentMapData(
	incidents: readonly IncidentFeature[],
	overlays: readonly OverlayFeature[]
): {
	points: FeatureCollection<Point, MapIncidentProps>;
	areas: FeatureCollection<Geometry, MapIncidentProps>;
} {
	const byId = new Map(overlays.map((o) => [o.id, o]));
	const points: Feature<Point, MapIncidentProps>[] = [];
	const areas: Feature<Geometry, MapIncidentProps>[] = [];
	for (const f of incidents) {
		const area = f.properties.area ? byId.get(f.properties.area) : undefined;
		if (area) areas.push({ type: 'Feature', id: f.id, geometry: area.geometry, properties: mapProps(f) });
		else points.push({ type: 'Feature', id: f.id, geometry: f.geometry, properties: mapProps(f) });
	}
	return {
		points: { type: 'FeatureCollection', features: points },
		areas: { type: 'FeatureCollection', features: areas }
	};
}
