import type { IncidentFeature } from '../domain/incident';
import type { BBox } from '../domain/incident-query';
import { filterIncidents, inBBox } from '../domain/filter-incidents';
import { monthBins, monthSpan, type MonthBin } from '../domain/month-bins';
import { sortIncidents, type SortKey } from '../domain/sort-incidents';
import type { ViewFilter } from '../domain/view-params';
import { intersectsBox, type AreaGeometry } from '../geo/intersects-box';
import { pathLengthKm } from '../geo/path-length';
import type { LonLat } from '../geo/proximity';
import { Filters } from './filters.svelte';
import { TimePlayer } from './time-player.svelte';

export type { Viewport } from '../domain/viewport';
import type { Viewport } from '../domain/viewport';

/**
 * The incidents the reader has narrowed down to: the filters and time window, what the map
 * shows, the list's order and "only what is on the map", and the entry hovered in the list.
 */
export class FilteredView {
	readonly filters: Filters;
	readonly player: TimePlayer;
	sort = $state<SortKey>('date');
	/** List only incidents on the map: their point within its bounds, or their area meeting them. */
	onlyOnMap = $state(false);
	viewport = $state.raw<Viewport | null>(null);
	/** The list entry under the pointer or focus, highlighted on the map. */
	hovered = $state<string | null>(null);

	readonly span: [number, number] | null;

	constructor(
		private readonly incidents: () => IncidentFeature[],
		initial: ViewFilter,
		/** The area a record placed only to an area is drawn as (its overlay's geometry). */
		private readonly areaOf: (id: string) => AreaGeometry | undefined = () => undefined
	) {
		this.filters = new Filters(initial);
		this.span = monthSpan(incidents().map((f) => f.properties));
		this.player = new TimePlayer(this.filters, () => this.span);
	}

	get total(): number {
		return this.incidents().length;
	}

	/** Every incident passing the filters, in the data's order. */
	readonly matching = $derived.by(() => filterIncidents(this.incidents(), this.filters.filter));
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
	onMap(f: IncidentFeature, bounds: BBox): boolean {
		const area = this.areaOf(f.id);
		return area ? intersectsBox(area, bounds) : inBBox(f.geometry.coordinates, bounds);
	}

	/** Per-month counts of incidents passing every filter but the time window. */
	readonly bins = $derived.by((): MonthBin[] => {
		if (!this.span) return [];
		const rest = filterIncidents(this.incidents(), this.filters.withoutTime);
		return monthBins(
			rest.map((f) => f.properties),
			...this.span
		);
	});
}
