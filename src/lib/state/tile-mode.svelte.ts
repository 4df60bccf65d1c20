import type { IncidentDigest } from '../domain/incident-digest';
import type { ViewFilter } from '../domain/view-params';
import { formatCount } from '../domain/format';
import { countsSentence } from '../domain/result-counts';
import type { FilteredView } from './filtered-view.svelte';
import { InViewIncidents } from './in-view-incidents.svelte';
import { tilesWithFilters } from './map-data-url';
import type { MapView } from './map-view.svelte';

/**
 * What the map page (`/`) does above `TILES_ABOVE` incidents, where it does not hold every
 * incident, loaded only then (not part of the first load below the threshold): the tiles' URL for
 * the filters, the list of the incidents in the map's view (`InViewIncidents`), and the header's
 * count. A new filter costs the server new tiles and answers, so these follow a drag on the
 * timeline when it ends (`settled`), not at every step of it; the timeline draws the window as it
 * goes.
 */
export class TileMode {
	readonly list = new InViewIncidents();
	#settled: ViewFilter = {};
	/** The filters, kept as they were while a change is in progress (a drag on the timeline). */
	readonly settled = $derived.by(() => {
		const filters = this.filtered.filters;
		return filters.adjusting ? this.#settled : (this.#settled = filters.filter);
	});
	/** The tiles' URL template with the settled filters. */
	readonly tiles = $derived.by(() => tilesWithFilters(this.template, this.settled));

	constructor(
		/** The tiles' URL template (`/tiles/{z}/{x}/{y}.mvt`). */
		private readonly template: string,
		private readonly filtered: FilteredView,
		private readonly view: MapView,
		/** How many incidents the dataset has. */
		private readonly total: number
	) {}

	/** Keep the list on the settled filters and the map's view (once it has one, or has none). Returns the stop. */
	follow(): () => void {
		return $effect.root(() => {
			$effect(() => {
				const filter = $state.snapshot(this.settled);
				const bounds = this.filtered.viewport?.bounds ?? null;
				if (bounds || this.view.unsupported) void this.list.show(filter, bounds);
			});
		});
	}

	/** `held` (what the page was sent) and the incidents listed in view, each once. */
	known(held: IncidentDigest[]): IncidentDigest[] {
		const seen = new Set<string>();
		return [...held, ...this.list.items].filter((f) => !seen.has(f.id) && !!seen.add(f.id));
	}

	/** The header's count: "916,907 of 1,000,000 incidents" once known. */
	get count(): string {
		const { matching } = this.list;
		return matching === null ? `${formatCount(this.total)} incidents` : `${formatCount(matching)} of ${formatCount(this.total)} incidents`;
	}

	/** What the live region says of the counts, once known; null before. */
	get sentence(): string | null {
		const { matching, inView } = this.list;
		return matching === null ? null : countsSentence(matching, this.total, inView);
	}
}
