import { around } from 'geokdbush';
import KDBush from 'kdbush';
import type { LonLatBox } from './grow-box';
import { EARTH_RADIUS_KM, type LonLat, type Located } from './proximity';

export interface LocatedIndexOptions {
	/**
	 * Items with an uncertainty above this (km) are kept out of the tree, in a short list that every
	 * query scans, so that one country-level record does not widen every search. Default 50.
	 */
	wideUncertaintyKm?: number;
	/** kdbush leaf size. Default 64. */
	nodeSize?: number;
}

/** geokdbush measures on a sphere of 6,371 km, Turf on 6,371.0088 km. */
const GEOKDBUSH_RADIUS_KM = 6371;
/** Half the circumference: geokdbush's haversine cannot reach further. */
const HALF_TURN_KM = Math.PI * GEOKDBUSH_RADIUS_KM;

/**
 * A static spatial index of located items, built once, for the proximity query functions. It only
 * finds candidates (supersets, with safety margins); the queries measure with Turf and filter.
 *
 * Items with uncertainty ≤ `wideUncertaintyKm` go into a kdbush tree searched with geokdbush's
 * geodesic `around`; the rest (usually a handful of country- or region-level records) sit in
 * `wide`, scanned directly. Positions returned are indices into `items`.
 */
export class LocatedIndex {
	readonly items: readonly Located[];
	readonly wideUncertaintyKm: number;
	/** Largest uncertainty among the items in the tree (0 when it is empty). */
	readonly maxIndexedUncertaintyKm: number;
	/** Positions of the wide-uncertainty items, scanned by every query. */
	readonly wide: readonly number[];
	private readonly tree: KDBush | null;
	private readonly treeToItem: Uint32Array;
	private readonly seen: Uint32Array;
	private epoch = 0;

	constructor(items: readonly Located[], options: LocatedIndexOptions = {}) {
		const { wideUncertaintyKm = 50, nodeSize = 64 } = options;
		if (!Number.isFinite(wideUncertaintyKm) || wideUncertaintyKm < 0) {
			throw new RangeError(`wideUncertaintyKm must be a finite number ≥ 0, got ${wideUncertaintyKm}`);
		}
		this.items = items;
		this.wideUncertaintyKm = wideUncertaintyKm;
		const wide: number[] = [];
		let indexed = 0;
		let maxU = 0;
		for (let i = 0; i < items.length; i++) {
			const item = items[i];
			checkItem(item, i);
			if (item.uncertainty_km > wideUncertaintyKm) wide.push(i);
			else {
				indexed++;
				if (item.uncertainty_km > maxU) maxU = item.uncertainty_km;
			}
		}
		this.wide = wide;
		this.maxIndexedUncertaintyKm = maxU;
		this.treeToItem = new Uint32Array(indexed);
		this.seen = new Uint32Array(indexed);
		if (indexed === 0) {
			this.tree = null;
			return;
		}
		const tree = new KDBush(indexed, nodeSize);
		let w = 0;
		for (let i = 0; i < items.length; i++) {
			if (w < wide.length && wide[w] === i) {
				w++;
				continue;
			}
			const item = items[i]!;
			this.treeToItem[tree.add(item.lon, item.lat)] = i;
		}
		this.tree = tree.finish();
	}

	/** Number of items, indexed and wide. */
	get size(): number {
		return this.items.length;
	}

	/**
	 * Positions of tree items, nearest first (by geokdbush's haversine): at most `maxResults`, and
	 * with `maxDistanceKm` every tree item whose Turf distance from `center` is ≤ that distance
	 * (plus, perhaps, a few just beyond it). Wide items are not included.
	 */
	nearest(center: LonLat, maxResults: number, maxDistanceKm = Infinity): number[] {
		if (!this.tree) return [];
		const reach = (maxDistanceKm * (GEOKDBUSH_RADIUS_KM / EARTH_RADIUS_KM)) * (1 + 1e-6) + 1e-6;
		const ids = around(this.tree, center[0], center[1], maxResults, Math.min(reach, HALF_TURN_KM));
		for (let i = 0; i < ids.length; i++) ids[i] = this.treeToItem[ids[i]!]!;
		return ids;
	}

	/** Positions of tree items inside any of `boxes` (edges included), each once, in no set order. */
	inBoxes(boxes: readonly LonLatBox[]): number[] {
		if (!this.tree) return [];
		if (++this.epoch === 0xffffffff) {
			this.seen.fill(0);
			this.epoch = 1;
		}
		const out: number[] = [];
		for (const [west, south, east, north] of boxes) {
			for (const id of this.tree.range(west, south, east, north)) {
				if (this.seen[id] === this.epoch) continue;
				this.seen[id] = this.epoch;
				out.push(this.treeToItem[id]!);
			}
		}
		return out;
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
