import { onDataChange } from './data-changes';
import { ResponseCache } from './response-cache';

/**
 * The map pages (`/` and `/embed`) as SvelteKit rendered them, kept by their whole URL until the
 * store's data changes, like the API's answers. A map page is a function of its URL (origin
 * included: the oEmbed link names it), the data and the process's settings; its CSP allows the
 * inline script by hash (`kit.csp.mode` 'hash'), so the same URL is the same bytes. Rendering it
 * costs the server tens of milliseconds of CPU (serializing the page's data, hashing its inline
 * script), and more while the machine is busy; a kept page costs a lookup.
 *
 * Kept: 200 HTML answers to GET with no CSP nonce, no cookie and no `Vary`. SvelteKit still answers
 * a matching `If-None-Match` with a 304 (the kept page carries its `ETag`).
 */
const CACHED_PAGES: ReadonlySet<string> = new Set(['/', '/embed']);

export class PageCache {
	readonly #pages: ResponseCache;

	constructor(maxEntries = 200, maxBytes = 16 * 1024 * 1024) {
		this.#pages = new ResponseCache(maxEntries, maxBytes);
	}

	get size(): number {
		return this.#pages.size;
	}

	/**
	 * The answer to `request`: a kept page, or what `render` makes (kept when it may be). Read from
	 * the request's own URL: for a page's data (`/__data.json`) SvelteKit's `event.url` names the page.
	 */
	async page(request: Request, render: () => Response | Promise<Response>): Promise<Response> {
		if (request.method !== 'GET') return render();
		const url = new URL(request.url);
		if (!CACHED_PAGES.has(url.pathname)) return render();
		const kept = this.#pages.get(url.href);
		if (kept) return kept;
		const rendered = await render();
		if (!keepable(rendered)) return rendered;
		const headers: Record<string, string> = {};
		rendered.headers.forEach((value, name) => (headers[name] = value));
		return this.#pages.put(url.href, { headers, body: await rendered.text() });
	}

	clear(): void {
		this.#pages.clear();
	}
}

function keepable(response: Response): boolean {
	const headers = response.headers;
	return (
		response.status === 200 &&
		!!headers.get('content-type')?.startsWith('text/html') &&
		!/'nonce-/.test(headers.get('content-security-policy') ?? '') &&
		!headers.has('set-cookie') &&
		!headers.has('vary')
	);
}

/** The server's page cache, cleared when the data changes. */
export const pageCache = new PageCache();
onDataChange(() => pageCache.clear());
