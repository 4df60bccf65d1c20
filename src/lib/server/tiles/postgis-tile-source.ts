import type { Pool } from 'pg';
import type { IncidentFilter } from '../../domain/incident-query';
import type { TileAddress } from '../../domain/tile-address';
import { TILE_CLUSTER_MAX_ZOOM, TILE_CLUSTER_RADIUS_PX, TILE_EXTENT } from '../../domain/tile-schema';
import { filterParams } from '../pg/filter-params';
import { applyMigrations } from '../pg/migrate';
import { overFiltered } from '../pg/sql';
import tileSql from '../pg/queries/tile.sql?raw';

const TILE = overFiltered(tileSql);

/** Grid cells per tile side when clustering: cells about as wide as the GeoJSON path's cluster radius. */
export const GRID_CELLS = Math.round(512 / TILE_CLUSTER_RADIUS_PX);

/**
 * Incident tiles made by PostGIS (`pg/queries/tile.sql`): the filters in SQL as for every other
 * query, `ST_TileEnvelope` for the tile, clusters by grid snapping up to TILE_CLUSTER_MAX_ZOOM,
 * `ST_AsMVTGeom` / `ST_AsMVT` for the encoding.
 */
export class PostgisTileSource {
	#ready: Promise<unknown> | null = null;

	constructor(private readonly pool: Pool) {}

	async tile({ z, x, y }: TileAddress, filter: IncidentFilter): Promise<Uint8Array> {
		this.#ready ??= applyMigrations(this.pool).catch((e) => {
			this.#ready = null;
			throw e;
		});
		await this.#ready;
		const cells = z <= TILE_CLUSTER_MAX_ZOOM ? GRID_CELLS : 0;
		const { rows } = await this.pool.query<{ tile: Buffer }>(TILE, [...filterParams(filter), z, x, y, cells, TILE_EXTENT]);
		return new Uint8Array(rows[0]!.tile);
	}
}
