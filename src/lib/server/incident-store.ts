import type { CategoryId } from '../domain/categories';
import type { IncidentFeature } from '../domain/incident';
import type { IncidentDigest } from '../domain/incident-digest';
import type { IncidentFilter, IncidentQuery } from '../domain/incident-query';
import type { MonthCounts } from '../domain/month-bins';
import type { ProximityHit } from '../geo/proximity';

/**
 * Where incidents come from, behind one small interface: the file-backed store is the default;
 * another backend can be added without touching the routes.
 */
export interface IncidentStore {
	/**
	 * The incidents matching `query`: without a proximity mode in the order of their start date,
	 * with one nearest first (ties by id); `query.limit` of them from `query.offset` on. Without a
	 * query, every incident, sorted by start date.
	 * Throws `OverlayQueryError` when the query names an overlay that does not exist or is of the
	 * wrong kind.
	 */
	list(query?: IncidentQuery): Promise<IncidentQueryResult>;
	/** One incident by id, or undefined. */
	get(id: string): Promise<IncidentFeature | undefined>;
	/** What a page says of the whole dataset, without listing it. */
	summary(): Promise<IncidentSummary>;
	/** The `n` newest incidents (the last `n` of `list()`), in `list()`'s order (oldest first). */
	newest(n: number): Promise<IncidentFeature[]>;
	/** The ids of every incident passing `filter`, in `list()`'s order, without a limit. */
	ids(filter: IncidentFilter): Promise<string[]>;
	/**
	 * Every incident passing `filter` (all without one), in `list()`'s order, as digests: what the
	 * list, the filters and the map need, without summaries and sources. (A store may hand over
	 * whole records: an `IncidentFeature` is a digest too.)
	 */
	digests(filter?: IncidentFilter): Promise<IncidentDigest[]>;
	/**
	 * The incidents passing `filter` counted by calendar month, as `monthBins` counts them (a record
	 * known less precisely than a day spread over the months it covers, by days), one bin per month
	 * from the dataset's first month (`summary().dates`) to its last, whatever the filter.
	 */
	months(filter: IncidentFilter): Promise<MonthCounts>;
	/**
	 * For a store whose data can change under a running server (a `data:load` into the database):
	 * a value that changes when it does. Absent where the data is read once (a file).
	 */
	dataVersion?(): Promise<string>;
}

/** The whole dataset in brief. */
export interface IncidentSummary {
	total: number;
	/** The categories at least one incident has, in `CATEGORY_IDS`' order. */
	categories: CategoryId[];
	/** The earliest `date_start` and the latest `date_end`; null when there are no incidents. */
	dates: { first: string; last: string } | null;
}

export interface IncidentQueryResult {
	/** The matches in result order, at most `query.limit` of them, from `query.offset` on. */
	features: IncidentFeature[];
	/** For a proximity query, each returned feature's distance and proximity by id; else null. */
	hits: ReadonlyMap<string, ProximityHit> | null;
	/** How many incidents matched before the offset and limit were applied. */
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
