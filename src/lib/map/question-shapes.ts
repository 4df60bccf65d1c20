import type { Geometry } from 'geojson';
import type { LonLat } from '../geo/proximity';
import type { SpatialQuery } from '../domain/spatial-query';
import { circleShapes, corridorShape, measureShapes, regionShape, shapeCollection } from './query-shapes';

/** Everything to draw for the reader's question and measured path, as one FeatureCollection. */
export function questionShapes(
	query: SpatialQuery | null,
	measure: readonly LonLat[],
	lookup: { pointOf: (id: string) => LonLat | undefined; geometryOf: (overlayId: string) => Geometry | undefined }
) {
	const shapes = measureShapes(measure);
	if (query?.kind === 'near') shapes.unshift(...circleShapes(query.center, query.radius_km));
	if (query?.kind === 'nearby') {
		const at = lookup.pointOf(query.incident);
		if (at) shapes.unshift(...circleShapes(at, query.radius_km));
	}
	if (query?.kind === 'region' || query?.kind === 'corridor') {
		const g = lookup.geometryOf(query.overlay);
		if (g && query.kind === 'region') shapes.unshift(regionShape(g));
		if (g && query.kind === 'corridor' && (g.type === 'LineString' || g.type === 'MultiLineString'))
			shapes.unshift(corridorShape(g, query.radius_km));
	}
	return shapeCollection(shapes);
}
