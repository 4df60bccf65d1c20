/**
 * The vocabulary of proximity queries, shared by every query function in this folder.
 *
 * An item is a recorded point plus the radius within which its real place is known. A query
 * region (a circle, an area, a corridor around a line) either contains the item's whole
 * uncertainty circle (`certain`), contains only part of it (`possible`), or misses it (the item is
 * not in the result). Distances are geodesic kilometres computed with Turf (`@turf/distance`,
 * haversine on a sphere of radius 6,371,008.8 m).
 */

export type { LonLat } from '../domain/lon-lat';
import type { LonLat } from '../domain/lon-lat';

export type Proximity = 'certain' | 'possible';

/** What a proximity query needs to know of an incident. */
export interface Located {
	id: string;
	lon: number;
	lat: number;
	/** Radius in km within which the real place lies (0 = exactly known). */
	uncertainty_km: number;
}

export interface ProximityHit {
	id: string;
	/** Distance in km from the query's point, line, or area edge (0 inside an area). */
	distance_km: number;
	proximity: Proximity;
}

/**
 * The precision rule for a region bounded at `limit` km from its centre or edge: an item at
 * `distance` with uncertainty `u` is certain when its whole circle fits (distance + u ≤ limit),
 * possible when only part of it does (distance − u ≤ limit), otherwise outside (null).
 */
export function classify(distance: number, uncertainty: number, limit: number): Proximity | null {
	if (distance + uncertainty <= limit) return 'certain';
	if (distance - uncertainty <= limit) return 'possible';
	return null;
}

/** Turf's mean earth radius in km (`@turf/helpers` `earthRadius` / 1000): the sphere of every distance here. */
export const EARTH_RADIUS_KM = 6371.0088;
