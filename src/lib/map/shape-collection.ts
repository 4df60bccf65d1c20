import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { QueryShapeProps } from './query-shapes';

/** The question's shapes as the one FeatureCollection the map's query source takes. */
export const shapeCollection = (shapes: Feature<Geometry, QueryShapeProps>[]): FeatureCollection<Geometry, QueryShapeProps> => ({
	type: 'FeatureCollection',
	features: shapes
});
