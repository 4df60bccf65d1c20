import { readFileSync } from 'node:fs';
import pg from 'pg';
import { env } from '$env/dynamic/private';
import { loadCuratedIncidents, parseIncidents } from '../data/incidents';
import type { IncidentStore } from './incident-store';
import { MemoryIncidentStore } from './memory-store';
import { PostgisIncidentStore } from './postgis-store';

let store: IncidentStore | null = null;

/**
 * The process-wide incident store. With `DATABASE_URL` set, PostgreSQL + PostGIS (data loaded with
 * `npm run data:load`; `DATABASE_POOL_SIZE` connections, default 10). Otherwise the dataset named
 * by the `INCIDENTS_FILE` setting (a GeoJSON FeatureCollection in the incident schema) or, by
 * default, the curated dataset — validated once, at start-up; a bad file stops the server with
 * every problem listed.
 */
export function incidentStore(): IncidentStore {
	if (store) return store;
	if (env.DATABASE_URL) {
		const max = Number(env.DATABASE_POOL_SIZE) || 10;
		store = new PostgisIncidentStore(new pg.Pool({ connectionString: env.DATABASE_URL, max }));
		return store;
	}
	const file = env.INCIDENTS_FILE;
	const collection = file ? parseIncidents(readFileSync(file, 'utf8'), file) : loadCuratedIncidents();
	store = new MemoryIncidentStore(collection);
	return store;
}
