import type { Located, Proximity, ProximityHit } from './proximity';

/** A hit before ranking: the item's position in the indexed array, its distance and precision. */
export interface Found {
	position: number;
	distance_km: number;
	proximity: Proximity;
}

/** Orders by distance, then id (code-unit order), then position in `items` (only for repeated ids). */
export function compareFound(items: readonly Located[], a: Found, b: Found): number {
	if (a.distance_km !== b.distance_km) return a.distance_km - b.distance_km;
	const ia = items[a.position]?.id ?? '';
	const ib = items[b.position]?.id ?? '';
	if (ia !== ib) return ia < ib ? -1 : 1;
	return a.position - b.position;
}

/** Sorts found items by distance then id and returns them as public hits. */
export function rankHits(items: readonly Located[], found: Found[]): ProximityHit[] {
	found.sort((a, b) => compareFound(items, a, b));
	return found.map((f) => ({
		id: items[f.position]?.id ?? '',
		distance_km: f.distance_km,
		proximity: f.proximity
	}));
}
