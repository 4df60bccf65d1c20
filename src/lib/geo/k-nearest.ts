import { distance } from '@turf/turf';
import { checkPosition } from './check-position';
import type { LocatedIndex } from './located-index';
import { classify, type LonLat, type ProximityHit } from './proximity';
import { compareFound, rankHits, type Found } from './rank-hits';

/**
 * The `k` items nearest to `center` by distance to their recorded point (ties by id), leaving out
 * every item whose id is `excludeId` (for "nearest to this incident"). Fewer when fewer exist.
 * Precision is relative to the radius d_k of the k-th hit: `certain` when the whole uncertainty
 * circle lies within d_k.
 *
 * geokdbush gives each uncertainty tier's k + 1 nearest items in its own haversine order; those a
 * tier does not return are at least as far as the last it returns. When the k-th Turf distance is clearly nearer than
 * that, the answer is complete; otherwise (ties, rounding) every item within the k-th distance is
 * fetched and ranked.
 */
export function kNearest(index: LocatedIndex, center: LonLat, k: number, excludeId?: string): ProximityHit[] {
	checkPosition(center, 'center');
	if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be an integer ≥ 1, got ${k}`);
	const { items } = index;
	const measure = (positions: readonly number[]): Found[] => {
		const out: Found[] = [];
		for (const position of positions) {
			const item = items[position]!;
			if (item.id === excludeId) continue;
			out.push({ position, distance_km: distance(center, [item.lon, item.lat]), proximity: 'possible' });
		}
		return out;
	};
	const ranked = (found: Found[]) => found.sort((a, b) => compareFound(items, a, b));

	let want = k + 1 + (excludeId === undefined ? 0 : 1);
	for (;;) {
		const tiers = index.nearestByTier(center, want);
		const found = ranked(measure(tiers.flat()));
		// Nearest Turf distance any unreturned item can have: no nearer than its tier's last returned.
		let beyond = Infinity;
		for (const near of tiers) {
			const last = items[near[near.length - 1] ?? -1];
			if (near.length < want || !last) continue; // the whole tier was returned
			beyond = Math.min(beyond, distance(center, [last.lon, last.lat]) * (1 - 1e-6) - 1e-6);
		}
		const kth = found[k - 1];
		if (beyond === Infinity || (kth && kth.distance_km < beyond)) return finish(index, found.slice(0, k));
		if (kth) return finish(index, ranked(measure(index.within(center, () => kth.distance_km))).slice(0, k));
		want *= 2; // an excluded id repeated many times: look further
	}
}

function finish(index: LocatedIndex, found: Found[]): ProximityHit[] {
	const dk = found[found.length - 1]?.distance_km ?? 0;
	for (const f of found) {
		f.proximity = classify(f.distance_km, index.items[f.position]!.uncertainty_km, dk) ?? 'possible';
	}
	return rankHits(index.items, found);
}
