import type { ServerInit } from '@sveltejs/kit';
import { loadOverlays } from '$lib/data/overlays';
import { incidentStore } from '$lib/server/store';

/**
 * At start-up, before the first request: validate the curated data (a bad file stops the server
 * with every problem listed, rather than failing a reader's request) and compute the Turf-derived
 * overlays once.
 */
export const init: ServerInit = async () => {
	await incidentStore().list();
	loadOverlays();
};
