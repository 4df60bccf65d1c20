import { DEFAULT_EMBED_HEIGHT } from './embed-code';
import { embedUrlFor } from './embed-options';
import type { QueryProblem } from './incident-query';

/**
 * oEmbed 1.0 (https://oembed.com): which of our URLs can be embedded, and at what size. Pure; the
 * route `/oembed` answers with it.
 */
export const OEMBED_DEFAULT_WIDTH = 640;
export const OEMBED_DEFAULT_HEIGHT = DEFAULT_EMBED_HEIGHT;
/** Below these the map is unusable; a consumer asking for less still gets no more than it asked. */
export const OEMBED_MIN_WIDTH = 200;
export const OEMBED_MIN_HEIGHT = 200;
/** The longest `url` looked at: far beyond any map page's address. */
export const OEMBED_MAX_URL_LENGTH = 2048;

export interface OEmbedRequest {
	url: string;
	maxwidth: number | null;
	maxheight: number | null;
	format: string;
}

/** Size of the embed: the default, shrunk to fit `maxwidth`/`maxheight`, never larger than either. */
export function oembedSize(maxwidth: number | null, maxheight: number | null): { width: number; height: number } {
	const fit = (preferred: number, min: number, max: number | null) =>
		max === null ? preferred : Math.min(max, Math.max(min, Math.min(preferred, max)));
	return {
		width: fit(OEMBED_DEFAULT_WIDTH, OEMBED_MIN_WIDTH, maxwidth),
		height: fit(OEMBED_DEFAULT_HEIGHT, OEMBED_MIN_HEIGHT, maxheight)
	};
}

function positiveInteger(params: URLSearchParams, name: string, problems: QueryProblem[]): number | null {
	const text = params.get(name);
	if (text === null || text === '') return null;
	if (!/^[1-9][0-9]{0,5}$/.test(text)) {
		problems.push({ parameter: name, reason: `must be a positive whole number of pixels, got "${text}"` });
		return null;
	}
	return Number(text);
}

export function parseOEmbedRequest(params: URLSearchParams): { request: OEmbedRequest } | { problems: QueryProblem[] } {
	const problems: QueryProblem[] = [];
	const url = params.get('url');
	if (!url) problems.push({ parameter: 'url', reason: 'is required: the URL of the map page to embed' });
	else if (url.length > OEMBED_MAX_URL_LENGTH)
		problems.push({ parameter: 'url', reason: `must be at most ${OEMBED_MAX_URL_LENGTH} characters (got ${url.length})` });
	const maxwidth = positiveInteger(params, 'maxwidth', problems);
	const maxheight = positiveInteger(params, 'maxheight', problems);
	if (problems.length || !url) return { problems };
	return { request: { url, maxwidth, maxheight, format: params.get('format') || 'json' } };
}

const INCIDENT_PAGE = /^\/incidents\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

/**
 * The `/embed` URL for one of our map pages (`/`, `/embed`, `/incidents/{id}`) on `origin`'s host,
 * or `null` when `url` is not one (another host or port, another path, not an http(s) URL). The
 * scheme is not compared: behind a proxy without `ORIGIN` the app cannot know its own; the embed
 * keeps the scheme of the URL asked about.
 */
export function embedTargetFor(url: string, origin: string): URL | null {
	let page: URL;
	try {
		page = new URL(url);
	} catch {
		return null;
	}
	if ((page.protocol !== 'http:' && page.protocol !== 'https:') || page.host !== new URL(origin).host) return null;
	if (page.pathname === '/') return embedUrlFor(page);
	if (page.pathname === '/embed' || page.pathname === '/embed/') {
		const out = new URL(page);
		out.pathname = '/embed';
		return out;
	}
	const incident = INCIDENT_PAGE.exec(page.pathname)?.[1];
	if (incident) {
		const asMap = new URL(page);
		asMap.pathname = '/';
		asMap.searchParams.set('incident', incident);
		return embedUrlFor(asMap);
	}
	return null;
}
