import { distance } from '@turf/turf';
import { checkDistanceKm } from './check-distance-km';
import { checkPosition } from './check-position';
import type { LocatedIndex } from './located-index';
import { classify, type LonLat, type ProximityHit } from './proximity';
import { rankHits, type Found } from './rank-hits';

/**
 * Every item whose uncertainty circle overlaps the circle of `radiusKm` around `center`
 * (distance − u ≤ R), `certain` when the whole circle fits; sorted by distance, then id.
 * Candidates: each uncertainty tier's items within R + that tier's largest uncertainty.
 */
export function withinRadius(index: LocatedIndex, center: LonLat, radiusKm: number): ProximityHit[] {
	checkPosition(center, 'center');
	checkDistanceKm(radiusKm, 'radiusKm');
	const { items } = index;
	const found: Found[] = [];
	const consider = (position: number) => {
		const item = items[position]!;
		const d = distance(center, [item.lon, item.lat]);
		const proximity = classify(d, item.uncertainty_km, radiusKm);
		if (proximity) found.push({ position, distance_km: d, proximity });
	};
	index.within(center, (maxU) => radiusKm + maxU).forEach(consider);
	return rankHits(items, found);
}
