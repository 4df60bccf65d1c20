import { readViewParams, writeViewParams, type ViewParams } from '../domain/view-params';
import type { FilteredView } from './filtered-view.svelte';
import type { OverlayVisibility } from './overlay-visibility.svelte';

export interface UrlWriter {
	/** A discrete change (a filter, an overlay): a new history entry. */
	push(url: URL): void;
	/** A continuous one (the player stepping): the current entry. */
	replace(url: URL): void;
}

/** How long typing may pause before the URL takes a new entry: one entry per search, not per key. */
const SETTLE_MS = 350;

/**
 * Keeps the filters and visible overlays in the query string (`view-params.ts`), and puts them
 * back from it on back/forward. The URL is read from `location` rather than SvelteKit's
 * `page.url`, which shallow routing leaves unchanged, and which does not see the camera hash
 * that MapLibre writes.
 */
export class ViewUrl {
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private readonly view: FilteredView,
		private readonly overlays: OverlayVisibility,
		private readonly defaultOverlays: readonly string[],
		private readonly writer: UrlWriter,
		private readonly location: () => URL
	) {}

	/** The view as URL parameters; reading it subscribes to every part of it. */
	params(): ViewParams {
		const visible = [...this.overlays.visible];
		const isDefault =
			visible.length === this.defaultOverlays.length && this.defaultOverlays.every((id) => this.overlays.visible.has(id));
		return { filter: this.view.filters.filter, overlays: isDefault ? null : visible };
	}

	/** Write the URL soon (a continuous change: at once, replacing the entry). */
	schedule(continuous: boolean): void {
		clearTimeout(this.#timer);
		if (continuous) this.write(true);
		else this.#timer = setTimeout(() => this.write(false), SETTLE_MS);
	}

	write(continuous: boolean): void {
		clearTimeout(this.#timer);
		const now = this.location();
		const url = new URL(now);
		// Commas are legal in a query; left unescaped, a link stays readable (category=a,b).
		url.search = writeViewParams(now.searchParams, this.params()).toString().replaceAll('%2C', ',');
		if (url.href === now.href) return;
		if (continuous) this.writer.replace(url);
		else this.writer.push(url);
	}

	/** Put the filters and overlays back as `url` has them (back/forward). */
	restore(url: URL): void {
		clearTimeout(this.#timer);
		const { filter, overlays } = readViewParams(url.searchParams);
		this.view.player.pause();
		if (JSON.stringify(filter) !== JSON.stringify(this.view.filters.filter)) this.view.filters.set(filter);
		const wanted = new Set(overlays ?? this.defaultOverlays);
		for (const id of [...this.overlays.visible]) if (!wanted.has(id)) this.overlays.toggle(id, false);
		for (const id of wanted) if (!this.overlays.visible.has(id)) this.overlays.toggle(id, true);
	}
}
