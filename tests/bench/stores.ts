import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getOverlay, OVERLAY_IDS } from '../../src/lib/data/overlays';
import { findPostgis, startCluster } from '../support/postgis';
import { prng } from '../support/prng';
import { syntheticFeatures, writeSyntheticIncidentFiles } from '../support/synthetic-incidents';

/**
 * Both stores at a million incidents (`tests/support/synthetic-incidents.ts`, seeded; written as
 * four files): the file store loading them (validated, indexed: time and the process's RSS), and
 * `npm run data:load` loading them into a throwaway PostGIS cluster (time and peak RSS), then the
 * same seeded queries asked of each store through the IncidentStore interface (not over HTTP:
 * the API's answer cache would serve repeats), medians and p99 per kind.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const NODE_ARGS = ['--import', 'tsx', '--import', './src/lib/server/pg/raw-import.mjs'];
/** Queries per kind; `region` is fewer: at 1M each of its answers counts 10^5 matches and more. */
const COUNTS = { near: 200, nearest: 200, bbox: 200, region: 20 };
const AREAS = OVERLAY_IDS.filter((id) => /Polygon/.test(getOverlay(id)!.geometry.type));

export interface StoreFigures {
	store: 'file' | 'postgis';
	loadSeconds: number;
	/** The store's process: the file store's server-side memory; for PostGIS, data:load's peak. */
	rssMb: number;
	queries: { kind: string; count: number; p50: number; p99: number; meanTotal: number }[];
}

/** A seeded query set: centres at incidents' own points (so queries find incidents), limit 100 as a list asks. */
function querySet(n: number, seed: number): { kind: string; text: string }[] {
	const rnd = prng(seed);
	const wanted = new Set(Array.from({ length: COUNTS.near + COUNTS.nearest + COUNTS.bbox }, () => Math.floor(rnd() * n)));
	const centres: [number, number][] = [];
	let i = 0;
	for (const f of syntheticFeatures(n, 7)) if (wanted.has(i++)) centres.push(f.geometry.coordinates);
	const shuffled = centres.sort(() => rnd() - 0.5);
	const at = (k: number) => shuffled[k % shuffled.length]!.join(',');
	const queries: { kind: string; text: string }[] = [];
	for (let k = 0; k < COUNTS.near; k++) queries.push({ kind: 'near', text: `near=${at(k)}&radius_km=${[0.5, 1, 2][k % 3]}&limit=100` });
	for (let k = 0; k < COUNTS.nearest; k++) queries.push({ kind: 'nearest', text: `nearest=${at(k + 1)}&k=${[1, 10, 50][k % 3]}` });
	for (let k = 0; k < COUNTS.bbox; k++) {
		const [lon, lat] = shuffled[(k + 2) % shuffled.length]!;
		const d = 0.02 + rnd() * 0.2;
		queries.push({ kind: 'bbox', text: `bbox=${(lon - d).toFixed(4)},${(lat - d).toFixed(4)},${(lon + d).toFixed(4)},${(lat + d).toFixed(4)}&limit=100` });
	}
	for (let k = 0; k < COUNTS.region; k++) {
		const year = 2000 + Math.floor(rnd() * 25);
		queries.push({ kind: 'region', text: `region=${AREAS[k % AREAS.length]}&from=${year}-01-01&to=${year}-12-31&limit=100` });
	}
	return queries;
}

/** Run `node <args>` in the repository; its stdout, wall time and peak RSS (polled from /proc). */
function runNode(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; seconds: number; peakMb: number }> {
	return new Promise((done, fail) => {
		const t = performance.now();
		const child = spawn(process.execPath, [...NODE_ARGS, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
		let stdout = '';
		let stderr = '';
		let peakKb = 0;
		const poll = setInterval(() => {
			try {
				const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
				if (m) peakKb = Math.max(peakKb, Number(m[1]));
			} catch {
				/* exited */
			}
		}, 100);
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('exit', (code) => {
			clearInterval(poll);
			if (code !== 0) fail(new Error(`node ${args.join(' ')} exited ${code}:\n${stderr}`));
			else done({ stdout, seconds: (performance.now() - t) / 1000, peakMb: peakKb / 1e3 });
		});
	});
}

function quantile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

function summarise(results: { kind: string; ms: number; total: number }[]): StoreFigures['queries'] {
	return Object.keys(COUNTS).map((kind) => {
		const mine = results.filter((r) => r.kind === kind);
		const ms = mine.map((r) => r.ms);
		return { kind, count: mine.length, p50: quantile(ms, 0.5), p99: quantile(ms, 0.99), meanTotal: mine.reduce((s, r) => s + r.total, 0) / mine.length };
	});
}

export async function benchStores(n = Number(process.env.BENCH_STORE_SIZE ?? 1_000_000)): Promise<StoreFigures[]> {
	const dir = mkdtempSync(join(tmpdir(), 'bench-stores-'));
	const files = [0, 1, 2, 3].map((i) => join(dir, `incidents-${i}.geojson`));
	const queriesFile = join(dir, 'queries.json');
	const cluster = await startCluster(findPostgis());
	try {
		writeSyntheticIncidentFiles(files, n, 7);
		writeFileSync(queriesFile, JSON.stringify(querySet(n, 11)));
		const figures: StoreFigures[] = [];

		const file = await runNode(['tests/bench/store-queries.ts', 'file', files.join(','), queriesFile]);
		const f = JSON.parse(file.stdout.trim().split('\n').at(-1)!);
		figures.push({ store: 'file', loadSeconds: f.loadMs / 1000, rssMb: f.rssMb, queries: summarise(f.results) });

		const load = await runNode(['src/lib/server/pg/load-cli.ts', ...files], { DATABASE_URL: cluster.url });
		process.stdout.write(`${load.stdout.trimEnd().replace(/^/gm, '    ')}\n`);
		const p = JSON.parse((await runNode(['tests/bench/store-queries.ts', 'postgis', cluster.url, queriesFile])).stdout.trim().split('\n').at(-1)!);
		if (p.total !== f.total) throw new Error(`PostGIS holds ${p.total} incidents, the file store ${f.total}`);
		const totalsDiffer = f.results.filter((r: { total: number }, i: number) => r.total !== p.results[i].total).length;
		if (totalsDiffer) throw new Error(`${totalsDiffer} queries counted differently by the two stores`);
		figures.push({ store: 'postgis', loadSeconds: load.seconds, rssMb: load.peakMb, queries: summarise(p.results) });
		return figures;
	} finally {
		cluster.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The figures as the bench prints them. */
export function printStoreFigures(n: number, figures: StoreFigures[]): void {
	const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0)).padStart(8);
	console.log(`Stores at ${n.toLocaleString('en-US')} synthetic incidents (through the IncidentStore interface; ms):`);
	for (const s of figures) {
		const what = s.store === 'file' ? 'file store: load + validate + index' : 'PostGIS: npm run data:load (COPY)';
		console.log(`  ${what}: ${s.loadSeconds.toFixed(1)} s, ${s.store === 'file' ? 'RSS' : 'its peak RSS'} ${s.rssMb.toFixed(0)} MB`);
		for (const q of s.queries)
			console.log(`    ${q.kind.padEnd(8)} ×${String(q.count).padStart(3)}  p50 ${ms(q.p50)}  p99 ${ms(q.p99)}  mean total ${q.meanTotal.toFixed(0)}`);
	}
	console.log('  (the same seeded queries to both stores, and each counted the same matches)');
}

if (import.meta.filename === process.argv[1]) {
	const n = Number(process.env.BENCH_STORE_SIZE ?? 1_000_000);
	printStoreFigures(n, await benchStores(n));
}
