import { incidentStore } from './store';
import { loadOverlays } from '../data/overlays';
import { incidentMapData } from '../map/incident-features';
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
 * and the list fetch the rest (`/map-data/…`). Either way the store is asked for its summary (the
 * total, the categories present) and, for a large dataset, its newest incidents: nothing lists them all.
 */
export async function mapPageData(url: URL) {
	const store = incidentStore();
	// The dataset's summary, not its rows: with a database, a page never lists every incident.
	const { total, categories } = await store.summary();
	const overlays = loadOverlays().features;
	const requested = url.searchParams.get('incident');
	const common = { total, overlays: overlays.map((o) => o.properties), categories };
	if (total <= INLINE_MAX) {
		const { features } = await store.list();
		return {
			...common,
			incidents: features as IncidentDigest[],
			complete: true,
			selected: null as IncidentFeature | null,
			mapData: incidentMapData(features, overlays) as ReturnType<typeof incidentMapData> | { points: string; areas: string },
			selectedId: requested && features.some((f) => f.id === requested) ? requested : null
		};
	}
	const [newest, selected] = await Promise.all([
		store.newest(PREVIEW),
		requested ? store.get(requested).then((f) => f ?? null) : null
	]);
	return {
		...common,
		incidents: readDigestTable(digestTable(newest)),
		complete: false,
		selected,
		mapData: { points: '/map-data/points.json', areas: '/map-data/areas.json' } as
			| ReturnType<typeof incidentMapData>
			| { points: string; areas: string },
		selectedId: selected ? selected.id : null
	};
}
