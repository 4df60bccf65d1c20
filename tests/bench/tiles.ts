import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { getOverlay } from '../../src/lib/data/overlays';
import type { IncidentFeature } from '../../src/lib/domain/incident';
import type { IncidentFilter } from '../../src/lib/domain/incident-query';
import { loadIncidents } from '../../src/lib/server/pg/load-incidents';
import { ClusterTileSource } from '../../src/lib/server/tiles/cluster-tile-source';
import { PostgisTileSource } from '../../src/lib/server/tiles/postgis-tile-source';
import type { TileSource } from '../../src/lib/server/tiles/tile-source';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { findPostgis, startCluster } from '../support/postgis';
import { prng } from '../support/prng';
import { startBuiltServer } from '../support/server';
import { syntheticIncidents, writeSyntheticIncidents } from '../support/synthetic-incidents';
import { tilesHolding } from '../support/vector-tiles';
import { timeToIdle } from './map-load';

/**
 * Vector tiles (reported, no budget): the time to make one tile at zooms 0–12 from 1,000,000
 * synthetic incidents in each store — each tile of a fixed, seeded set (the tiles holding 300
 * randomly chosen incidents) timed on its own, median and p99; for PostGIS under several filters
 * — and, at 100,000 incidents, the navigation to the map's first `idle` drawing tiles against the
 * GeoJSON path.
 */

export const TILE_ZOOMS = [0, 3, 6, 8, 10, 12] as const;

/** The filters PostGIS's tiles are timed under (the file store's: unfiltered only). */
export const TILE_FILTER_CASES: readonly { name: string; filter: IncidentFilter }[] = [
	{ name: 'unfiltered', filter: {} },
	// What a reader unticking one category sends: every other category.
	{ name: 'one category unticked', filter: { categories: ['suicide-bomb', 'remote-explosive', 'shelling-missile', 'air-drone-strike', 'armed-clash', 'campaign', 'threat', 'strategic-other'] } },
	{ name: 'one year (from/to)', filter: { from: '2015-01-01', to: '2015-12-31' } },
	{ name: 'text q=kabul', filter: { text: 'kabul' } }
];

/** Samples a zoom at least (`BENCH_TILE_SAMPLES`, default 60): each tile of the set is timed as many times over as that takes. */
const SAMPLES = Number(process.env.BENCH_TILE_SAMPLES ?? 60);

export interface TileTimes {
	filter: string;
	zoom: number;
	tiles: number;
	samples: number;
	medianMs: number;
	p99Ms: number;
	meanKb: number;
}

const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** Each tile of the set, `passes` times over (at least SAMPLES a zoom), each timed on its own, under each filter case. */
export async function timeTiles(source: TileSource, sample: readonly IncidentFeature[], cases: readonly { name: string; filter: IncidentFilter }[] = TILE_FILTER_CASES.slice(0, 1)): Promise<TileTimes[]> {
	const out: TileTimes[] = [];
	for (const { name, filter } of cases)
		for (const zoom of TILE_ZOOMS) {
			const tiles = tilesHolding(sample, zoom);
			const passes = Math.max(1, Math.ceil(SAMPLES / tiles.length));
			const ms: number[] = [];
			let bytes = 0;
			for (let pass = 0; pass < passes; pass++)
				for (const t of tiles) {
					const start = performance.now();
					const body = await source.tile(t, filter);
					ms.push(performance.now() - start);
					bytes += body.byteLength;
				}
			out.push({ filter: name, zoom, tiles: tiles.length, samples: ms.length, medianMs: quantile(ms, 0.5), p99Ms: quantile(ms, 0.99), meanKb: bytes / ms.length / 1024 });
		}
	return out;
}

export function sampleOf(features: readonly IncidentFeature[], n = 300): IncidentFeature[] {
	const random = prng(42);
	return Array.from({ length: n }, () => features[Math.floor(random() * features.length)]!);
}

/** The file store's tiles (supercluster + vt-pbf, in this process): index times, then tile times. */
export async function benchMemoryTiles(features: readonly IncidentFeature[]) {
	const source = new ClusterTileSource(async () => features);
	let start = performance.now();
	await source.index({});
	const indexMs = performance.now() - start;
	start = performance.now();
	await source.index({ categories: ['suicide-bomb', 'attack'] });
	const filteredIndexMs = performance.now() - start;
	return { indexMs, filteredIndexMs, times: await timeTiles(source, sampleOf(features)) };
}

/** The PostGIS tiles (`postgis-tile-source.ts`) over a throwaway cluster loaded with the same incidents, under each filter case. */
export async function benchPostgisTiles(features: IncidentFeature[]) {
	const cluster = await startCluster(findPostgis());
	const pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
	try {
		const start = performance.now();
		const steps: Record<string, number> = {};
		const progress = (step: string, seconds: number) => void (steps[step] = seconds);
		await loadIncidents(pool, { type: 'FeatureCollection', features }, { findOverlay: getOverlay, progress });
		const loadMs = performance.now() - start;
		const source = new PostgisTileSource(pool);
		await source.tile({ z: 0, x: 0, y: 0 }, {}); // warm, untimed
		return { loadMs, steps, times: await timeTiles(source, sampleOf(features), TILE_FILTER_CASES) };
	} finally {
		// The cluster's stop may end connections pool.end() has not closed yet: expected, ignored.
		pool.on('error', () => {});
		await pool.end();
		cluster.stop();
	}
}

/** Navigation to first map idle at `n` incidents: GeoJSON (the default below TILES_ABOVE) against tiles (TILES_ABOVE=0). */
export async function benchTileIdle(n = 100_000, runs = 3) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-tiles-'));
	const file = join(dir, 'incidents.geojson');
	writeSyntheticIncidents(file, n, 7);
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	const result: Record<'geojson' | 'tiles', number[]> = { geojson: [], tiles: [] };
	try {
		for (const mode of ['geojson', 'tiles'] as const) {
			const server = await startBuiltServer({ INCIDENTS_FILE: file, ...(mode === 'tiles' ? { TILES_ABOVE: '0' } : {}) }, 120_000);
			try {
				// The first answers wait for what the server makes at start-up: warm, untimed.
				await timeToIdle(browser, server.url, false);
				for (let i = 0; i < runs; i++) result[mode].push(await timeToIdle(browser, server.url, false));
			} finally {
				await server.stop();
			}
		}
	} finally {
		await browser.close();
		rmSync(dir, { recursive: true, force: true });
	}
	const median = (xs: number[]) => quantile(xs, 0.5);
	return { n, geojson: result.geojson, tiles: result.tiles, geojsonMedian: median(result.geojson), tilesMedian: median(result.tiles) };
}

/**
 * Every tile figure: both stores at `n` (1,000,000 by default), then the first idle at 100,000.
 * `parts` leaves some out (`tiles-alone.ts`: PostGIS only).
 */
export async function benchTiles(n = 1_000_000, parts: { memory?: boolean; postgis?: boolean; idle?: boolean } = {}) {
	const { memory = true, postgis = true, idle = true } = parts;
	const { features } = syntheticIncidents(n, 11);
	return {
		n,
		memory: memory ? await benchMemoryTiles(features) : null,
		postgis: postgis ? await benchPostgisTiles(features) : null,
		idle: idle ? await benchTileIdle() : null
	};
}

/** The figures as `npm run bench` prints them. */
export function printTiles(r: Awaited<ReturnType<typeof benchTiles>>): void {
	const rows = (times: TileTimes[]) => {
		let filter = '';
		for (const t of times) {
			if (t.filter !== filter) console.log(`    ${(filter = t.filter)}:`);
			console.log(
				`      zoom ${String(t.zoom).padStart(2)}: median ${t.medianMs.toFixed(1).padStart(7)} ms  p99 ${t.p99Ms.toFixed(1).padStart(7)} ms  (${t.tiles} tiles, ${t.samples} timed, ${t.meanKb.toFixed(1)} KB each on average)`
			);
		}
	};
	console.log(`Vector tiles from ${r.n.toLocaleString('en-US')} synthetic incidents (reported, no budget):`);
	if (r.memory) {
		console.log(`  file store (supercluster + vt-pbf, in-process): index ${(r.memory.indexMs / 1000).toFixed(1)} s unfiltered, ${(r.memory.filteredIndexMs / 1000).toFixed(1)} s for a new filter`);
		rows(r.memory.times);
	}
	if (r.postgis) {
		const steps = Object.entries(r.postgis.steps).map(([step, s]) => `${step} ${s.toFixed(1)} s`).join(', ');
		console.log(`  PostGIS (ST_AsMVT; loaded in ${(r.postgis.loadMs / 1000).toFixed(0)} s: ${steps}):`);
		rows(r.postgis.times);
	}
	if (r.idle) {
		const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
		console.log(`  navigation to first map idle at ${r.idle.n.toLocaleString('en-US')} incidents:`);
		console.log(`    GeoJSON path: median ${r.idle.geojsonMedian.toFixed(0)} ms  [${fmt(r.idle.geojson)}]`);
		console.log(`    tiles:        median ${r.idle.tilesMedian.toFixed(0)} ms  [${fmt(r.idle.tiles)}]  (ratio ${(r.idle.tilesMedian / r.idle.geojsonMedian).toFixed(2)})`);
	}
}
