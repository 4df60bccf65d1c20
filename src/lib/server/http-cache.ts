import { createHash } from 'node:crypto';

/**
 * HTTP caching for readers, so that a CDN in front absorbs a spike: the data responses (the API,
 * its month counts, `/oembed`, `/embed`, the vector tiles `/tiles`) carry an `ETag` (a hash of the body) and a short-lived, revalidating
 * `Cache-Control`, and a request whose `If-None-Match` holds that tag gets a bodyless `304`.
 * Hashed build assets (`/_app/immutable/`) are served immutable by adapter-node itself.
 */

/** The paths whose successful GET answers are cached this way. */
const CACHEABLE = /^\/(api\/incidents|api\/incident-months|api\/overlays|oembed|embed|tiles)(\/|$)/;

/** Fresh for a minute; a CDN may serve it stale for five more while it revalidates. */
export const DATA_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** The headers a 304 repeats (RFC 9110 §15.4.5); a stored response keeps its others. */
export const NOT_MODIFIED_HEADERS = ['cache-control', 'content-location', 'etag', 'expires', 'vary'];

/** A strong tag for a body: a hash of it. */
export function entityTag(body: Uint8Array): string {
	return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether `etag` has the form `entityTag` makes (27 base64url characters, quoted). */
const OWN_TAG = /^"[\w-]{27}"$/;

/** Whether an `If-None-Match` header matches `etag` (weak comparison, `*` matches any). */
export function noneMatch(header: string | null, etag: string): boolean {
	if (!header) return false;
	const bare = (tag: string) => tag.trim().replace(/^W\//, '');
	return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * The response as a CDN should see it: for a cacheable path's 200 to a GET or HEAD, with `ETag`
 * and `Cache-Control` set, or a `304` when the request already holds that body. Other responses
 * are returned unchanged.
 */
export async function withHttpCache(request: Request, pathname: string, response: Response): Promise<Response> {
	const read = request.method === 'GET' || request.method === 'HEAD';
	if (!read || response.status !== 200 || !CACHEABLE.test(pathname)) return response;
	// A tag `entityTag` already made from the body (`ResponseCache`: the API's answers, and the map
	// pages `page-cache.ts` keeps, `/embed` among them) is used as it is. Any other is made here:
	// SvelteKit tags the pages it renders with a 6-character hash (a HEAD, or a page not kept), and
	// HEAD and GET must name the same body with the same tag.
	let etag = response.headers.get('etag');
	let body: Uint8Array<ArrayBuffer> | null = null;
	if (!etag || !OWN_TAG.test(etag)) {
		body = new Uint8Array(await response.arrayBuffer());
		etag = entityTag(body);
	}
	const headers = new Headers(response.headers);
	headers.set('etag', etag);
	headers.set('cache-control', DATA_CACHE_CONTROL);
	if (noneMatch(request.headers.get('if-none-match'), etag)) {
		if (body === null) await response.body?.cancel(); // not read: let it go
		const kept = new Headers();
		for (const name of NOT_MODIFIED_HEADERS) if (headers.has(name)) kept.set(name, headers.get(name)!);
		return new Response(null, { status: 304, headers: kept });
	}
	return new Response(body ?? response.body, { status: 200, statusText: response.statusText, headers });
}
