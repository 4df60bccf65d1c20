import { startBuiltServer } from '../support/server';
import { benchHttpLoad } from './http-load';
import { benchMapLoad } from './map-load';
import { benchClientJs } from './client-js';
import { benchProximity } from './proximity';
import { benchLargeDataset } from './large-dataset';
import { benchStores, printStoreFigures } from './stores';
import { benchTiles, printTiles } from './tiles';

/**
 * `npm run bench`: measured figures and their budgets, each a ratio or size measured in this run.
 * Exits 1 when a budget is exceeded.
 */

const BUDGET = { idleRatio: 1.25, appJsKb: 60, proximitySpeedup: 100, proximityP50Ms: 1, nearReqPerSec: 5000, nearP99Ms: 20 };

const server = await startBuiltServer();
let failed = false;
const check = (ok: boolean) => {
	failed ||= !ok;
	return ok ? 'within budget' : 'OVER BUDGET';
};

try {
	console.log(`Built server at ${server.url}\n`);
	const load = await benchMapLoad(server.url);
	const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
	console.log('Navigation to first map idle (ms, 1280×800, headless Chromium + SwiftShader):');
	console.log(`  bare MapLibre, same basemap: median ${load.bareMedian.toFixed(0)}  [${fmt(load.bare)}]`);
	console.log(`  Incident Map /:              median ${load.appMedian.toFixed(0)}  [${fmt(load.app)}]`);
	console.log(`  ratio ${load.ratio.toFixed(2)} (budget ≤ ${BUDGET.idleRatio}): ${check(load.ratio <= BUDGET.idleRatio)}\n`);

	const js = await benchClientJs(server.url);
	const kb = (x: number) => `${x.toFixed(1).padStart(7)} KB`;
	console.log('Client JavaScript / loads before the map\'s first idle (gzip -9):');
	for (const s of js.scripts) console.log(`  ${kb(s.kb)}  ${s.maplibre ? '[maplibre] ' : ''}${s.path}`);
	console.log(`  app code beyond maplibre-gl: ${js.appKb.toFixed(1)} KB (budget ≤ ${BUDGET.appJsKb} KB): ${check(js.appKb <= BUDGET.appJsKb)}`);
	console.log(`  maplibre-gl (bundle + worker): ${js.maplibreKb.toFixed(1)} KB`);
	console.log(`  (reported) panels fetched when a reader opens them: ${js.onDemandKb.toFixed(1)} KB in ${js.onDemand.length} chunks`);
	console.log(`  (reported) everything / can load: ${(js.appKb + js.onDemandKb).toFixed(1)} KB beyond maplibre-gl`);

	const uncached = await startBuiltServer({ MICRO_CACHE_MS: '0' });
	const http = await benchHttpLoad(
		{ url: server.url, pid: server.process.pid },
		{ url: uncached.url, pid: uncached.process.pid }
	).finally(() => uncached.stop());
	console.log('\nHTTP load on loopback (autocannon in this process, 10 connections, 5 s each after 1 s of warm-up;');
	console.log('the server is one Node process; "per core" = requests per second of the server\'s own CPU time):');
	for (const f of http) {
		const perCore = f.requestsPerCpuSecond === null ? '' : `  per core ${f.requestsPerCpuSecond.toFixed(0)} req/s (${f.cpuMsPerRequest!.toFixed(3)} ms CPU each)`;
		console.log(
			`  ${f.name.padEnd(30)} ${f.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  max ${f.maxMs} ms${perCore}`
		);
		const failures = f.errors + f.unexpected;
		console.log(`  ${''.padEnd(30)} ${f.requests} requests, ${f.errors} errors, ${f.unexpected} of another status: ${check(failures === 0)}`);
		if (f.goal)
			console.log(
				`  ${''.padEnd(30)} goal ≥ ${BUDGET.nearReqPerSec} req/s with p99 < ${BUDGET.nearP99Ms} ms, as measured: ${check(f.requestsPerSecond >= BUDGET.nearReqPerSec && f.p99Ms < BUDGET.nearP99Ms)}`
			);
	}
} finally {
	await server.stop();
}

console.log('');
const large = await benchLargeDataset();
console.log(`${large.n.toLocaleString('en-US')} synthetic incidents served with INCIDENTS_FILE (reported, no budget):`);
console.log(`  page HTML ${large.pageKb.toFixed(0)} KB; fetched after: digests ${large.digestsKb.toFixed(0)} KB, map points ${large.pointsKb.toFixed(0)} KB (gzip)`);
console.log(`  navigation to first map idle: median ${large.idleMedian.toFixed(0)} ms  [${large.idle.map((x) => x.toFixed(0)).join(', ')}]\n`);

printTiles(await benchTiles());
console.log('');

const proximity = await benchProximity();
const million = proximity.find((f) => f.size === 1_000_000);
if (million) {
	const { speedup, p50 } = { speedup: BUDGET.proximitySpeedup, p50: BUDGET.proximityP50Ms };
	console.log(`At 1M incidents (budget: ≥ ${speedup}× the naive scan and p50 < ${p50} ms):`);
	console.log(`  radius 10 km, precisely placed: ${million.preciseRadiusSpeedup.toFixed(0)}×, p50 ${million.preciseRadiusP50.toFixed(3)} ms (${million.preciseRadiusHits.toFixed(0)} hits): ${check(million.preciseRadiusSpeedup >= speedup && million.preciseRadiusP50 < p50)}`);
	console.log(`  (reported) radius 10 km, mixed precision: ${million.radiusSpeedup.toFixed(0)}×, p50 ${million.radiusP50.toFixed(3)} ms`);
	console.log(`  k-nearest 10: ${million.nearestSpeedup.toFixed(0)}×, p50 ${million.nearestP50.toFixed(3)} ms: ${check(million.nearestSpeedup >= speedup && million.nearestP50 < p50)}`);
	console.log(
		`  (reported, no budget) radius 50 km in dense cities: ${million.radius50Speedup.toFixed(0)}×, p50 ${million.radius50P50.toFixed(2)} ms for ${million.radius50Hits.toFixed(0)} hits — its cost is the exact Turf distance of every hit`
	);
}

// Both stores at a million incidents (reported, no budget): loading, and each query kind's p50 / p99.
const storeSize = Number(process.env.BENCH_STORE_SIZE ?? 1_000_000);
console.log('');
printStoreFigures(storeSize, await benchStores(storeSize));
process.exit(failed ? 1 : 0);
