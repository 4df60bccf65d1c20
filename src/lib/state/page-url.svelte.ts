/** How a page changes its URL without navigating: SvelteKit's shallow routing, or a stand-in. */
export interface UrlWriter {
	/** A discrete change (a filter, a selection, a question): a new history entry. */
	push(url: URL): void;
	/** A continuous one (the camera, the player stepping): the current entry. */
	replace(url: URL): void;
}

/**
 * A map page's URL, kept by the page itself (shallow routing). It is read from `location`:
 * SvelteKit's `page.url` stays as the page was loaded under shallow routing, and never sees the
 * camera hash MapLibre writes behind SvelteKit's back. SvelteKit's router is not ready while the
 * page hydrates, so a write before `ready()` waits for it (and then replaces the entry).
 */
export class PageUrl implements UrlWriter {
	/** The URL as it is now, for what copies it (the Share dialog, Export links, "Open the full map"). */
	href = $state('');
	#ready = false;
	#pending: URL | null = null;

	constructor(
		initial: URL,
		private readonly kit: UrlWriter
	) {
		this.href = initial.href;
	}

	/** The URL now (on the server: the one the page was loaded with). */
	current(): URL {
		return typeof location === 'undefined' ? new URL(this.href) : new URL(location.href);
	}

	push(url: URL): void {
		this.#write(url, 'push');
	}

	replace(url: URL): void {
		this.#write(url, 'replace');
	}

	/** Call once mounted: from the next task on, writes reach SvelteKit's router. */
	ready(): void {
		setTimeout(() => {
			this.#ready = true;
			if (this.#pending) this.kit.replace(this.#pending);
			this.#pending = null;
		});
	}

	/** The URL changed behind this object's back (Back/Forward): take it up. */
	refresh(): void {
		this.href = location.href;
	}

	/**
	 * The camera came to rest: take up the hash MapLibre writes for it, now and once more after its
	 * throttle (MapLibre writes the hash at most every 300 ms, so the last move's may come later).
	 */
	cameraMoved(): void {
		this.refresh();
		clearTimeout(this.#again);
		this.#again = setTimeout(() => this.refresh(), 350);
	}
	#again: ReturnType<typeof setTimeout> | undefined;

	#write(url: URL, how: keyof UrlWriter): void {
		this.href = url.href;
		if (this.#ready) this.kit[how](url);
		else this.#pending = url;
	}
}
