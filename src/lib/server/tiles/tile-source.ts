import type { IncidentFilter } from '../../domain/incident-query';
import type { TileAddress } from '../../domain/tile-address';

/**
 * Where incident vector tiles come from (`domain/tile-schema.ts` says what they hold), chosen as
 * the incident store is (`tile-sources.ts`): generated in-process for the file store
 * (`ClusterTileSource`), by PostGIS for the database (`PostgisTileSource`).
 */
export interface TileSource {
	/** The encoded tile of the incidents passing `filter`; zero bytes when none is in it. */
	tile(address: TileAddress, filter: IncidentFilter): Promise<Uint8Array>;
}
