import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { syntheticIncidents } from '../../../../tests/support/synthetic-variants';
import { testDatabase } from '../../../../tests/support/test-database';
import { decodeTile, tilesHolding, zoomCensus } from '../../../../tests/support/vector-tiles';
import { loadCuratedIncidents } from '../../data/incidents';
import { getOverlay } from '../../data/overlays';
import { filterIncidents } from '../../domain/filter-incidents';
import type { IncidentFeature } from '../../domain/incident';
import { NO_CLAIM, UNKNOWN_PERPETRATOR, type IncidentFilter } from '../../domain/incident-query';
import type { TileAddress } from '../../domain/tile-address';
import { TILE_PROP } from '../../domain/tile-schema';
import { loadIncidents } from '../pg/load-incidents';
import { TILE_GRID } from '../pg/tile-grid';
import { PostgisTileSource } from './postgis-tile-source';
import { pointRecords } from './tile-sources';

/**
 * The PostGIS tiles hold what the file store's do: over a zoom, cluster counts and single
 * incidents add up to the filtered point records; filters apply; ids round-trip. (The clusters
 * themselves differ: a grid here, supercluster there.) And the grid precomputed at load
 * (`clustersTile`) draws, tile for tile, exactly what the points draw (`pointsTile`), through
 * later loads, a failed load, and a database migrated with data in it.
 */
const curated = loadCuratedIncidents().features;
const all = [...curated, ...syntheticIncidents(curated, 3000).features];
/** Web Mercator reaches ±85.0511°: a record beyond is in no tile. */
const mapped = (features: readonly IncidentFeature[]) =>
	pointRecords(features).filter((f: IncidentFeature) => Math.abs(f.geometry.coordinates[1]) < 85.05);
const points = mapped(all);
const ZOOMS = Array.from({ length: TILE_GRID.maxZoom + 1 }, (_, z) => z);
/** The filters the grid answers (tile() takes them to it), and some it leaves to the points. */
const GRID_FILTERS: IncidentFilter[] = [
	{ categories: ['suicide-bomb', 'armed-clash', 'attack'] },
	{ countries: ['AFG', 'TJK'] },
	{ categories: ['remote-explosive', 'threat', 'attack'], countries: ['AFG', 'UZB', 'KGZ'] },
	{ categories: [] }
];
const POINT_FILTERS: IncidentFilter[] = [{ from: '2018-01-01' }, { categories: ['attack'], minFatalities: 5 }, { text: 'kabul' }];

let db: Awaited<ReturnType<typeof testDatabase>>;
let source: PostgisTileSource;
const census = (z: number, filter: IncidentFilter = {}, box?: [number, number, number, number]) =>
	zoomCensus(z, (z, x, y) => source.tile({ z, x, y }, filter), box);
const load = (features: IncidentFeature[]) => loadIncidents(db.pool, { type: 'FeatureCollection', features }, { findOverlay: getOverlay });

/** What a tile draws, in a comparable order: each feature's properties and position. */
function drawn(bytes: Uint8Array) {
	const key = (f: Record<string, unknown>) => String(f[TILE_PROP.clusterId] ?? f[TILE_PROP.id]);
	return decodeTile(bytes)
		.map((f): Record<string, unknown> => ({ ...f.properties, x: f.x, y: f.y }))
		.sort((a, b) => key(a).localeCompare(key(b)));
}

/** How many incidents a tile draws (its clusters' counts and its single incidents). */
const countOf = (features: ReturnType<typeof drawn>) => features.reduce((n, f) => n + Number(f[TILE_PROP.pointCount] ?? 1), 0);

/**
 * At zoom `z`, every tile holding one of `features` (every `every`th of them): the grid's tile is
 * the points' tile, feature for feature (properties and positions). Returns how many incidents
 * those tiles draw.
 */
async function expectGridDrawsPoints(z: number, filter: IncidentFilter, features = points, every = 1): Promise<number> {
	const tiles = tilesHolding(features, z).filter((_, i) => i % every === 0);
	let total = 0;
	// A few at a time (the pool's connections).
	for (let i = 0; i < tiles.length; i += 4)
		await Promise.all(
			tiles.slice(i, i + 4).map(async (t) => {
				const grid = drawn(await source.clustersTile(t, filter));
				expect(grid, `${z}/${t.x}/${t.y} ${JSON.stringify(filter)}`).toEqual(drawn(await source.pointsTile(t, filter)));
				total += countOf(grid);
			})
		);
	return total;
}

/** A tile that holds many incidents at zoom `z` (over the synthetic centres in Central Asia). */
const busy = (z: number): TileAddress => tilesHolding([points.find((f) => f.id.startsWith('synthetic'))!], z)[0]!;

beforeAll(async () => {
	db = await testDatabase('tiles');
	await load(all);
	source = new PostgisTileSource(db.pool);
});
afterAll(() => db?.drop());

describe('PostgisTileSource', () => {
	it('clusters at low zoom, and the counts of a zoom add up to every point record', async () => {
		for (const z of [0, 3, 5]) {
			const { total, clusters } = await census(z);
			expect(total, `zoom ${z}`).toBe(points.length);
			expect(clusters.size, `zoom ${z}`).toBeGreaterThan(0);
		}
	});

	it('applies the filters: only matching incidents are counted and drawn', async () => {
		const filter: IncidentFilter = { categories: ['suicide-bomb', 'threat'], from: '2018-01-01', text: 'kabul' };
		const expected = filterIncidents(points, filter);
		expect(expected.length).toBeGreaterThan(10);
		const { total, singles } = await census(4, filter);
		expect(total).toBe(expected.length);
		for (const p of singles.values()) expect(['suicide-bomb', 'threat']).toContain(p[TILE_PROP.category]);
		expect((await census(2, { categories: [] })).total).toBe(0);
		// The other filters, each read from the tile points' own columns.
		const perpetrator = points.find((f) => f.properties.perpetrator)!.properties.perpetrator!;
		const others: IncidentFilter = { perpetrators: [perpetrator, UNKNOWN_PERPETRATOR], claims: ['claimed', NO_CLAIM], minFatalities: 2, to: '2022-12-31' };
		expect(filterIncidents(points, others).length).toBeGreaterThan(10);
		expect((await census(3, others)).total).toBe(filterIncidents(points, others).length);
	});

	it('carries each single incident whole enough to draw and open it: ids round-trip', async () => {
		const filter: IncidentFilter = { countries: ['AFG'], bbox: [66, 33, 71, 37] };
		const kept = filterIncidents(points, filter);
		expect(kept.length).toBeGreaterThan(20);
		const { total, clusters, singles } = await census(12, filter, filter.bbox);
		expect(clusters.size).toBe(0);
		expect(total).toBe(kept.length);
		for (const f of kept) {
			const p = singles.get(f.id)!;
			expect(p, f.id).toBeDefined();
			expect(p[TILE_PROP.category]).toBe(f.properties.category);
			expect(p[TILE_PROP.kind]).toBe(f.properties.kind);
			expect(p[TILE_PROP.geoPrecision]).toBe(f.properties.geo_precision);
			expect(p[TILE_PROP.fatalities]).toBe(f.properties.fatalities?.best ?? f.properties.fatalities?.low ?? undefined);
		}
	});

	it('answers a tile with no incident with zero bytes', async () => {
		const empty = await source.tile({ z: 8, x: 110, y: 160 }, {});
		expect(empty.byteLength).toBe(0);
		expect(decodeTile(empty)).toEqual([]);
	});
});

describe('the grid precomputed at load', () => {
	it('draws, tile for tile, what the points draw at every cluster zoom, and every point once', async () => {
		// Every tile holding a point up to zoom 7; deeper (thousands of tiles), a quarter of them.
		for (const z of ZOOMS)
			if (z <= 7) expect(await expectGridDrawsPoints(z, {}), `zoom ${z}`).toBe(points.length);
			else expect(await expectGridDrawsPoints(z, {}, points, 4), `zoom ${z}`).toBeGreaterThan(points.length / 8);
	});

	it('does so for the filters it answers: categories, countries, both, an empty list', async () => {
		for (const filter of GRID_FILTERS) {
			for (const z of [0, 3, 6])
				expect(await expectGridDrawsPoints(z, filter), `zoom ${z} ${JSON.stringify(filter)}`).toBe(filterIncidents(points, filter).length);
			// Deeper, a tenth of the tiles (each all but alone there).
			await expectGridDrawsPoints(TILE_GRID.maxZoom, filter, points, 10);
		}
	});

	it('single incidents drawn from the grid carry what the points give them', async () => {
		const lone = (await Promise.all(tilesHolding(points, TILE_GRID.maxZoom).map((t) => source.clustersTile(t, {})))).flatMap((b) =>
			decodeTile(b).filter((f) => !(TILE_PROP.pointCount in f.properties))
		);
		expect(lone.length).toBeGreaterThan(100);
		const byId = new Map(points.map((f) => [f.id, f]));
		for (const { properties: p } of lone) {
			const f = byId.get(String(p[TILE_PROP.id]))!;
			expect(p[TILE_PROP.category]).toBe(f.properties.category);
			expect(p[TILE_PROP.kind]).toBe(f.properties.kind);
			expect(p[TILE_PROP.geoPrecision]).toBe(f.properties.geo_precision);
			expect(Number(p[TILE_PROP.haloPxZ0])).toBeGreaterThanOrEqual(0);
		}
	});

	it('refuses what it cannot answer: a filter of another kind, a zoom past the clusters', async () => {
		await expect(source.clustersTile({ z: 3, x: 5, y: 3 }, { from: '2018-01-01' })).rejects.toThrow(/filter/);
		await expect(source.clustersTile({ z: TILE_GRID.maxZoom + 1, x: 0, y: 0 }, {})).rejects.toThrow(/z: 12/);
	});
});

describe('which tables answer a tile', () => {
	// The grid made wrong on purpose: where tile() reads it, its tiles differ from the points'.
	const spoil = () => db.pool.query('UPDATE tile_clusters SET point_count = point_count + 1000');
	const same = async (t: TileAddress, filter: IncidentFilter) =>
		JSON.stringify(drawn(await source.tile(t, filter))) === JSON.stringify(drawn(await source.pointsTile(t, filter)));

	it('tile() reads the grid for no filter, categories and countries, and the points for other filters and past the clusters', async () => {
		await spoil();
		for (const filter of [{}, ...GRID_FILTERS.slice(0, 3)]) expect(await same(busy(5), filter), JSON.stringify(filter)).toBe(false);
		for (const filter of POINT_FILTERS) expect(await same(busy(5), filter), JSON.stringify(filter)).toBe(true);
		expect(await same(busy(TILE_GRID.maxZoom + 1), {})).toBe(true);
	});

	it('a second load rebuilds the grid from its own data', async () => {
		const next = [...curated, ...syntheticIncidents(curated, 1500, 21).features];
		await load(next);
		for (const z of [0, 5, TILE_GRID.maxZoom]) expect(await expectGridDrawsPoints(z, {}, mapped(next)), `zoom ${z}`).toBe(mapped(next).length);
		expect((await census(3)).total).toBe(mapped(next).length);
	});

	it('a load that fails changes no tile', async () => {
		await load(all);
		const before = await Promise.all([0, 5, 9].map((z) => source.tile(busy(z), {})));
		const broken = all.map((f) => ({ ...f, id: `broken-${f.id}`, properties: { ...f.properties, id: `broken-${f.id}` } }));
		broken.push({ ...broken[0]! });
		await expect(load(broken)).rejects.toThrow(/unique/);
		expect(await Promise.all([0, 5, 9].map((z) => source.tile(busy(z), {})))).toEqual(before);
		expect(await expectGridDrawsPoints(6, {})).toBe(points.length);
	});

	it('tables built on another grid (another version of the app) leave the tiles to the points', async () => {
		await spoil();
		await db.pool.query('UPDATE tile_build SET grid_cells = grid_cells + 1');
		for (const filter of [{}, GRID_FILTERS[0]!]) expect(await same(busy(5), filter), JSON.stringify(filter)).toBe(true);
	});

	it('tables not built from the serving data (a load by an older app) are rebuilt by the first tile', async () => {
		await spoil();
		await db.pool.query('UPDATE incident_summary SET version = gen_random_uuid()');
		expect((await census(4)).total).toBe(points.length);
		const { rows } = await db.pool.query('SELECT t.grid_cells FROM tile_build t JOIN incident_summary s USING (version)');
		expect(rows).toEqual([{ grid_cells: TILE_GRID.cells }]);
		expect(await same(busy(5), {})).toBe(true);
	});

	it('a database migrated to 005 with data in it gets its tile tables on the first tile', async () => {
		// As it was before 005: no tile tables; then a new instance of the app starts.
		await db.pool.query('DROP TABLE incident_tile_points, tile_clusters, tile_build');
		await db.pool.query('DROP FUNCTION tile_key, tile_spread_bits');
		await db.pool.query("DELETE FROM schema_migrations WHERE name LIKE '005-%'");
		// The new instance's own pool: an instance migrates once per pool (`migratedOnce`).
		const instancePool = new pg.Pool({ connectionString: db.url, max: 4 });
		try {
			source = new PostgisTileSource(instancePool);
			expect((await census(3)).total).toBe(points.length);
			for (const z of [0, 7]) expect(await expectGridDrawsPoints(z, {}), `zoom ${z}`).toBe(points.length);
		} finally {
			source = new PostgisTileSource(db.pool);
			await instancePool.end();
		}
	});
});
