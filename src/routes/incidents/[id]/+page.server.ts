import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { incidentStore } from '$lib/server/store';
import { loadOverlays } from '$lib/data/overlays';
import { incidentMapData } from '$lib/map/incident-features';
import { INLINE_MAX } from '$lib/server/map-data';

/** One incident's page: the incident, its absolute URL, and what a small map around it needs. */
export const load: PageServerLoad = async ({ params, url }) => {
	const store = incidentStore();
	const incident = await store.get(params.id);
	if (!incident) error(404, `No incident has the id “${params.id}”.`);
	// A small dataset's map carries it inline; a large one's is fetched (and never listed here).
	const { total } = await store.summary();
	const incidents = total <= INLINE_MAX ? (await store.list()).features : [];
	const overlays = loadOverlays().features;
	return {
		incident,
		canonicalUrl: new URL(`/incidents/${encodeURIComponent(incident.id)}`, url.origin).href,
		overlays: overlays.map((o) => o.properties),
		// A large dataset's map fetches its incidents (see `$lib/server/map-data.ts`).
		mapData:
			total <= INLINE_MAX
				? (incidentMapData(incidents, overlays) as ReturnType<typeof incidentMapData> | { points: string; areas: string })
				: { points: '/map-data/points.json', areas: '/map-data/areas.json' }
	};
};
