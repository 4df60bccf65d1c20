import { incidentStore } from './store';
import { loadOverlays } from '../data/overlays';
import { incidentMapData } from '../map/incident-features';
import { CATEGORY_IDS } from '../domain/categories';
import { digestTable, readDigestTable, type IncidentDigest } from '../domain/incident-digest';
import type { IncidentFeature } from '../domain/incident';
import { INLINE_MAX } from './map-data';

/** With a large dataset, the server-rendered list shows this many of the newest incidents. */
const PREVIEW = 200;

/**
 * What a map page (`/`, `/embed`) needs from the server, given its URL. Up to `INLINE_MAX`
 * incidents travel inline, whole. A larger dataset would make the page unusable (100,000
 * incidents are ~170 MB of HTML), so the page then carries the newest `PREVIEW` as digests for
 * its first, server-rendered list, the requested incident whole, and the URLs from which the map
 * and the list fetch the rest (`/map-data/…`).
 */
export async function mapPageData(url: URL) {
	const store = incidentStore();
	const { features } = await store.list();
	const overlays = loadOverlays().features;
	const requested = url.searchParams.get('incident');
	const present = new Set(features.map((f) => f.properties.category));
	const common = {
		total: features.length,
		overlays: overlays.map((o) => o.properties),
		categories: CATEGORY_IDS.filter((c) => present.has(c))
	};
	if (features.length <= INLINE_MAX) {
		return {
			...common,
			incidents: features as IncidentDigest[],
			complete: true,
			selected: null as IncidentFeature | null,
			mapData: incidentMapData(features, overlays) as ReturnType<typeof incidentMapData> | { points: string; areas: string },
			selectedId: requested && features.some((f) => f.id === requested) ? requested : null
		};
	}
	const selected = requested ? ((await store.get(requested)) ?? null) : null;
	return {
		...common,
		// The store lists by start date, oldest first: the newest are at the end.
		incidents: readDigestTable(digestTable(features.slice(-PREVIEW))),
		complete: false,
		selected,
		mapData: { points: '/map-data/points.json', areas: '/map-data/areas.json' } as
			| ReturnType<typeof incidentMapData>
			| { points: string; areas: string },
		selectedId: selected ? selected.id : null
	};
}
