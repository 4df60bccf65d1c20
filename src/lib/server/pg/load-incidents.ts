import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { IncidentCollection, IncidentFeature } from '../../domain/incident';
import type { OverlayFeature } from '../../domain/overlay';
import { incidentCopyRows } from './incident-row';
import { LOAD_LOCK } from './load-lock';
import { applyMigrations } from './migrate';
import { createNextIndexes } from './next-indexes';
import { SQL } from './sql';
import { inTransaction } from './transaction';
import { buildNextTileTables } from './tile-tables';

type LoadStep = 'copied' | 'indexed' | 'tiled' | 'swapped';

export interface LoadOptions {
	/** Overlays by id, for records placed only to an area. */
	findOverlay: (id: string) => OverlayFeature | undefined;
	/** Rows written to the COPY stream at a time. Default 5000. */
	batchSize?: number;
	/** Told when each step is done, with the seconds it took. */
	progress?: (step: LoadStep, seconds: number) => void;
}

/**
 * Replace the database's incidents with `collection` (already validated) atomically: the rows go
 * into new tables (with COPY, indexed once they are full), the tile tables are built from them
 * (`tile-tables.ts`), in one transaction that ends by dropping the serving tables and renaming the
 * new ones in their place. Until the commit readers see the previous data; a failure anywhere rolls
 * everything back and leaves it serving. Applies pending migrations first. Returns the row count.
 */
export async function loadIncidents(pool: Pool, collection: IncidentCollection, options: LoadOptions): Promise<number> {
	const { findOverlay, batchSize = 5000, progress } = options;
	let since = performance.now();
	const done = (step: LoadStep) => {
		progress?.(step, (performance.now() - since) / 1000);
		since = performance.now();
	};
	await applyMigrations(pool);
	// The areas records are placed to, each once; a record whose area is unknown counts as a point (as in the file store).
	const areas = new Map<string, string>();
	for (const f of collection.features) {
		const id = f.properties.area;
		const overlay = id && !areas.has(id) ? findOverlay(id) : undefined;
		if (id && overlay) areas.set(id, JSON.stringify(overlay.geometry));
	}
	const placedToArea = (f: IncidentFeature) => areas.has(f.properties.area ?? '');
	await inTransaction(pool, async (client) => {
		// One load at a time; readers are not blocked until the swap.
		await client.query(LOAD_LOCK);
		await client.query(SQL.createNext);
		await client.query(SQL.insertAreas, [[...areas.keys()], [...areas.values()]]);
		const { features } = collection;
		// COPY, not INSERTs: a million rows in ~10× less time (the server parses no parameter arrays).
		const batches = function* () {
			for (let start = 0; start < features.length; start += batchSize)
				yield incidentCopyRows(features.slice(start, start + batchSize), start, placedToArea);
		};
		await pipeline(Readable.from(batches()), client.query(copyFrom(SQL.copyNext)));
		done('copied');
		// Indexes are built once the rows are in: with memory enough for the trigram index's sort.
		await client.query("SET LOCAL maintenance_work_mem = '256MB'");
		await createNextIndexes(client, ['incidents', 'areas']);
		await client.query('ANALYZE incidents_next');
		await client.query('ANALYZE areas_next');
		await client.query(SQL.summarizeNext);
		done('indexed');
		// After the summary: the tile tables record its data version.
		await buildNextTileTables(client, 'incidents_next');
		done('tiled');
		await client.query(SQL.swap);
		await client.query(SQL.swapTileTables);
		await client.query(SQL.renameIndexes);
	});
	done('swapped');
	return collection.features.length;
}
