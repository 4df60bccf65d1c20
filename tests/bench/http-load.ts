import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/**
 * HTTP load on the built server over loopback (autocannon, in this process, while the server is
 * its own Node process: one thread serving). Each scenario: a 1 s warm-up, then `SECONDS` of
 * `CONNECTIONS` concurrent keep-alive connections; requests per second over the run, latency
 * percentiles, and every answer that was not a 2xx or did not come.
 */

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const CONNECTIONS = 10;

export interface LoadFigures {
	name: string;
	goal: boolean;
	path: string;
	requestsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	maxMs: number;
	/** Connection errors and timeouts. */
	errors: number;
	/** Answers whose status was not the one expected (2xx; 404 for that baseline). */
	unexpected: number;
	requests: number;
	/**
	 * The server process's CPU time (user + system, from /proc) per request, and so the requests
	 * one core would serve per second with nothing else running: the machine is shared, so the
	 * measured rate also depends on what else runs. Null where /proc is not there.
	 */
	cpuMsPerRequest: number | null;
	requestsPerCpuSecond: number | null;
}

interface Scenario {
	name: string;
	path: string;
	/** The goal applies: ≥ 5,000 requests/s with p99 < 20 ms. */
	goal?: boolean;
	/** A baseline that answers 404 on purpose. */
	expect404?: boolean;
	/** A fresh path for each request (the server's answer cache then misses). */
	nextPath?: () => string;
	/** Against the server started with `MICRO_CACHE_MS=0` (every request reaches SvelteKit). */
	uncached?: boolean;
}

/** A seeded generator, so that two runs ask the same sequence of questions. */
function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
}

const NEAR = '/api/incidents?near=69.17,34.53&radius_km=50';

export const SCENARIOS: Scenario[] = [
	{ name: 'plain: every incident', path: '/api/incidents' },
	{ name: 'bbox', path: '/api/incidents?bbox=60,29,75,45' },
	{ name: 'near (the same query)', path: NEAR, goal: true },
	{ name: 'near (same), no micro-cache', path: NEAR, uncached: true },
	{
		name: 'near (a new point each time)',
		path: '/api/incidents?near=<60–75>,<30–45>&radius_km=<10–250>',
		nextPath: (() => {
			const next = random(20261125);
			const radii = [10, 25, 50, 100, 250];
			return () =>
				`/api/incidents?near=${(60 + 15 * next()).toFixed(5)},${(30 + 15 * next()).toFixed(5)}&radius_km=${radii[Math.floor(next() * radii.length)]}`;
		})()
	},
	{ name: '/embed (server-rendered page)', path: '/embed' },
	// Baselines measured in the same run: what SvelteKit and adapter-node cost with no work to do.
	{ name: 'baseline: static file (sirv)', path: '/favicon.svg' },
	{ name: 'baseline: a 404 problem', path: '/api/overlays/no-such-overlay', expect404: true }
];

function run(base: string, scenario: Scenario, seconds: number): Promise<autocannon.Result> {
	const { nextPath } = scenario;
	return autocannon({
		url: new URL(nextPath ? '/' : scenario.path, base).href,
		connections: CONNECTIONS,
		duration: seconds,
		...(nextPath ? { requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: nextPath() }) }] } : {})
	});
}

/** CPU time (ms, user + system) a process has used, from /proc/{pid}/stat; null without /proc. */
function cpuMs(pid: number | undefined): number | null {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		// utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
	} catch {
		return null;
	}
}

export interface LoadTarget {
	url: string;
	pid: number | undefined;
}

/** Every scenario against `server` (default settings), or `uncached` (`MICRO_CACHE_MS=0`) where it says so. */
export async function benchHttpLoad(server: LoadTarget, uncached: LoadTarget): Promise<LoadFigures[]> {
	const figures: LoadFigures[] = [];
	for (const scenario of SCENARIOS) {
		const { url: base, pid: serverPid } = scenario.uncached ? uncached : server;
		await run(base, scenario, 1);
		const before = cpuMs(serverPid);
		const r = await run(base, scenario, SECONDS);
		const after = cpuMs(serverPid);
		const cpu = before === null || after === null ? null : (after - before) / r.requests.total;
		figures.push({
			name: scenario.name,
			goal: !!scenario.goal,
			path: scenario.path,
			requestsPerSecond: r.requests.total / r.duration,
			p50Ms: r.latency.p50,
			p99Ms: r.latency.p99,
			maxMs: r.latency.max,
			errors: r.errors + r.timeouts,
			unexpected: scenario.expect404 ? r.requests.total - r['4xx'] : r.non2xx,
			requests: r.requests.total,
			cpuMsPerRequest: cpu,
			requestsPerCpuSecond: cpu ? 1000 / cpu : null
		});
	}
	return figures;
}
