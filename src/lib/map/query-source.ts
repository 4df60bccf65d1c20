import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import { SOURCE } from './ids';

/** The reader's question and measurements (`query-shapes.ts`), empty until there is one. */
export function querySource(): Record<string, GeoJSONSourceSpecification> {
	return { [SOURCE.query]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } };
}
