import type { IncidentFeature } from '../domain/incident';

/**
 * Where incidents come from, behind one small interface: the file-backed store is the default;
 * another backend can be added without touching the routes.
 */
export interface IncidentStore {
	/** Every incident, sorted by start date. */
	list(): Promise<IncidentFeature[]>;
	/** One incident by id, or undefined. */
	get(id: string): Promise<IncidentFeature | undefined>;
}
