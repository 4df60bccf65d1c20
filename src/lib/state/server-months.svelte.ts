import { monthIndex, type MonthBin, type MonthCounts } from '../domain/month-bins';
import type { IncidentFilter } from '../domain/incident-query';
import { writeTileFilter } from '../domain/write-tile-filter';

/**
 * The timeline's counts asked of the server, for a page that does not hold every incident (tile
 * mode): `GET /api/incident-months?<filters>`, one bin per month of the dataset, for every filter
 * but the time window (the histogram shows what the window may choose from). A newer question
 * cancels an older one still in flight; the same filters again ask nothing.
 */
export class ServerMonths {
	/** The last answer's bins (kept while a newer question is asked); none until the first. */
	bins = $state.raw<MonthBin[]>([]);
	/** Why the last question failed, for the reader; null while all is well. */
	failure = $state<string | null>(null);
	/** The dataset's first and last month indices; null until known (or without incidents). */
	readonly span = $derived.by((): [number, number] | null => {
		const first = this.bins[0];
		const last = this.bins.at(-1);
		return first && last ? [monthIndex(first.month), monthIndex(last.month)] : null;
	});
	#asked: AbortController | null = null;
	#key: string | null = null;

	constructor(private readonly fetcher: typeof fetch = (...args) => fetch(...args)) {}

	/** Ask for the counts of `filter` (its time window, if any, is left out). */
	async show(filter: IncidentFilter): Promise<void> {
		const params = writeTileFilter({ ...filter, from: undefined, to: undefined });
		const key = params.toString();
		if (key === this.#key) return;
		this.#key = key;
		this.#asked?.abort();
		const asked = (this.#asked = new AbortController());
		try {
			const response = await this.fetcher(`/api/incident-months${key ? `?${key}` : ''}`, { signal: asked.signal });
			if (!response.ok) throw new Error(`the server answered ${response.status}`);
			const { months } = (await response.json()) as MonthCounts;
			if (asked.signal.aborted) return;
			this.bins = months;
			this.failure = null;
		} catch (e) {
			if (asked.signal.aborted) return;
			this.#key = null; // the same filters ask again
			this.failure = `The incidents per month could not be loaded (${(e as Error).message}).`;
		}
	}
}
