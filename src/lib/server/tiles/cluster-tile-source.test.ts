import { describe, expect, it } from 'vitest';
import { decodeTile, zoomCensus } from '../../../../tests/support/vector-tiles';
import { syntheticIncidents } from '../../../../tests/support/synthetic-variants';
import { loadCuratedIncidents } from '../../data/incidents';
import { filterIncidents } from '../../domain/filter-incidents';
import type { IncidentFeature } from '../../domain/incident';
import type { IncidentFilter } from '../../domain/incident-query';
import { TILE_PROP } from '../../domain/tile-schema';
import { ClusterTileSource, deadlier } from './cluster-tile-source';
import { pointRecords } from './tile-sources';

/** Web Mercator reaches ±85.0511°: a record beyond is in no tile. */
const inMercator = (f: IncidentFeature) => Math.abs(f.geometry.coordinates[1]) < 85.05;
const curated = loadCuratedIncidents().features;
const points = pointRecords([...curated, ...syntheticIncidents(curated, 3000).features]).filter(inMercator);
const source = new ClusterTileSource(async () => points);
const census = (z: number, filter: IncidentFilter = {}, box?: [number, number, number, number]) =>
	zoomCensus(z, (z, x, y) => source.tile({ z, x, y }, filter), box);

describe('ClusterTileSource', () => {
	it('clusters at low zoom, and the counts of a zoom add up to every point record', async () => {
		for (const z of [0, 3, 6]) {
			const { total, clusters } = await census(z);
			expect(total, `zoom ${z}`).toBe(points.length);
			expect(clusters.size, `zoom ${z}`).toBeGreaterThan(0);
		}
	});

	it('applies the filters: only matching incidents are counted and drawn', async () => {
		const filter: IncidentFilter = { categories: ['suicide-bomb', 'threat'], from: '2018-01-01' };
		const expected = filterIncidents(points, filter);
		expect(expected.length).toBeGreaterThan(50);
		expect(expected.length).toBeLessThan(points.length / 2);
		const { total, clusters, singles } = await census(4, filter);
		expect(total).toBe(expected.length);
		expect(clusters.size).toBeGreaterThan(0);
		for (const p of singles.values()) expect(['suicide-bomb', 'threat']).toContain(p[TILE_PROP.category]);
		expect((await census(2, { categories: [] })).total).toBe(0);
	});

	it('carries each single incident whole enough to draw and open it: ids round-trip', async () => {
		// Past the clustering zooms every incident is its own feature.
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

	it('gives a cluster the category of its deadliest member', () => {
		expect(deadlier({ category: 'threat', fatalities: 2 }, { category: 'attack', fatalities: 9 })).toEqual({ category: 'attack', fatalities: 9 });
		expect(deadlier({ category: 'threat', fatalities: 9 }, { category: 'attack', fatalities: 9 }).category).toBe('attack');
		expect(deadlier({ category: 'attack', fatalities: -1 }, { category: 'threat', fatalities: -1 }).category).toBe('attack');
	});

	it('answers a tile with no incident with zero bytes', async () => {
		// Zoom 8 over the South Atlantic.
		expect(decodeTile(await source.tile({ z: 8, x: 110, y: 160 }, {}))).toEqual([]);
		expect((await source.tile({ z: 8, x: 110, y: 160 }, {})).byteLength).toBe(0);
	});
});
