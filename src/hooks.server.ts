import type { Handle, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { loadOverlays } from '$lib/data/overlays';
import { closeIncidentStore, incidentStore } from '$lib/server/store';
import { warmMapData } from '$lib/server/map-data';
import { parseDataPollMs, watchDataVersion } from '$lib/server/data-changes';
import { tilesAbove } from '$lib/server/tiles/tile-mode';
import { warmTiles } from '$lib/server/tiles/warm-tiles';
import { parseFrameAncestors } from '$lib/server/frame-policy';
import { embedCommandOrigins } from '$lib/server/embed-settings';
import { applySecurityHeaders, basemapOrigins, type SecuritySettings } from '$lib/server/security-headers';
import { apiPathProblem } from '$lib/server/api-path-problem';
import { withHttpCache } from '$lib/server/http-cache';
import { pageCache } from '$lib/server/page-cache';

let security: SecuritySettings = { frameAncestors: [], connectOrigins: [] };

/**
 * At start-up, before the first request: validate the curated data (a bad file stops the server
 * with every problem listed, rather than failing a reader's request) and compute the Turf-derived
 * overlays once. Embedding and basemap settings are read here too, so a bad one stops the server
 * by name.
 */
export const init: ServerInit = async () => {
	const { total } = await incidentStore().summary();
	loadOverlays();
	// A large dataset's map data (or, above TILES_ABOVE, its tiles' index), made in the background.
	void (total > tilesAbove() ? warmTiles() : warmMapData());
	// A database's data can change under the server (`data:load`): its caches follow.
	const stopWatching = watchDataVersion(incidentStore(), parseDataPollMs(env.DATA_VERSION_POLL_MS));
	// adapter-node's graceful shutdown (SIGTERM, SIGINT), once the last request is answered.
	process.once('sveltekit:shutdown', () => {
		stopWatching();
		void closeIncidentStore();
	});
	security = {
		frameAncestors: parseFrameAncestors(env.FRAME_ANCESTORS),
		connectOrigins: basemapOrigins(publicEnv.PUBLIC_BASEMAP_STYLE, env.BASEMAP_ORIGINS)
	};
	embedCommandOrigins();
};

/**
 * Security headers on every rendered response: nosniff, referrer and permissions policies, and
 * the page's CSP completed with who may frame it (`/embed` anyone or `FRAME_ANCESTORS`, the rest
 * only the app) and the remote basemap's origins. An API path that is not UTF-8, or that no endpoint answers, is a problem.
 * The map pages are rendered once per URL until the data changes (`page-cache.ts`).
 */
export const handle: Handle = async ({ event, resolve }) => {
	let response =
		apiPathProblem(event.url.pathname, event.route.id) ??
		(await pageCache.page(event.request, () => resolve(event)));
	try {
		applySecurityHeaders(response.headers, event.url.pathname, security);
	} catch {
		// Immutable headers (a `Response.redirect` or a proxied `fetch`): copy, then set.
		response = new Response(response.body, response);
		applySecurityHeaders(response.headers, event.url.pathname, security);
	}
	return withHttpCache(event.request, event.url.pathname, response);
};
