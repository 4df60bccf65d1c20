import { readSpatialQuery, writeSpatialQuery, type SpatialQuery } from '../domain/spatial-query';
import { readViewParams, writeViewParams, type ViewFilter } from '../domain/view-params';
import type { FilteredView } from './filtered-view.svelte';
import type { MapView } from './map-view.svelte';
import type { UrlWriter } from './page-url.svelte';

/** Everything of a map page that lives in its query string (the camera lives in the hash). */
export interface PageState {
	filter: ViewFilter;
	/** Overlay ids shown; null = the page's default set. */
	overlays: string[] | null;
	incident: string | null;
	question: SpatialQuery | null;
}

/** How long typing may pause before the URL takes a new entry: one entry per search, not per key. */
const SETTLE_MS = 350;

const json = (x: unknown) => JSON.stringify(x);

/**
 * Do two URLs hold the same parameters, in whatever order and encoding (`near=69.17,34.53` and
 * `near=69.17%2C34.53` are the same question)? Then the URL is left as it is: a link is not
 * rewritten merely to reorder it.
 */
function sameParams(a: URL, b: URL): boolean {
	const sorted = (u: URL) => [...u.searchParams].map(([k, v]) => `${k}=${v}`).sort().join('&');
	return sorted(a) === sorted(b);
}

/**
 * Keeps a map page's state — filters and time window, visible overlays (`view-params.ts`), the
 * selected incident and the spatial question (`spatial-query.ts`) — in its query string, and puts
 * it all back from a URL on Back/Forward. The one writer of those parameters, so that every entry
 * in the history holds the whole state.
 */
export class ViewUrl {
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** The state the URL holds: nothing to write while it is the same. */
	#written: string | null = null;

	constructor(
		private readonly filtered: FilteredView,
		private readonly map: MapView,
		private readonly defaultOverlays: readonly string[],
		private readonly writer: UrlWriter,
		private readonly location: () => URL
	) {}

	/** The page's state; reading it subscribes to every part of it. */
	state(): PageState {
		const shown = this.map.overlays.visible;
		const isDefault = shown.size === this.defaultOverlays.length && this.defaultOverlays.every((id) => shown.has(id));
		return {
			filter: this.filtered.filters.filter,
			overlays: isDefault ? null : [...shown].sort(),
			incident: this.map.selection.id,
			question: this.map.spatial.query
		};
	}

	/** `now` with the page's parameters rewritten for `state`; commas left unescaped (category=a,b). */
	urlFor(state: PageState, now: URL = this.location()): URL {
		const url = new URL(now);
		const params = writeSpatialQuery(writeViewParams(now.searchParams, state), state.question, state.incident);
		url.search = params.toString().replaceAll('%2C', ',');
		return url;
	}

	/**
	 * The state changed: bring the URL in step. A continuous change (the player stepping) replaces
	 * the entry at once. Otherwise a new entry: at once for a selection, a question or an overlay;
	 * for the filters once typing has paused.
	 */
	update(continuous: boolean): void {
		clearTimeout(this.#timer);
		const state = this.state();
		if (json(state) === this.#written) return;
		const before = this.#written === null ? null : (JSON.parse(this.#written) as PageState);
		const onlyFilters = before !== null && json({ ...state, filter: null }) === json({ ...before, filter: null });
		if (continuous || !onlyFilters) this.write(continuous);
		else this.#timer = setTimeout(() => this.write(false), SETTLE_MS);
	}

	write(continuous: boolean): void {
		clearTimeout(this.#timer);
		const state = this.state();
		this.#written = json(state);
		const now = this.location();
		const url = this.urlFor(state, now);
		if (sameParams(url, now)) return;
		if (continuous) this.writer.replace(url);
		else this.writer.push(url);
	}

	/** Put the whole state back as `url` has it (Back/Forward), without writing the URL again. */
	restore(url: URL): void {
		clearTimeout(this.#timer);
		const { filter, overlays } = readViewParams(url.searchParams);
		const { filters, player } = this.filtered;
		player?.pause();
		if (json(filter) !== json(filters.filter)) filters.set(filter);
		const wanted = new Set(overlays ?? this.defaultOverlays);
		const shown = this.map.overlays;
		for (const id of [...shown.visible]) if (!wanted.has(id)) shown.toggle(id, false);
		for (const id of wanted) if (!shown.visible.has(id)) shown.toggle(id, true);
		const id = url.searchParams.get('incident');
		const incident = id && this.map.knows(id) ? id : null;
		// The entry brings its own camera: the map does not fly to the selection or the question.
		if (incident !== this.map.selection.id) this.map.selection.select(incident, 'history');
		const question = readSpatialQuery(url.searchParams);
		if (json(question) !== json(this.map.spatial.query)) this.map.spatial.ask(question, false);
		this.#written = json(this.state());
	}
}
