import type pg from 'pg';
import { env } from '$env/dynamic/private';
import { loadIncidentFiles } from './incident-files';
import type { IncidentStore } from './incident-store';
import { MemoryIncidentStore } from './memory-store';
import { appPool } from './pg/app-pool';
import { PostgisIncidentStore } from './postgis-store';

let store: IncidentStore | null = null;
let pool: pg.Pool | null = null;

/**
 * The process-wide incident store. With `DATABASE_URL` set, PostgreSQL + PostGIS (data loaded with
 * `npm run data:load`; `DATABASE_POOL_SIZE` connections, default 10). Otherwise the datasets named
 * by the `INCIDENTS_FILE` setting (GeoJSON FeatureCollections in the incident schema; `curated` for
 * the curated dataset, which is also the default) — validated once, at start-up; a bad file or an
 * id used twice stops the server with
 * every problem listed.
 */
export function incidentStore(): IncidentStore {
	if (store) return store;
	if (env.DATABASE_URL) {
		const max = Number(env.DATABASE_POOL_SIZE) || 10;
		pool = appPool(env.DATABASE_URL, max);
		store = new PostgisIncidentStore(pool);
		return store;
	}
	store = new MemoryIncidentStore(loadIncidentFiles(env.INCIDENTS_FILE));
	return store;
}

/** Close the database's connections, if there is a database (the server is shutting down). */
export async function closeIncidentStore(): Promise<void> {
	await pool?.end();
	pool = null;
	store = null;
}
