import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { IncidentFeature } from '../../src/lib/domain/incident';
import type { TileAddress } from '../../src/lib/domain/tile-address';
import { TILE_LAYER, TILE_PROP } from '../../src/lib/domain/tile-schema';

export interface DecodedFeature {
	properties: Record<string, string | number | boolean>;
	/** Position in tile units (0..extent inside the tile). */
	x: number;
	y: number;
	extent: number;
}

/** The features of an incident tile's one layer, decoded with @mapbox/vector-tile (none for an empty tile). */
export function decodeTile(bytes: Uint8Array): DecodedFeature[] {
	if (bytes.byteLength === 0) return [];
	const tile = new VectorTile(new PbfReader(bytes));
	const names = Object.keys(tile.layers);
	if (names.join() !== TILE_LAYER) throw new Error(`expected the one layer "${TILE_LAYER}", got ${JSON.stringify(names)}`);
	const layer = tile.layers[TILE_LAYER]!;
	return Array.from({ length: layer.length }, (_, i) => {
		const f = layer.feature(i);
		const p = (f.loadGeometry() as { x: number; y: number }[][])[0]![0]!;
		return { properties: f.properties, x: p.x, y: p.y, extent: f.extent };
	});
}

/** The tile column and row at zoom `z` of a point (Web Mercator; rows from the north). */
export function tileOf([lon, lat]: readonly number[], z: number): TileAddress {
	const n = 2 ** z;
	const x = Math.min(n - 1, Math.floor(((lon! + 180) / 360) * n));
	const y = Math.max(0, Math.min(n - 1, Math.floor(((1 - Math.log(Math.tan(Math.PI / 4 + (lat! * Math.PI) / 360)) / Math.PI) / 2) * n)));
	return { z, x, y };
}

/** The distinct tiles at zoom `z` holding the features' points. */
export function tilesHolding(features: readonly IncidentFeature[], z: number): TileAddress[] {
	const tiles = new Map<string, TileAddress>();
	for (const f of features) {
		const t = tileOf(f.geometry.coordinates, z);
		tiles.set(`${t.x}/${t.y}`, t);
	}
	return [...tiles.values()];
}

/**
 * Every incident drawn at zoom `z`, over all its tiles: each cluster (by cluster_id) and each
 * single incident (by id) once, though a feature near an edge may be in two tiles' buffers.
 * Returns the total count, and the single incidents' properties by id.
 */
export async function zoomCensus(
	z: number,
	tile: (z: number, x: number, y: number) => Promise<Uint8Array>,
	/** Only the tiles over this box (west, south, east, north); the whole world by default. */
	box: [number, number, number, number] = [-180, -85.06, 180, 85.06]
) {
	const clusters = new Map<number, number>();
	const singles = new Map<string, DecodedFeature['properties']>();
	const nw = tileOf([box[0], box[3]], z);
	const se = tileOf([box[2], box[1]], z);
	for (let x = nw.x; x <= se.x; x++)
		for (let y = nw.y; y <= se.y; y++)
			for (const f of decodeTile(await tile(z, x, y))) {
				const p = f.properties;
				if (TILE_PROP.pointCount in p) clusters.set(Number(p[TILE_PROP.clusterId]), Number(p[TILE_PROP.pointCount]));
				else singles.set(String(p[TILE_PROP.id]), p);
			}
	let total = singles.size;
	for (const n of clusters.values()) total += n;
	return { total, clusters, singles };
}
