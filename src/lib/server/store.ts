import { loadCuratedIncidents } from '../data/incidents';
import type { IncidentStore } from './incident-store';
import { MemoryIncidentStore } from './memory-store';

let store: IncidentStore | null = null;

/** The process-wide incident store (the curated dataset, validated once at first use). */
export function incidentStore(): IncidentStore {
	store ??= new MemoryIncidentStore(loadCuratedIncidents());
	return store;
}
