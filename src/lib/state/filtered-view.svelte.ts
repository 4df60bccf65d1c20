import type { IncidentDigest } from '../domain/incident-digest';
import type { IncidentFilter } from '../domain/incident-query';
import type { BBox } from '../domain/incident-query';
import { filterIncidents, inBBox } from '../domain/filter-incidents';
import { sortIncidents, type SortKey } from '../domain/sort-incidents';
import type { ViewFilter } from '../domain/view-params';
import { intersectsBox, type AreaGeometry } from '../geo/intersects-box';
import { pathLengthKm } from '../geo/path-length';
import type { LonLat } from '../geo/proximity';
import { Filters } from './filters.svelte';
import type { TimePlayer } from './time-player.svelte';

export type { Viewport } from '../domain/viewport';
import type { Viewport } from '../domain/viewport';

/**
 * The incidents the reader has narrowed down to: the filters and time window, what the map
 * shows, the list's order and "only what is on the map", and the entry hovered in the list.
 */
export class FilteredView {
	readonly filters: Filters;
	/** The timeline's player, once the timeline has loaded (`TimeView`); the page pauses it. */
	player = $state.raw<TimePlayer | null>(null);
	sort = $state<SortKey>('date');
	/** List only incidents on the map: their point within its bounds, or their area meeting them. */
	onlyOnMap = $state(false);
	viewport = $state.raw<Viewport | null>(null);
	/** The list entry under the pointer or focus, highlighted on the map. */
	hovered = $state<string | null>(null);

	/**
	 * A large dataset's page holds no summaries, so its text search is answered by the server: the
	 * ids whose full text matches `text` (null until the first answer).
	 */
	textMatches = $state.raw<{ text: string; ids: ReadonlySet<string> } | null>(null);

	constructor(
		private readonly incidents: () => IncidentDigest[],
		initial: ViewFilter,
		/** The area a record placed only to an area is drawn as (its overlay's geometry). */
		private readonly areaOf: (id: string) => AreaGeometry | undefined = () => undefined,
		/** Text search by the server (`textMatches`) rather than over the records held. */
		readonly searchesRemotely = false
	) {
		this.filters = new Filters(initial);
	}

	/** The text the server should be asked about, or null (no search, or searched here). */
	get remoteText(): string | null {
		const text = this.filters.filter.text?.trim();
		return this.searchesRemotely && text ? text : null;
	}

	/** The incidents passing `filter` (with the server's answer for text, when it searches). */
	passing(filter: IncidentFilter): IncidentDigest[] {
		const text = filter.text?.trim();
		if (!this.searchesRemotely || !text) return filterIncidents(this.incidents(), filter);
		const kept = filterIncidents(this.incidents(), { ...filter, text: undefined });
		// Until the server answers a new search, the previous answer stands.
		const ids = this.textMatches?.ids;
		return ids ? kept.filter((f) => ids.has(f.id)) : kept;
	}

	get total(): number {
		return this.incidents().length;
	}

	/** Every incident the page holds, filtered or not. */
	get all(): IncidentDigest[] {
		return this.incidents();
	}

	/** Every incident passing the filters, in the data's order. */
	readonly matching = $derived.by(() => this.passing(this.filters.filter));
	readonly shownIds = $derived.by(() => new Set(this.matching.map((f) => f.id)));

	/** The list: matching incidents (within the map when asked), sorted. */
	readonly listed = $derived.by(() => {
		const v = this.viewport;
		const inView = this.onlyOnMap && v ? this.matching.filter((f) => this.onMap(f, v.bounds)) : this.matching;
		return sortIncidents(
			inView,
			this.sort,
			v ? (f) => pathLengthKm([v.center, f.geometry.coordinates as LonLat]) : undefined
		);
	});

	/** Is the incident in the box: its area, for a record placed only to an area, else its point? */
	onMap(f: IncidentDigest, bounds: BBox): boolean {
		const area = this.areaOf(f.id);
		return area ? intersectsBox(area, bounds) : inBBox(f.geometry.coordinates, bounds);
	}
}
