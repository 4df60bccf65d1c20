import { untrack } from 'svelte';
import type { FeatureCollection, Geometry } from 'geojson';
import { readViewParams } from '../domain/view-params';
import type { AreaGeometry } from '../geo/intersects-box';
import { FilteredView } from './filtered-view.svelte';
import { MapView, type MapViewData } from './map-view.svelte';
import { PageUrl, type UrlWriter } from './page-url.svelte';
import { ViewUrl } from './view-url';

export interface MapPageData extends MapViewData {
	/**
	 * What the map draws; `areas` holds the records placed only to an area, as that area (a URL
	 * for a large dataset, whose list then goes by points).
	 */
	mapData: { areas: FeatureCollection<Geometry> | string };
	/** False for a large dataset: the page holds digests, and text search asks the server. */
	complete?: boolean;
}

/**
 * The state of a map page (`/`, `/embed`), read from its URL and kept in it: what the reader has
 * chosen on the map (`MapView`), the incidents the filters leave (`FilteredView`), and the URL
 * (`PageUrl`, `ViewUrl`). Build it while the page's component initialises.
 */
export class MapPage {
	readonly url: PageUrl;
	readonly view: MapView;
	readonly filtered: FilteredView;
	readonly viewUrl: ViewUrl;
	#first = true;

	constructor(
		data: () => MapPageData,
		url: URL,
		kit: UrlWriter,
		/** A page of its own takes history entries; an embed only ever replaces its URL (a frame's
		 * entries would take over its host page's Back button). */
		private readonly history: boolean
	) {
		this.url = new PageUrl(url, kit);
		this.view = new MapView(data, url);
		const initial = readViewParams(url.searchParams);
		const { mapData, complete = true } = data();
		const areaFeatures = typeof mapData.areas === 'string' ? [] : mapData.areas.features;
		const areas = new Map(areaFeatures.map((f) => [String(f.id), f.geometry as AreaGeometry]));
		this.filtered = new FilteredView(() => data().incidents, initial.filter, (id) => areas.get(id), !complete);
		const defaultOverlays = [...this.view.overlays.visible];
		if (initial.overlays)
			for (const o of data().overlays) this.view.overlays.toggle(o.id, initial.overlays.includes(o.id));
		this.viewUrl = new ViewUrl(this.filtered, this.view, defaultOverlays, this.url, () => this.url.current());
	}

	/**
	 * Call from an `$effect`: reads the page's state (subscribing to it) and writes it into the URL.
	 * The first write (normalising the link) and the player's steps replace the entry; a drag in
	 * progress waits for its end.
	 */
	syncUrl(): void {
		this.viewUrl.state();
		if (this.filtered.filters.adjusting) return;
		const continuous = this.#first || !this.history || untrack(() => !!this.filtered.player?.playing);
		this.#first = false;
		untrack(() => this.viewUrl.update(continuous));
	}

	/** Back/Forward: put the state back as the URL now has it. */
	restore(): void {
		this.viewUrl.restore(this.url.current());
		this.url.refresh();
	}
}
