import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCuratedIncidents } from '../src/lib/data/incidents';
import { getOverlay } from '../src/lib/data/overlays';
import { TILE_PROP } from '../src/lib/domain/tile-schema';
import { loadIncidents } from '../src/lib/server/pg/load-incidents';
import { DATABASE_APPLICATION_NAME } from '../src/lib/server/pg/app-pool';
import { pointRecords } from '../src/lib/server/tiles/tile-sources';
import { startBuiltServer, type RunningServer } from './support/server';
import { syntheticIncidents } from './support/synthetic-variants';
import { testDatabase } from './support/test-database';
import { decodeTile } from './support/vector-tiles';

/**
 * The built app with `DATABASE_URL` set serves the API from PostGIS: the same JSON, byte for byte
 * apart from distances' last digits, as the built app serving the same data from a file.
 */
describe('the built server on PostGIS', () => {
	let db: Awaited<ReturnType<typeof testDatabase>>;
	let onFile: RunningServer;
	let onPostgis: RunningServer;
	const file = `${process.env.TMPDIR ?? '/tmp'}/postgis-api-${process.pid}.geojson`;

	beforeAll(async () => {
		const { writeFileSync } = await import('node:fs');
		const curated = loadCuratedIncidents().features;
		const data = syntheticIncidents(curated, 500, 21);
		data.features.push(...curated);
		writeFileSync(file, JSON.stringify(data));
		db = await testDatabase('api');
		await loadIncidents(db.pool, data, { findOverlay: getOverlay });
		[onFile, onPostgis] = await Promise.all([
			startBuiltServer({ INCIDENTS_FILE: file }),
			startBuiltServer({ DATABASE_URL: db.url })
		]);
	});
	afterAll(async () => {
		await Promise.all([onFile?.stop(), onPostgis?.stop()]);
		await db?.drop();
	});

	const DISTANCE = /"distance_km":(-?[\d.eE+-]+)/g;
	/** The body with distances blanked, and the distances, to compare within a tolerance. */
	const split = (body: string) => ({
		text: body.replace(DISTANCE, '"distance_km":_'),
		distances: [...body.matchAll(DISTANCE)].map((m) => Number(m[1]))
	});

	it.each([
		'/api/incidents',
		'/api/incidents?near=69.17,34.53&radius_km=250&limit=40',
		'/api/incidents?nearest=71,40&k=12',
		'/api/incidents?region=fergana-valley',
		'/api/incidents?corridor=kazakhstan-china-oil-pipeline&radius_km=30&q=bomb',
		'/api/incidents?format=csv&country=afg',
		'/api/incidents?limit=50&offset=100',
		'/api/incidents?near=69.17,34.53&radius_km=250&limit=10&offset=20',
		'/api/incident-months',
		'/api/incident-months?category=suicide-bomb,threat&country=AFG',
		'/api/incidents/2022-09-05-kabul-russian-embassy-bombing'
	])('%s', async (path) => {
		const [a, b] = await Promise.all([fetch(onFile.url + path), fetch(onPostgis.url + path)]);
		expect(b.status).toBe(200);
		expect(a.status).toBe(200);
		const want = split(await a.text());
		const got = split(await b.text());
		expect(got.text).toBe(want.text);
		expect(got.distances).toHaveLength(want.distances.length);
		got.distances.forEach((d, i) => expect(Math.abs(d - want.distances[i]!)).toBeLessThanOrEqual(1e-6 * Math.max(1, d)));
	});

	it('answers a bad overlay and an unknown id as the file store does', async () => {
		for (const path of ['/api/incidents?region=cagp-line-d', '/api/incidents/no-such-incident']) {
			const [a, b] = await Promise.all([fetch(onFile.url + path), fetch(onPostgis.url + path)]);
			expect(b.status).toBe(a.status);
			expect(await b.text()).toBe(await a.text());
		}
	});
});

/**
 * A `data:load` under a running server: the server notices the new data version and drops what it
 * kept of the old data (the API's answers, the map data, the tiles), so readers get the new data
 * within DATA_VERSION_POLL_MS and MICRO_CACHE_MS, without a restart.
 */
describe('a load while the server runs', () => {
	let db: Awaited<ReturnType<typeof testDatabase>>;
	let server: RunningServer;
	const curated = loadCuratedIncidents().features;

	beforeAll(async () => {
		db = await testDatabase('reload');
		await loadIncidents(db.pool, { type: 'FeatureCollection', features: curated }, { findOverlay: getOverlay });
		server = await startBuiltServer({ DATABASE_URL: db.url, DATA_VERSION_POLL_MS: '200', MICRO_CACHE_MS: '200' });
	});
	afterAll(async () => {
		await server?.stop();
		await db?.drop();
	});

	it('serves the new data once it is swapped in, without a restart', async () => {
		const total = async (path: string) => ((await (await fetch(server.url + path)).json()) as { total: number }).total;
		const paths = ['/api/incidents?limit=1', '/api/incidents?near=69.17,34.53&radius_km=500&limit=1', '/api/incident-months'];
		const before = await Promise.all(paths.map(total));
		expect(before[0]).toBe(curated.length);
		expect(await total(paths[0]!)).toBe(curated.length); // kept, and still right

		const data = syntheticIncidents(curated, 200, 5);
		data.features.push(...curated);
		await loadIncidents(db.pool, data, { findOverlay: getOverlay });

		const deadline = Date.now() + 15_000;
		let after = before;
		while (Date.now() < deadline && after.some((n, i) => n === before[i])) {
			await new Promise((r) => setTimeout(r, 100));
			after = await Promise.all(paths.map(total));
		}
		expect(after[0]).toBe(data.features.length);
		expect(after[1]).toBeGreaterThan(before[1]!);
		expect(after[2]).toBe(data.features.length);
	});

	it('serves the tiles of the new data once it is swapped in, from the precomputed grid and from the points', async () => {
		// How many incidents the world tile draws, and its ETag.
		const world = async (query: string) => {
			const response = await fetch(`${server.url}/tiles/0/0/0.mvt${query}`);
			const features = decodeTile(new Uint8Array(await response.arrayBuffer()));
			return { count: features.reduce((n, f) => n + Number(f.properties[TILE_PROP.pointCount] ?? 1), 0), etag: response.headers.get('etag') };
		};
		// The grid answers no filter, the points a date filter (every record is dated after 1990).
		const queries = ['', '?from=1990-01-01'];
		await loadIncidents(db.pool, { type: 'FeatureCollection', features: curated }, { findOverlay: getOverlay });
		let before = await Promise.all(queries.map(world));
		const deadline = Date.now() + 15_000;
		while (Date.now() < deadline && before.some((b) => b.count !== pointRecords(curated).length)) {
			await new Promise((r) => setTimeout(r, 100));
			before = await Promise.all(queries.map(world));
		}
		expect(before.map((b) => b.count)).toEqual([pointRecords(curated).length, pointRecords(curated).length]);

		const data = syntheticIncidents(curated, 300, 8);
		data.features.push(...curated);
		await loadIncidents(db.pool, data, { findOverlay: getOverlay });
		const points = pointRecords(data.features).filter((f) => Math.abs(f.geometry.coordinates[1]) < 85.05).length;
		let after = before;
		while (Date.now() < deadline + 15_000 && after.some((a) => a.count !== points)) {
			await new Promise((r) => setTimeout(r, 100));
			after = await Promise.all(queries.map(world));
		}
		expect(after.map((a) => a.count)).toEqual([points, points]);
		// A reader holding the old tile's ETag gets the new tile, not a 304.
		const revalidated = await fetch(`${server.url}/tiles/0/0/0.mvt`, { headers: { 'if-none-match': before[0]!.etag! } });
		expect(revalidated.status).toBe(200);
	});

	it('keeps serving when the database drops its connections (a restart, a failover), on new ones', async () => {
		await fetch(`${server.url}/api/incidents?limit=1`);
		const { rows } = await db.pool.query<{ dropped: number }>(
			'SELECT count(pg_terminate_backend(pid))::int AS dropped FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
			[DATABASE_APPLICATION_NAME]
		);
		expect(rows[0]!.dropped).toBeGreaterThan(0);
		await new Promise((r) => setTimeout(r, 500));
		expect(server.process.exitCode).toBeNull();
		const response = await fetch(`${server.url}/api/incidents?limit=2&offset=3`);
		expect(response.status).toBe(200);
		expect(((await response.json()) as { features: unknown[] }).features).toHaveLength(2);
	});
});
