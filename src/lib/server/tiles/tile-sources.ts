import { getOverlay } from '../../data/overlays';
import type { IncidentFeature } from '../../domain/incident';
import { PostgisIncidentStore } from '../postgis-store';
import { incidentStore } from '../store';
import { onDataChange } from '../data-changes';
import { CachedTileSource } from './cached-tile-source';
import { ClusterTileSource } from './cluster-tile-source';
import { PostgisTileSource } from './postgis-tile-source';
import type { TileSource } from './tile-source';

let source: TileSource | null = null;

/**
 * The process-wide tile source, following the incident store (`store.ts`): PostGIS makes the
 * tiles when the incidents are in the database (`DATABASE_URL`), else they are made in-process
 * from the file store's incidents.
 */
export function tileSource(): TileSource {
	if (source) return source;
	const store = incidentStore();
	// PostGIS makes each tile with a query (a filtered low zoom's reads many points): its tiles are kept.
	if (store instanceof PostgisIncidentStore) {
		const cached = new CachedTileSource(new PostgisTileSource(store.pool));
		onDataChange(() => cached.clear());
		source = cached;
	} else {
		let points: Promise<IncidentFeature[]> | null = null;
		source = new ClusterTileSource(() => (points ??= store.list().then(({ features }) => pointRecords(features))));
	}
	return source;
}

/** The records the map draws as points: all but those placed only to an area it knows. */
export function pointRecords(features: readonly IncidentFeature[]): IncidentFeature[] {
	return features.filter((f) => !(f.properties.area && getOverlay(f.properties.area)));
}
