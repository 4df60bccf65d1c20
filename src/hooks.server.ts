import type { Handle, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { loadOverlays } from '$lib/data/overlays';
import { incidentStore } from '$lib/server/store';
import { warmMapData } from '$lib/server/map-data';
import { tilesAbove } from '$lib/server/tiles/tile-mode';
import { warmTiles } from '$lib/server/tiles/warm-tiles';
import { parseFrameAncestors } from '$lib/server/frame-policy';
import { embedCommandOrigins } from '$lib/server/embed-settings';
import { applySecurityHeaders, basemapOrigins, type SecuritySettings } from '$lib/server/security-headers';
import { apiPathProblem } from '$lib/server/api-path-problem';
import { withHttpCache } from '$lib/server/http-cache';

let security: SecuritySettings = { frameAncestors: [], connectOrigins: [] };

/**
 * At start-up, before the first request: validate the curated data (a bad file stops the server
 * with every problem listed, rather than failing a reader's request) and compute the Turf-derived
 * overlays once. Embedding and basemap settings are read here too, so a bad one stops the server
 * by name.
 */
export const init: ServerInit = async () => {
	await incidentStore().list();
	loadOverlays();
	// A large dataset's map data (or, above TILES_ABOVE, its tiles' index), made in the background.
	const tiled = (await incidentStore().list({ limit: 1 })).total > tilesAbove();
	void (tiled ? warmTiles() : warmMapData());
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
 */
export const handle: Handle = async ({ event, resolve }) => {
	let response = apiPathProblem(event.url.pathname, event.route.id) ?? (await resolve(event));
	try {
		applySecurityHeaders(response.headers, event.url.pathname, security);
	} catch {
		// Immutable headers (a `Response.redirect` or a proxied `fetch`): copy, then set.
		response = new Response(response.body, response);
		applySecurityHeaders(response.headers, event.url.pathname, security);
	}
	return withHttpCache(event.request, event.url.pathname, response);
};
