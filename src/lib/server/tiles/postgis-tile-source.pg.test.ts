import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticIncidents } from '../../../../tests/support/synthetic-variants';
import { testDatabase } from '../../../../tests/support/test-database';
import { decodeTile, zoomCensus } from '../../../../tests/support/vector-tiles';
import { loadCuratedIncidents } from '../../data/incidents';
import { getOverlay } from '../../data/overlays';
import { filterIncidents } from '../../domain/filter-incidents';
import type { IncidentFeature } from '../../domain/incident';
import type { IncidentFilter } from '../../domain/incident-query';
import { TILE_PROP } from '../../domain/tile-schema';
import { loadIncidents } from '../pg/load-incidents';
import { PostgisTileSource } from './postgis-tile-source';
import { pointRecords } from './tile-sources';

/**
 * The PostGIS tiles (`tile.sql`) hold what the file store's do: over a zoom, cluster counts and
 * single incidents add up to the filtered point records; filters apply; ids round-trip. (The
 * clusters themselves differ: a grid here, supercluster there.)
 */
const curated = loadCuratedIncidents().features;
const all = [...curated, ...syntheticIncidents(curated, 3000).features];
/** Web Mercator reaches ±85.0511°: a record beyond is in no tile. */
const points = pointRecords(all).filter((f: IncidentFeature) => Math.abs(f.geometry.coordinates[1]) < 85.05);
let db: Awaited<ReturnType<typeof testDatabase>>;
let source: PostgisTileSource;
const census = (z: number, filter: IncidentFilter = {}, box?: [number, number, number, number]) =>
	zoomCensus(z, (z, x, y) => source.tile({ z, x, y }, filter), box);

beforeAll(async () => {
	db = await testDatabase('tiles');
	await loadIncidents(db.pool, { type: 'FeatureCollection', features: all }, { findOverlay: getOverlay });
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
