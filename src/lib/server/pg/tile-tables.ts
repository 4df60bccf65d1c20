import type { Pool, PoolClient } from 'pg';
import { digestTable } from '../../domain/incident-digest';
import { createNextIndexes } from './next-indexes';
import { LOAD_LOCK } from './load-lock';
import { SQL } from './sql';
import { TILE_GRID } from './tile-grid';
import { inTransaction } from './transaction';

/**
 * The tile tables (migration 005: `incident_tile_points`, `tile_clusters`, `tile_build`), what the
 * PostGIS tiles read instead of the incidents' rows. Each load builds them from the rows it
 * loads, in its transaction; a database whose tables were not built from its serving data (one
 * migrated to 005 with data in it) has them rebuilt from that data by the first tile asked.
 */

/** The incidents the tile tables are built from: a load's new rows, or the serving ones. */
export type TileTablesSource = 'incidents_next' | 'incidents';

/** Where a point's kind and geo_precision are in its digest (the `digest` column: a row of digestTable). */
const DIGEST_COLUMNS = digestTable([]).columns;
const DIGEST_KIND = DIGEST_COLUMNS.indexOf('kind');
const DIGEST_GEO_PRECISION = DIGEST_COLUMNS.indexOf('geo_precision');

const FILL_SOURCE = 'FROM incidents_next i\n';
if (!SQL.fillNextTilePoints.includes(FILL_SOURCE)) throw new Error(`queries/fill-next-tile-points.sql: expected "${FILL_SOURCE.trim()}" (tile-tables.ts reads another table there)`);

/**
 * Build the tile tables from `source` into `*_next` tables, with their indexes, and record that
 * they hold the data of the summary's version (so write the summary first) on TILE_GRID; inside
 * the caller's transaction, which then swaps them in (`queries/swap-tile-tables.sql`).
 */
export async function buildNextTileTables(client: PoolClient, source: TileTablesSource): Promise<void> {
	await client.query(SQL.createNextTileTables);
	// Memory enough to sort a million points and sum every zoom's cells without spilling to disk.
	await client.query("SET LOCAL work_mem = '256MB'");
	await client.query(SQL.fillNextTilePoints.replace(FILL_SOURCE, `FROM ${source} i\n`), [DIGEST_KIND, DIGEST_GEO_PRECISION]);
	await client.query(SQL.fillNextTileClusters, [TILE_GRID.cells, TILE_GRID.maxZoom]);
	await createNextIndexes(client, ['incident_tile_points', 'tile_clusters']);
	await client.query('ANALYZE incident_tile_points_next');
	await client.query('ANALYZE tile_clusters_next');
	await client.query(SQL.recordTileBuild, [TILE_GRID.cells, TILE_GRID.maxZoom]);
}

/**
 * Rebuild the tile tables from the serving incidents unless they were built from them: one at a
 * time with loads (their lock), so a load in progress is waited for and then found fresh, as is
 * a rebuild just made by another instance. Readers keep the previous tables until the commit.
 * Returns whether it rebuilt.
 */
export function rebuildStaleTileTables(pool: Pool): Promise<boolean> {
	return inTransaction(pool, async (client) => {
		await client.query(LOAD_LOCK);
		const { rows } = await client.query<{ fresh: boolean }>(SQL.tileTablesFresh);
		if (rows[0]!.fresh) return false;
		await buildNextTileTables(client, 'incidents');
		await client.query(SQL.swapTileTables);
		await client.query(SQL.renameIndexes);
		return true;
	});
}
