import type { IncidentFeature } from '../domain/incident';
import type { IncidentQuery } from '../domain/incident-query';
import type { ProximityHit } from '../geo/proximity';

/**
 * Where incidents come from, behind one small interface: the file-backed store is the default;
 * another backend can be added without touching the routes.
 */
export interface IncidentStore {
	/**
	 * The incidents matching `query`: without a proximity mode in the order of their start date,
	 * with one nearest first (ties by id). Without a query, every incident, sorted by start date.
	 * Throws `OverlayQueryError` when the query names an overlay that does not exist or is of the
	 * wrong kind.
	 */
	list(query?: IncidentQuery): Promise<IncidentQueryResult>;
	/** One incident by id, or undefined. */
	get(id: string): Promise<IncidentFeature | undefined>;
}

export interface IncidentQueryResult {
	/** The matches in result order, at most `query.limit` of them. */
	features: IncidentFeature[];
	/** For a proximity query, each returned feature's distance and proximity by id; else null. */
	hits: ReadonlyMap<string, ProximityHit> | null;
	/** How many incidents matched before the limit was applied. */
	total: number;
}

/** A `region` or `corridor` that names no overlay, or an overlay of the other kind. */
export class OverlayQueryError extends Error {
	constructor(
		readonly parameter: 'region' | 'corridor',
		readonly reason: string
	) {
		super(`${parameter}: ${reason}`);
		this.name = 'OverlayQueryError';
	}
}
