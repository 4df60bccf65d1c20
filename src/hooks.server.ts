import type { Handle, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { loadOverlays } from '$lib/data/overlays';
import { incidentStore } from '$lib/server/store';
import { applyFramePolicy, parseFrameAncestors } from '$lib/server/frame-policy';
import { embedCommandOrigins } from '$lib/server/embed-settings';
import { withHttpCache } from '$lib/server/http-cache';

let frameAncestors: string[] = [];

/**
 * At start-up, before the first request: validate the curated data (a bad file stops the server
 * with every problem listed, rather than failing a reader's request) and compute the Turf-derived
 * overlays once. Embedding settings are read here too, so a bad one stops the server by name.
 */
export const init: ServerInit = async () => {
	await incidentStore().list();
	loadOverlays();
	frameAncestors = parseFrameAncestors(env.FRAME_ANCESTORS);
	embedCommandOrigins();
};

/** Who may frame each page: `/embed` anyone (or `FRAME_ANCESTORS`), the rest only the app. */
export const handle: Handle = async ({ event, resolve }) => {
	let response = await resolve(event);
	try {
		applyFramePolicy(response.headers, event.url.pathname, frameAncestors);
	} catch {
		// Immutable headers (a `Response.redirect` or a proxied `fetch`): copy, then set.
		response = new Response(response.body, response);
		applyFramePolicy(response.headers, event.url.pathname, frameAncestors);
	}
	return withHttpCache(event.request, event.url.pathname, response);
};
