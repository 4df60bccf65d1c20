import type { PageServerLoad } from './$types';
import { incidentStore } from '$lib/server/store';
import { loadOverlays } from '$lib/data/overlays';
import { incidentMapData } from '$lib/map/incident-features';
import { CATEGORY_IDS } from '$lib/domain/categories';

export const load: PageServerLoad = async ({ url }) => {
	const { features: incidents } = await incidentStore().list();
	const overlays = loadOverlays().features;
	const requested = url.searchParams.get('incident');
	const present = new Set(incidents.map((f) => f.properties.category));
	return {
		incidents,
		overlays: overlays.map((o) => o.properties),
		mapData: incidentMapData(incidents, overlays),
		categories: CATEGORY_IDS.filter((c) => present.has(c)),
		selectedId: requested && incidents.some((f) => f.id === requested) ? requested : null
	};
};
