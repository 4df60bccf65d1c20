import type { Pool } from 'pg';
import type { IncidentFilter } from '../../domain/incident-query';
import type { TileAddress } from '../../domain/tile-address';
import { TILE_EXTENT } from '../../domain/tile-schema';
import { filterParams } from '../pg/filter-params';
import { migratedOnce } from '../pg/migrate';
import { SQL } from '../pg/sql';
import { TILE_GRID } from '../pg/tile-grid';
import { rebuildStaleTileTables } from '../pg/tile-tables';
import { inTransaction } from '../pg/transaction';
import { answeredByClusters } from './answered-by-clusters';
import type { TileSource } from './tile-source';

/**
 * Settings for the points' tile: memory enough to sum a low zoom's hundreds of thousands of points
 * by cell in a hash table (with the default 4 MB the planner sorts them, on disk: ≈2.5× slower at
 * 1M), and no JIT compilation (its tens of milliseconds cost more than they save here).
 */
const POINTS_SETTINGS = "SET LOCAL work_mem = '32MB'; SET LOCAL jit = off";

interface TileRow {
	tile: Buffer;
	/** The tile tables were built from the serving data. */
	fresh: boolean;
	/** …on TILE_GRID (else the precomputed grid is another's: the points answer). */
	same_grid: boolean;
}

/**
 * Incident tiles made by PostGIS from the tile tables (`pg/tile-tables.ts`), never from the
 * incidents' rows: up to the cluster zooms, for no filter or categories and countries only, from
 * the per-zoom grid computed at load (`clustersTile`: at most a few hundred rows a tile); for any
 * other filter or zoom from the narrow points table, the tile being one range of its Z-order key
 * (`pointsTile`). Both cluster by the same grid and write the same tile for the same points
 * (`queries/tile-encode.sql`: `ST_AsMVTGeom` / `ST_AsMVT`).
 */
export class PostgisTileSource implements TileSource {
	#rebuilding: Promise<unknown> | null = null;

	constructor(private readonly pool: Pool) {}

	tile(address: TileAddress, filter: IncidentFilter): Promise<Uint8Array> {
		return address.z <= TILE_GRID.maxZoom && answeredByClusters(filter) ? this.clustersTile(address, filter) : this.pointsTile(address, filter);
	}

	/**
	 * The tile from the precomputed grid: zooms up to TILE_GRID.maxZoom, filters `answeredByClusters`
	 * only. Tables built on another grid (by another version of the app) leave it to the points.
	 */
	async clustersTile(address: TileAddress, filter: IncidentFilter): Promise<Uint8Array> {
		const { z, x, y } = address;
		if (z > TILE_GRID.maxZoom) throw new RangeError(`clustersTile: z: ${z} is past the cluster zooms (0–${TILE_GRID.maxZoom})`);
		if (!answeredByClusters(filter))
			throw new RangeError(`clustersTile: filter: ${JSON.stringify(filter)} is not answered by the precomputed grid (only categories, countries)`);
		const params = [filter.categories ?? null, filter.countries ?? null, z, x, y, TILE_GRID.cells, TILE_GRID.maxZoom, TILE_EXTENT];
		const row = await this.#made(SQL.tileClusters, params);
		return row.same_grid ? new Uint8Array(row.tile) : this.pointsTile(address, filter);
	}

	/** The tile from the points passing any filter (`queries/tile-points.sql`). */
	async pointsTile({ z, x, y }: TileAddress, filter: IncidentFilter): Promise<Uint8Array> {
		const params = [...filterParams(filter), z, x, y, TILE_GRID.cells, TILE_GRID.maxZoom, TILE_EXTENT];
		const row = await this.#made(SQL.tilePoints, params, POINTS_SETTINGS);
		return new Uint8Array(row.tile);
	}

	/** Run a tile query once the schema is migrated; tile tables not built from the serving data are rebuilt first. */
	async #made(sql: string, params: unknown[], settings?: string): Promise<TileRow> {
		await migratedOnce(this.pool);
		const first = await this.#query(sql, params, settings);
		if (first.fresh) return first;
		this.#rebuilding ??= rebuildStaleTileTables(this.pool).finally(() => (this.#rebuilding = null));
		await this.#rebuilding;
		const again = await this.#query(sql, params, settings);
		if (!again.fresh) throw new Error('PostGIS tiles: the tile tables were rebuilt and still do not match the serving data (tile_build, incident_summary)');
		return again;
	}

	/** The query's one row; with `settings` (`SET LOCAL …`), in a transaction of its own that makes them. */
	async #query(sql: string, params: unknown[], settings?: string): Promise<TileRow> {
		if (!settings) return (await this.pool.query<TileRow>(sql, params)).rows[0]!;
		return inTransaction(
			this.pool,
			async (client) => {
				await client.query(settings);
				return (await client.query<TileRow>(sql, params)).rows[0]!;
			},
			'BEGIN READ ONLY'
		);
	}
}
