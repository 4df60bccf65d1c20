import { getOverlay } from '../data/overlays';
import { filterIncidents } from '../domain/filter-incidents';
import type { IncidentCollection, IncidentFeature } from '../domain/incident';
import { CATEGORY_IDS } from '../domain/categories';
import type { IncidentDigest } from '../domain/incident-digest';
import type { IncidentFilter, IncidentQuery, ProximityQuery } from '../domain/incident-query';
import { monthBins, monthIndex, type MonthCounts } from '../domain/month-bins';
import type { OverlayFeature } from '../domain/overlay';
import type { LonLatBox } from '../geo/grow-box';
import { inArea } from '../geo/in-area';
import { kNearest } from '../geo/k-nearest';
import { LocatedIndex } from '../geo/located-index';
import { nearLine } from '../geo/near-line';
import type { Located, ProximityHit } from '../geo/proximity';
import { areaProximity, lineReach, reachHit, type AreaQuestion, type Reach, type RecordGeometry } from '../geo/area-proximity';
import { withinRadius } from '../geo/within-radius';
import { OverlayQueryError, type IncidentQueryResult, type IncidentStore, type IncidentSummary } from './incident-store';

/** The filters of a query (`IncidentFilter`'s keys). */
const FILTERS = ['from', 'to', 'categories', 'countries', 'text', 'bbox', 'minFatalities', 'perpetrators', 'claims'] as const satisfies readonly (keyof IncidentFilter)[];

/** A record placed only to an area: its real place is somewhere in that overlay's geometry. */
interface AreaRecord {
	id: string;
	geometry: RecordGeometry;
}

/**
 * An IncidentStore over a validated collection held in memory (the file-backed default). The
 * spatial index is built once, here, over the records placed at a point; records placed only to
 * an area (`area` names an overlay) are measured against that area, so that a country-level record
 * is never "certainly" in a city. Overlays are looked up by id (`getOverlay` by default).
 */
export class MemoryIncidentStore implements IncidentStore {
	readonly #features: IncidentFeature[];
	readonly #byId: Map<string, IncidentFeature>;
	readonly #index: LocatedIndex;
	readonly #areaRecords: AreaRecord[] = [];

	constructor(
		collection: IncidentCollection,
		private readonly findOverlay: (id: string) => OverlayFeature | undefined = getOverlay
	) {
		this.#features = [...collection.features].sort((a, b) =>
			a.properties.date_start.localeCompare(b.properties.date_start)
		);
		this.#byId = new Map(this.#features.map((f) => [f.id, f]));
		const points: Located[] = [];
		for (const f of this.#features) {
			const area = f.properties.area ? this.findOverlay(f.properties.area)?.geometry : undefined;
			if (area) this.#areaRecords.push({ id: f.id, geometry: area });
			else points.push(located(f));
		}
		this.#index = new LocatedIndex(points);
	}

	async list(query?: IncidentQuery): Promise<IncidentQueryResult> {
		if (!query) return { features: this.#features, hits: null, total: this.#features.length };
		const unfiltered = FILTERS.every((k) => query[k] === undefined);
		const filtered = this.#filtered(query);
		const start = query.offset ?? 0;
		const end = start + query.limit;
		if (!query.proximity)
			return { features: filtered.slice(start, end), hits: null, total: filtered.length };

		// Proximity combines with the filters: only filtered incidents may be hits.
		const allowed = unfiltered ? null : new Set(filtered.map((f) => f.id));
		const hits = this.#proximity(query.proximity, filtered)
			.filter((h) => !allowed || allowed.has(h.id))
			.sort((a, b) => a.distance_km - b.distance_km || a.id.localeCompare(b.id));
		const kept = hits.slice(start, end);
		return {
			features: kept.map((h) => this.#byId.get(h.id)!),
			hits: new Map(kept.map((h) => [h.id, h])),
			total: hits.length
		};
	}

	async get(id: string): Promise<IncidentFeature | undefined> {
		return this.#byId.get(id);
	}

	#summary: IncidentSummary | null = null;
	async summary(): Promise<IncidentSummary> {
		if (this.#summary) return this.#summary;
		const present = new Set<string>();
		let first: string | null = null;
		let last: string | null = null;
		for (const { properties: p } of this.#features) {
			present.add(p.category);
			if (first === null || p.date_start < first) first = p.date_start;
			if (last === null || p.date_end > last) last = p.date_end;
		}
		this.#summary = {
			total: this.#features.length,
			categories: CATEGORY_IDS.filter((c) => present.has(c)),
			dates: first !== null && last !== null ? { first, last } : null
		};
		return this.#summary;
	}

	async newest(n: number): Promise<IncidentFeature[]> {
		return n > 0 ? this.#features.slice(-n) : [];
	}

	async ids(filter: IncidentFilter): Promise<string[]> {
		return this.#filtered(filter).map((f) => f.id);
	}

	async digests(filter: IncidentFilter = {}): Promise<IncidentDigest[]> {
		return this.#filtered(filter);
	}

	async months(filter: IncidentFilter): Promise<MonthCounts> {
		const { dates } = await this.summary();
		if (!dates) return { total: 0, months: [] };
		const records = this.#filtered(filter).map((f) => f.properties);
		return { total: records.length, months: monthBins(records, monthIndex(dates.first), monthIndex(dates.last)) };
	}

	/**
	 * The incidents passing `filter`, in list order. Without a filter, no pass over them all (a
	 * million take ~100 ms to copy); with a box, the candidates come from the index of every
	 * record's point (in list order, since that index's positions are), then the filters apply.
	 */
	#filtered(filter: IncidentFilter): IncidentFeature[] {
		if (FILTERS.every((k) => filter[k] === undefined)) return this.#features;
		if (!filter.bbox) return filterIncidents(this.#features, filter);
		const [w, s, e, n] = filter.bbox;
		const boxes: LonLatBox[] = w <= e ? [[w, s, e, n]] : [[w, s, 180, n], [-180, s, e, n]];
		const positions = this.#everything().inBoxes(() => boxes).sort((a, b) => a - b);
		return filterIncidents(positions.map((p) => this.#features[p]!), filter);
	}

	#proximity(p: ProximityQuery, filtered: IncidentFeature[]): ProximityHit[] {
		switch (p.mode) {
			case 'near':
				return [
					...withinRadius(this.#index, p.center, p.radiusKm),
					...this.#areaHits({ kind: 'circle', center: p.center, radiusKm: p.radiusKm })
				];
			case 'nearest':
				return this.#nearest(p.center, p.k, filtered);
			case 'region': {
				const area = this.#overlay('region', p.overlayId).geometry;
				if (area.type !== 'Polygon' && area.type !== 'MultiPolygon')
					throw new OverlayQueryError('region', `"${p.overlayId}" is a line overlay, not an area; use corridor=${p.overlayId}&radius_km=…`);
				// The answer depends on the overlay alone: computed once per overlay.
				let hits = this.#regionHits.get(p.overlayId);
				if (!hits) this.#regionHits.set(p.overlayId, (hits = [...inArea(this.#index, area), ...this.#areaHits({ kind: 'area', area })]));
				return hits;
			}
			case 'corridor': {
				const line = this.#overlay('corridor', p.overlayId).geometry;
				if (line.type !== 'LineString' && line.type !== 'MultiLineString')
					throw new OverlayQueryError('corridor', `"${p.overlayId}" is an area overlay, not a line; use region=${p.overlayId}`);
				// How each area record lies to the line does not depend on the radius: measured once per overlay.
				let reaches = this.#lineReaches.get(p.overlayId);
				if (!reaches)
					this.#lineReaches.set(p.overlayId, (reaches = this.#areaRecords.map((r) => ({ id: r.id, reach: lineReach(r.geometry, line) }))));
				const areaHits: ProximityHit[] = [];
				for (const { id, reach } of reaches) {
					const hit = reachHit(reach, p.radiusKm);
					if (hit?.proximity) areaHits.push({ id, distance_km: hit.distance_km, proximity: hit.proximity });
				}
				return [...nearLine(this.#index, line, p.radiusKm), ...areaHits];
			}
		}
	}

	/** Per overlay id: the hits of `region` (they depend on nothing else), and the area records' reach to a line. */
	readonly #regionHits = new Map<string, ProximityHit[]>();
	readonly #lineReaches = new Map<string, { id: string; reach: Reach }[]>();

	#areaHits(q: AreaQuestion, only?: ReadonlySet<string>): ProximityHit[] {
		const hits: ProximityHit[] = [];
		for (const r of this.#areaRecords) {
			if (only && !only.has(r.id)) continue;
			const hit = areaProximity(r.geometry, q);
			if (hit?.proximity) hits.push({ id: r.id, distance_km: hit.distance_km, proximity: hit.proximity });
		}
		return hits;
	}

	/**
	 * The k nearest among the filtered incidents (not the filtered k nearest of all), ranked by the
	 * distance to each record's recorded point, so that a country-level record does not crowd out
	 * the incidents of every city in that country. A record is certain when all of where it may be
	 * (its uncertainty circle, or its area) lies within the k-th distance.
	 */
	#nearest(center: [number, number], k: number, filtered: IncidentFeature[]): ProximityHit[] {
		const index =
			filtered.length === this.#features.length ? this.#everything() : new LocatedIndex(filtered.map(located));
		const nearest = kNearest(index, center, k);
		const dk = nearest.at(-1)?.distance_km ?? 0;
		const areas = new Map(this.#areaRecords.map((r) => [r.id, r.geometry]));
		return nearest.map((h) => {
			const area = areas.get(h.id);
			if (!area) return h;
			const inArea = areaProximity(area, { kind: 'circle', center, radiusKm: dk })?.proximity;
			return { ...h, proximity: inArea === 'certain' ? 'certain' : 'possible' };
		});
	}

	/** An index over every record's recorded point (built on first use). */
	#all: LocatedIndex | null = null;
	#everything(): LocatedIndex {
		this.#all ??= new LocatedIndex(this.#features.map(located));
		return this.#all;
	}

	#overlay(parameter: 'region' | 'corridor', id: string): OverlayFeature {
		const overlay = this.findOverlay(id);
		if (!overlay) throw new OverlayQueryError(parameter, `no overlay has the id "${id}" (see /api/overlays)`);
		return overlay;
	}
}

/** What the proximity functions need of an incident: its recorded point and how far off it may be. */
function located(f: IncidentFeature): Located {
	const [lon, lat] = f.geometry.coordinates;
	return { id: f.id, lon, lat, uncertainty_km: f.properties.uncertainty_km };
}
