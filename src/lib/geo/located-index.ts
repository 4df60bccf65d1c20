import { around } from 'geokdbush';
import KDBush from 'kdbush';
import type { LonLatBox } from './grow-box';
import { EARTH_RADIUS_KM, type LonLat, type Located } from './proximity';

export interface LocatedIndexOptions {
	/**
	 * Upper uncertainty bounds (km, ascending) of the tiers; items above the last bound form one
	 * more tier. Each tier is searched with its own largest uncertainty, so that country- or
	 * region-level records never widen the search for the precise ones. Default 1, 4, 16, 64, 256,
	 * 1024.
	 */
	tierLimitsKm?: readonly number[];
	/** kdbush leaf size. Default 64. */
	nodeSize?: number;
}

/** One uncertainty tier: a kdbush tree over some of the items. */
interface Tier {
	tree: KDBush;
	/** Tree id → position in `items`. */
	toItem: Uint32Array;
	/** Largest uncertainty in this tier (km). */
	maxUncertaintyKm: number;
}

/** geokdbush measures on a sphere of 6,371 km, Turf on 6,371.0088 km. */
const GEOKDBUSH_RADIUS_KM = 6371;
/** Half the circumference: geokdbush's haversine cannot reach further. */
const HALF_TURN_KM = Math.PI * GEOKDBUSH_RADIUS_KM;

/**
 * A static spatial index of located items, built once, for the proximity query functions. It only
 * finds candidates (supersets, with safety margins); the queries measure with Turf and filter.
 *
 * Items are split by uncertainty into a few tiers (≤ 1 km, ≤ 4, ≤ 16, ≤ 64, ≤ 256, ≤ 1024, more),
 * each a kdbush tree searched with geokdbush's geodesic `around` or by lon/lat box. A query asks
 * each tier with a reach computed from that tier's largest uncertainty, so a 300 km record
 * widens only its own tier's search. Positions returned are indices into `items`.
 */
export class LocatedIndex {
	readonly items: readonly Located[];
	/** Largest uncertainty of any item (0 when empty). */
	readonly maxUncertaintyKm: number;
	private readonly tiers: Tier[] = [];
	private readonly seen: Uint32Array;
	private epoch = 0;

	constructor(items: readonly Located[], options: LocatedIndexOptions = {}) {
		const { tierLimitsKm = [1, 4, 16, 64, 256, 1024], nodeSize = 64 } = options;
		tierLimitsKm.forEach((limit, i) => {
			if (!Number.isFinite(limit) || limit < 0 || (i > 0 && limit <= (tierLimitsKm[i - 1] ?? 0))) {
				throw new RangeError(`tierLimitsKm must be finite, ≥ 0 and ascending, got ${tierLimitsKm.join(', ')}`);
			}
		});
		this.items = items;
		this.seen = new Uint32Array(items.length);
		const tierOf = new Uint8Array(items.length);
		const counts = new Uint32Array(tierLimitsKm.length + 1);
		const maxU = new Float64Array(tierLimitsKm.length + 1);
		for (let i = 0; i < items.length; i++) {
			const item = items[i];
			checkItem(item, i);
			const u = item.uncertainty_km;
			let t = 0;
			while (t < tierLimitsKm.length && u > tierLimitsKm[t]!) t++;
			tierOf[i] = t;
			counts[t]!++;
			if (u > maxU[t]!) maxU[t] = u;
		}
		this.maxUncertaintyKm = Math.max(0, ...maxU);
		const building = Array.from(counts, (count, t) =>
			count ? { tree: new KDBush(count, nodeSize), toItem: new Uint32Array(count), maxUncertaintyKm: maxU[t]! } : null
		);
		for (let i = 0; i < items.length; i++) {
			const tier = building[tierOf[i]!]!;
			const item = items[i]!;
			tier.toItem[tier.tree.add(item.lon, item.lat)] = i;
		}
		for (const tier of building) if (tier) this.tiers.push({ ...tier, tree: tier.tree.finish() });
	}

	/** Number of items. */
	get size(): number {
		return this.items.length;
	}

	/** The largest uncertainty of each non-empty tier, in the order the per-tier methods use. */
	get tierUncertaintiesKm(): number[] {
		return this.tiers.map((t) => t.maxUncertaintyKm);
	}

	/**
	 * Positions of every item whose Turf distance from `center` is ≤ `reach(tier's largest
	 * uncertainty)` (plus, perhaps, a few just beyond it), found with geokdbush's `around`.
	 */
	within(center: LonLat, reach: (tierMaxUncertaintyKm: number) => number): number[] {
		const out: number[] = [];
		for (const tier of this.tiers) {
			for (const id of this.around(tier, center, Infinity, reach(tier.maxUncertaintyKm))) out.push(tier.toItem[id]!);
		}
		return out;
	}

	/**
	 * For each tier, the positions of its `maxResults` items nearest to `center`, nearest first (by
	 * geokdbush's haversine); fewer when the tier has fewer. Items a tier does not return are at
	 * least as far as the last one it returns.
	 */
	nearestByTier(center: LonLat, maxResults: number): number[][] {
		return this.tiers.map((tier) => this.around(tier, center, maxResults, Infinity).map((id) => tier.toItem[id]!));
	}

	/** Positions of items inside any of the boxes `boxes(tier's largest uncertainty)` gives, each once. */
	inBoxes(boxes: (tierMaxUncertaintyKm: number) => readonly LonLatBox[]): number[] {
		if (++this.epoch === 0xffffffff) {
			this.seen.fill(0);
			this.epoch = 1;
		}
		const out: number[] = [];
		for (const tier of this.tiers) {
			for (const [west, south, east, north] of boxes(tier.maxUncertaintyKm)) {
				for (const id of tier.tree.range(west, south, east, north)) {
					const position = tier.toItem[id]!;
					if (this.seen[position] === this.epoch) continue;
					this.seen[position] = this.epoch;
					out.push(position);
				}
			}
		}
		return out;
	}

	private around(tier: Tier, center: LonLat, maxResults: number, maxDistanceKm: number): number[] {
		const reach = maxDistanceKm * (GEOKDBUSH_RADIUS_KM / EARTH_RADIUS_KM) * (1 + 1e-6) + 1e-6;
		return around(tier.tree, center[0], center[1], maxResults, Math.min(reach, HALF_TURN_KM));
	}
}

function checkItem(item: Located | undefined, i: number): asserts item is Located {
	const where = `items[${i}]${item && typeof item.id === 'string' ? ` (id "${item.id}")` : ''}`;
	if (!item || typeof item.id !== 'string') throw new RangeError(`${where}: id must be a string`);
	const { lon, lat, uncertainty_km: u } = item;
	if (!Number.isFinite(lon) || lon < -180 || lon > 180) {
		throw new RangeError(`${where}: lon must be a finite number in [-180, 180], got ${lon}`);
	}
	if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
		throw new RangeError(`${where}: lat must be a finite number in [-90, 90], got ${lat}`);
	}
	if (!Number.isFinite(u) || u < 0) {
		throw new RangeError(`${where}: uncertainty_km must be a finite number ≥ 0, got ${u}`);
	}
}
