import Supercluster from 'supercluster';
import { fromGeojsonVt } from 'vt-pbf';
import { filterIncidents } from '../../domain/filter-incidents';
import type { IncidentFeature, IncidentProperties } from '../../domain/incident';
import type { IncidentFilter } from '../../domain/incident-query';
import { tileLatitude, type TileAddress } from '../../domain/tile-address';
import { writeTileFilter } from '../../domain/write-tile-filter';
import { TILE_CLUSTER_MAX_ZOOM, TILE_CLUSTER_RADIUS_PX, TILE_EXTENT, TILE_LAYER, TILE_PROP } from '../../domain/tile-schema';
import { metresToPixelsAtZoom0 } from '../../map/incident-features';

/** What a cluster carries of its members: the deadliest one's category and figure. */
interface ClusterProps {
	category: string;
	fatalities: number;
}

type Index = Supercluster<IncidentProperties, ClusterProps>;

/** The category and figure of the deadlier of two (ties: the first category by id), as the PostGIS tiles pick (`tile-encode.sql`). */
export function deadlier(a: ClusterProps, b: Readonly<ClusterProps>): ClusterProps {
	return b.fatalities > a.fatalities || (b.fatalities === a.fatalities && b.category < a.category) ? b : a;
}

const EMPTY = new Uint8Array(0);

/**
 * Incident tiles made in-process for the file store: the incidents passing a filter are indexed
 * by supercluster (clusters at zooms 0..TILE_CLUSTER_MAX_ZOOM, then single points), once per
 * filter — the indexes of the last few filters are kept, least recently used dropped first —
 * and each tile is cut from the index and encoded by vt-pbf. The index holds the store's own
 * features (no copy); a tile's single incidents carry only what the map draws.
 */
export class ClusterTileSource {
	readonly #indexes = new Map<string, Promise<Index>>();

	constructor(
		/** The point records to tile (records placed only to an area are left to the map's area layer). */
		private readonly points: () => Promise<readonly IncidentFeature[]>,
		readonly keep = 4
	) {}

	async tile(address: TileAddress, filter: IncidentFilter): Promise<Uint8Array> {
		const index = await this.index(filter);
		const tile = index.getTile(address.z, address.x, address.y);
		if (!tile || tile.features.length === 0) return EMPTY;
		const features = tile.features.map((f) => {
			const tags = f.tags as Record<string, unknown>;
			if (tags.cluster) {
				return {
					type: f.type,
					geometry: f.geometry,
					id: f.id,
					tags: {
						[TILE_PROP.pointCount]: tags.point_count,
						[TILE_PROP.clusterId]: tags.cluster_id,
						[TILE_PROP.category]: tags.category,
						...(Number(tags.fatalities) >= 0 ? { [TILE_PROP.fatalities]: tags.fatalities } : {})
					}
				};
			}
			// The point's latitude, for its halo, from its place in the tile.
			const lat = tileLatitude(address, f.geometry[0]![1]);
			return { type: f.type, geometry: f.geometry, tags: pointTags(tags as unknown as IncidentProperties, lat) };
		});
		return fromGeojsonVt({ [TILE_LAYER]: { features } }, { version: 2, extent: TILE_EXTENT });
	}

	/** The index of the incidents passing `filter`: made on first use, then kept among the last `keep`. */
	index(filter: IncidentFilter): Promise<Index> {
		const key = writeTileFilter(filter).toString();
		let index = this.#indexes.get(key);
		if (index) this.#indexes.delete(key);
		else {
			index = this.points().then((all) => {
				const kept = Object.keys(filter).length ? filterIncidents(all, filter) : all;
				const sc: Index = new Supercluster<IncidentProperties, ClusterProps>({
					maxZoom: TILE_CLUSTER_MAX_ZOOM,
					radius: (TILE_CLUSTER_RADIUS_PX * TILE_EXTENT) / 512,
					extent: TILE_EXTENT,
					map: (p) => ({ category: p.category, fatalities: p.fatalities?.best ?? p.fatalities?.low ?? -1 }),
					reduce: (acc, p) => Object.assign(acc, deadlier(acc, p))
				});
				return sc.load(kept as IncidentFeature[]);
			});
			index.catch(() => this.#indexes.delete(key));
		}
		this.#indexes.set(key, index);
		while (this.#indexes.size > this.keep) this.#indexes.delete(this.#indexes.keys().next().value!);
		return index;
	}
}

/** A single incident's tile properties (`tile-schema.ts`). */
function pointTags(p: IncidentProperties, lat: number): Record<string, string | number> {
	const tags: Record<string, string | number> = {
		[TILE_PROP.id]: p.id,
		[TILE_PROP.category]: p.category,
		[TILE_PROP.kind]: p.kind,
		[TILE_PROP.geoPrecision]: p.geo_precision,
		[TILE_PROP.haloPxZ0]: metresToPixelsAtZoom0(p.uncertainty_km, lat)
	};
	const best = p.fatalities?.best ?? p.fatalities?.low ?? null;
	if (best !== null) tags[TILE_PROP.fatalities] = best;
	return tags;
}
