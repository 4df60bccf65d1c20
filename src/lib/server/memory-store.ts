import { getOverlay } from '../data/overlays';
import { filterIncidents } from '../domain/filter-incidents';
import type { IncidentCollection, IncidentFeature } from '../domain/incident';
import type { IncidentQuery, ProximityQuery } from '../domain/incident-query';
import type { OverlayFeature } from '../domain/overlay';
import { inArea } from '../geo/in-area';
import { kNearest } from '../geo/k-nearest';
import { LocatedIndex } from '../geo/located-index';
import { nearLine } from '../geo/near-line';
import type { Located, ProximityHit } from '../geo/proximity';
import { withinRadius } from '../geo/within-radius';
import { OverlayQueryError, type IncidentQueryResult, type IncidentStore } from './incident-store';

/**
 * An IncidentStore over a validated collection held in memory (the file-backed default). The
 * spatial index is built once, here; overlays are looked up by id (`getOverlay` by default).
 */
export class MemoryIncidentStore implements IncidentStore {
	readonly #features: IncidentFeature[];
	readonly #byId: Map<string, IncidentFeature>;
	readonly #index: LocatedIndex;

	constructor(
		collection: IncidentCollection,
		private readonly findOverlay: (id: string) => OverlayFeature | undefined = getOverlay
	) {
		this.#features = [...collection.features].sort((a, b) =>
			a.properties.date_start.localeCompare(b.properties.date_start)
		);
		this.#byId = new Map(this.#features.map((f) => [f.id, f]));
		this.#index = new LocatedIndex(this.#features.map(located));
	}

	async list(query?: IncidentQuery): Promise<IncidentQueryResult> {
		if (!query) return { features: this.#features, hits: null, total: this.#features.length };
		const filtered = filterIncidents(this.#features, query);
		if (!query.proximity)
			return { features: filtered.slice(0, query.limit), hits: null, total: filtered.length };

		// Proximity combines with the filters: only filtered incidents may be hits.
		const allowed = new Set(filtered.map((f) => f.id));
		const hits = this.#proximity(query.proximity, filtered)
			.filter((h) => allowed.has(h.id))
			.sort((a, b) => a.distance_km - b.distance_km || a.id.localeCompare(b.id));
		const kept = hits.slice(0, query.limit);
		return {
			features: kept.map((h) => this.#byId.get(h.id)!),
			hits: new Map(kept.map((h) => [h.id, h])),
			total: hits.length
		};
	}

	async get(id: string): Promise<IncidentFeature | undefined> {
		return this.#byId.get(id);
	}

	#proximity(p: ProximityQuery, filtered: IncidentFeature[]): ProximityHit[] {
		switch (p.mode) {
			case 'near':
				return withinRadius(this.#index, p.center, p.radiusKm);
			case 'nearest': {
				// The k nearest among the filtered incidents, not the filtered k nearest of all.
				if (filtered.length === 0) return [];
				const index =
					filtered.length === this.#features.length ? this.#index : new LocatedIndex(filtered.map(located));
				return kNearest(index, p.center, p.k);
			}
			case 'region': {
				const area = this.#overlay('region', p.overlayId).geometry;
				if (area.type === 'Polygon' || area.type === 'MultiPolygon') return inArea(this.#index, area);
				throw new OverlayQueryError('region', `"${p.overlayId}" is a line overlay, not an area; use corridor=${p.overlayId}&radius_km=…`);
			}
			case 'corridor': {
				const line = this.#overlay('corridor', p.overlayId).geometry;
				if (line.type === 'LineString' || line.type === 'MultiLineString')
					return nearLine(this.#index, line, p.radiusKm);
				throw new OverlayQueryError('corridor', `"${p.overlayId}" is an area overlay, not a line; use region=${p.overlayId}`);
			}
		}
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
