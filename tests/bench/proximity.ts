import type { Polygon } from 'geojson';
import { inArea } from '../../src/lib/geo/in-area';
import { kNearest } from '../../src/lib/geo/k-nearest';
import { LocatedIndex } from '../../src/lib/geo/located-index';
import { naive } from '../../src/lib/geo/naive-proximity';
import type { Located, LonLat } from '../../src/lib/geo/proximity';
import { withinRadius } from '../../src/lib/geo/within-radius';
import { prng } from '../support/prng';

/**
 * Proximity queries on synthetic incidents (seeded, clustered like the real data: most around a
 * few hundred city centres in 25–50°N, 40–80°E, some uniform worldwide; uncertainty from
 * {0.5, 2, 12, 50, 300} km, 3% at 300): index build time and memory, and query latency, indexed vs the naive
 * Turf scan. Query centres are drawn like incidents (mostly in cities), so queries return hits.
 */

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const QUERIES = 500;
/** Naive runs per size: the scan is slow, so fewer at 1M (the in-area scan most of all). */
const NAIVE = { 10_000: [100, 10], 100_000: [40, 3], 1_000_000: [20, 1] } as Record<number, [number, number]>;
/** Uncertainty (km) and its share: mostly neighbourhood- to city-level, a few region-level records. */
const UNCERTAINTY: [km: number, share: number][] = [[0.5, 0.25], [2, 0.35], [12, 0.25], [50, 0.12], [300, 0.03]];
const CITIES = 300;

export interface ProximityFigures {
	size: number;
	/** Indexed ÷ naive p50 speedups at this size. */
	radiusSpeedup: number;
	nearestSpeedup: number;
	radiusP50: number;
	/** The wider radius, reported (its cost grows with the hits it returns, ~0.2 ms per 1,000). */
	radius50P50: number;
	radius50Speedup: number;
	radius50Hits: number;
	nearestP50: number;
	/** The same radius-10-km query over the same points, all placed to the site (u = 0.5 km). */
	preciseRadiusP50: number;
	preciseRadiusSpeedup: number;
	preciseRadiusHits: number;
}

function gaussian(rnd: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}

function world(seed: number) {
	const rnd = prng(seed);
	const cities = Array.from({ length: CITIES }, () => ({
		lon: 40 + rnd() * 40,
		lat: 25 + rnd() * 25,
		spreadKm: 3 + rnd() * 30
	}));
	const place = (): LonLat => {
		if (rnd() < 0.1) return [-180 + rnd() * 360, Math.asin(2 * rnd() - 1) * (180 / Math.PI)];
		const c = cities[Math.floor(rnd() * CITIES)]!;
		const dy = (gaussian(rnd) * c.spreadKm) / 111.2;
		const dx = (gaussian(rnd) * c.spreadKm) / (111.2 * Math.cos((c.lat * Math.PI) / 180));
		return [Math.max(-180, Math.min(180, c.lon + dx)), Math.max(-90, Math.min(90, c.lat + dy))];
	};
	const incidents = (n: number): Located[] =>
		Array.from({ length: n }, (_, i) => {
			const [lon, lat] = place();
			let r = rnd();
			const [u] = UNCERTAINTY.find(([, share]) => (r -= share) < 0) ?? [300];
			return { id: `inc-${i}`, lon, lat, uncertainty_km: u };
		});
	/** A ~100 km box (4 edges) centred on `c`. */
	const box = ([lon, lat]: LonLat): Polygon => {
		const dy = 50 / 111.2;
		const dx = 50 / (111.2 * Math.cos((lat * Math.PI) / 180));
		const [w, s, e, n] = [lon - dx, Math.max(-89, lat - dy), lon + dx, Math.min(89, lat + dy)];
		return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
	};
	return { incidents, place, box };
}

function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown): number[] {
	return inputs.map((input) => {
		const t = performance.now();
		run(input);
		return performance.now() - t;
	});
}

function quantile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

const gc = (globalThis as { gc?: () => void }).gc;

export async function benchProximity(): Promise<ProximityFigures[]> {
	const figures: ProximityFigures[] = [];
	const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(1) : x.toFixed(0)).padStart(8);
	console.log('Proximity queries, synthetic incidents (ms; p50 / p99; naive = Turf scan of every item):');
	console.log(gc ? '  memory = heapUsed + arrayBuffers delta, after global.gc()' : '  memory delta without gc (run node with --expose-gc for a cleaner figure)');
	console.log(`  ${'n'.padStart(9)} ${'build'.padStart(8)} ${'mem MB'.padStart(8)}  query        ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'naive p50'.padStart(10)} ${'naive p99'.padStart(10)} ${'speedup'.padStart(8)}  hits`);
	for (const n of SIZES) {
		const w = world(n);
		const items = w.incidents(n);
		const centres = Array.from({ length: QUERIES }, () => w.place());
		const used = () => {
			gc?.();
			const m = process.memoryUsage();
			return m.heapUsed + m.arrayBuffers; // kdbush keeps its tree in ArrayBuffers
		};
		const heapBefore = used();
		const t0 = performance.now();
		const index = new LocatedIndex(items);
		const build = performance.now() - t0;
		const heapMb = (used() - heapBefore) / 1e6;
		const [naiveRuns, naiveAreaRuns] = NAIVE[n] ?? [20, 2];
		const queries = [
			{
				name: 'radius 10 km',
				indexed: (c: LonLat) => withinRadius(index, c, 10),
				naive: (c: LonLat) => naive.withinRadius(items, c, 10),
				runs: naiveRuns
			},
			{
				name: 'radius 50 km',
				indexed: (c: LonLat) => withinRadius(index, c, 50),
				naive: (c: LonLat) => naive.withinRadius(items, c, 50),
				runs: naiveRuns
			},
			{
				name: 'k-nearest 10',
				indexed: (c: LonLat) => kNearest(index, c, 10),
				naive: (c: LonLat) => naive.kNearest(items, c, 10),
				runs: naiveRuns
			},
			{
				name: 'in-area 100 km',
				indexed: (c: LonLat) => inArea(index, w.box(c)),
				naive: (c: LonLat) => naive.inArea(items, w.box(c)),
				runs: naiveAreaRuns
			}
		];
		let first = true;
		const row: Partial<ProximityFigures> = { size: n };
		for (const q of queries) {
			const hits = centres.slice(0, 50).reduce((sum, c) => sum + q.indexed(c).length, 0) / 50;
			const fast = timeEach(centres, q.indexed);
			const slow = timeEach(centres.slice(0, q.runs), q.naive);
			const [p50, p99, n50, n99] = [quantile(fast, 0.5), quantile(fast, 0.99), quantile(slow, 0.5), quantile(slow, 0.99)];
			const lead = first ? `${String(n).padStart(9)} ${ms(build)} ${heapMb.toFixed(1).padStart(8)}` : ' '.repeat(27);
			console.log(`  ${lead}  ${q.name.padEnd(14)} ${ms(p50)} ${ms(p99)} ${ms(n50).padStart(10)} ${ms(n99).padStart(10)} ${(n50 / p50).toFixed(0).padStart(7)}×  ${hits.toFixed(0)}`);
			if (q.name === 'radius 10 km') Object.assign(row, { radiusP50: p50, radiusSpeedup: n50 / p50 });
			if (q.name === 'radius 50 km') Object.assign(row, { radius50P50: p50, radius50Speedup: n50 / p50, radius50Hits: hits });
			if (q.name.startsWith('k-nearest')) Object.assign(row, { nearestP50: p50, nearestSpeedup: n50 / p50 });
			first = false;
		}
		// The index alone: the same points all placed to the site, so a hit is a point within R + 0.5 km.
		const precise = items.map((it) => ({ ...it, uncertainty_km: 0.5 }));
		const preciseIndex = new LocatedIndex(precise);
		const fast = timeEach(centres, (c) => withinRadius(preciseIndex, c, 10));
		const slow = timeEach(centres.slice(0, naiveRuns), (c) => naive.withinRadius(precise, c, 10));
		const hits = centres.slice(0, 50).reduce((sum, c) => sum + withinRadius(preciseIndex, c, 10).length, 0) / 50;
		const [p50, p99, n50] = [quantile(fast, 0.5), quantile(fast, 0.99), quantile(slow, 0.5)];
		console.log(`  ${' '.repeat(27)}  ${'radius 10 km*'.padEnd(14)} ${ms(p50)} ${ms(p99)} ${ms(n50).padStart(10)} ${''.padStart(10)} ${(n50 / p50).toFixed(0).padStart(7)}×  ${hits.toFixed(0)}`);
		Object.assign(row, { preciseRadiusP50: p50, preciseRadiusSpeedup: n50 / p50, preciseRadiusHits: hits });
		figures.push(row as ProximityFigures);
	}
	console.log('  * the same points, all placed to the site (uncertainty 0.5 km): the cost of the index alone.');
	console.log('    With mixed precision a query also returns every wide-uncertainty record whose circle reaches it;');
	console.log('    its cost is then the exact Turf distance of each hit (~0.2 ms per 1,000).');
	return figures;
}
