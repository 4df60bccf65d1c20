import { incidentStore } from './store';
import { loadOverlays } from '../data/overlays';
import { incidentMapData } from '../map/incident-features';
import { CATEGORY_IDS } from '../domain/categories';

/** What a map page (`/`, `/embed`) needs from the server, given its URL. */
export async function mapPageData(url: URL) {
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
}
