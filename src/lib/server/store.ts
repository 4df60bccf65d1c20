import { env } from '$env/dynamic/private';
import { loadIncidentFiles } from './incident-files';
import type { IncidentStore } from './incident-store';
import { MemoryIncidentStore } from './memory-store';

let store: IncidentStore | null = null;

/**
 * The process-wide incident store: the datasets named by the `INCIDENTS_FILE` setting (GeoJSON
 * FeatureCollections in the incident schema; `curated` for the curated dataset, which is also the
 * default) — validated once, at start-up; a bad file or an id used twice stops the server with
 * every problem listed.
 */
export function incidentStore(): IncidentStore {
	if (store) return store;
	store = new MemoryIncidentStore(loadIncidentFiles(env.INCIDENTS_FILE));
	return store;
}
