import type { IncidentDigest } from '../domain/incident-digest';
import type { BBox, IncidentFilter } from '../domain/incident-query';
import { writeTileFilter } from '../domain/write-tile-filter';
import { viewBox } from '../domain/view-box';

/** How many incidents in view the list shows at once, and adds with each `more()`. */
export const IN_VIEW_PAGE = 100;

/**
 * In tile mode the page holds no list of every incident (a million digests would not fit): the
 * list shows the incidents in the map's view, the first `IN_VIEW_PAGE` of them by date, asked of
 * `GET /api/incidents?<filters>&bbox=…&limit=…`, with how many are in view and how many match the
 * filters anywhere (that API's `total`); `more()` adds the next page (`&offset=…`). A new view or
 * filter starts again from the first page, and cancels any question still in flight.
 */
export class InViewIncidents {
	/** The incidents listed, in the API's order (by date, oldest first). */
	items = $state.raw<IncidentDigest[]>([]);
	/** Incidents passing the filters, anywhere; null until known. */
	matching = $state<number | null>(null);
	/** Incidents passing the filters in the view; null until known. */
	inView = $state<number | null>(null);
	/** Why the last question failed, for the reader; null while all is well. */
	failure = $state<string | null>(null);
	/** A further page is being fetched (`more()`). */
	loadingMore = $state(false);
	#asked: AbortController | null = null;
	#matchingFor: string | null = null;
	/** The question the listed incidents answer (without its offset); null when nothing was asked. */
	#question: URLSearchParams | null = null;

	constructor(private readonly fetcher: typeof fetch = (...args) => fetch(...args)) {}

	/** More are in view than are listed. */
	get hasMore(): boolean {
		return this.inView !== null && this.items.length < this.inView;
	}

	/** Ask again for `filter` within `bounds` (the map's; null = the whole world), from the first page. */
	async show(filter: IncidentFilter, bounds: BBox | null): Promise<void> {
		this.#asked?.abort();
		const asked = (this.#asked = new AbortController());
		this.loadingMore = false;
		this.#question = null;
		// An empty list (every box unticked) matches nothing: no need to ask.
		if ([filter.categories, filter.countries, filter.perpetrators, filter.claims].some((l) => l?.length === 0)) {
			this.items = [];
			this.matching = this.inView = 0;
			this.#matchingFor = null;
			return;
		}
		const params = writeTileFilter(filter);
		const key = params.toString();
		const inView = new URLSearchParams(params);
		const box = bounds && viewBox(bounds);
		if (box) inView.set('bbox', box.join(','));
		inView.set('limit', String(IN_VIEW_PAGE));
		const everywhere = new URLSearchParams(params);
		everywhere.set('limit', '1');
		try {
			const [page, all] = await Promise.all([
				this.#get(inView, asked.signal),
				key === this.#matchingFor ? null : this.#get(everywhere, asked.signal)
			]);
			if (asked.signal.aborted) return;
			this.items = page.features;
			this.inView = page.total;
			this.#question = inView;
			if (all) {
				this.matching = all.total;
				this.#matchingFor = key;
			}
			this.failure = null;
		} catch (e) {
			if (asked.signal.aborted) return;
			this.failure = `The incidents in view could not be loaded (${(e as Error).message}).`;
		}
	}

	/** Add the next page of the incidents in view to the list (nothing while one is on its way). */
	async more(): Promise<void> {
		const asked = this.#asked;
		if (!this.#question || !asked || this.loadingMore || !this.hasMore) return;
		const next = new URLSearchParams(this.#question);
		next.set('offset', String(this.items.length));
		this.loadingMore = true;
		try {
			const page = await this.#get(next, asked.signal);
			if (asked.signal.aborted) return;
			// Should the data change between pages, an incident already listed is not listed twice.
			const listed = new Set(this.items.map((f) => f.id));
			this.items = [...this.items, ...page.features.filter((f) => !listed.has(f.id))];
			this.inView = page.total;
			this.failure = null;
		} catch (e) {
			if (asked.signal.aborted) return;
			this.failure = `More incidents in view could not be loaded (${(e as Error).message}).`;
		} finally {
			if (asked === this.#asked) this.loadingMore = false;
		}
	}

	async #get(params: URLSearchParams, signal: AbortSignal): Promise<{ features: IncidentDigest[]; total: number }> {
		const response = await this.fetcher(`/api/incidents?${params}`, { signal });
		if (!response.ok) throw new Error(`the server answered ${response.status}`);
		return (await response.json()) as { features: IncidentDigest[]; total: number };
	}
}
