import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../tests/support/test-database';
import { loadCuratedIncidents } from '../../data/incidents';
import { getOverlay } from '../../data/overlays';
import type { IncidentCollection, IncidentFeature } from '../../domain/incident';
import { MemoryIncidentStore } from '../memory-store';
import { PostgisIncidentStore } from '../postgis-store';
import { pointRecords } from '../tiles/tile-sources';
import { loadIncidents } from './load-incidents';
import { MIGRATIONS } from './sql';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../../../..');
const curated = loadCuratedIncidents();

/** `npm run data:load -- file` against `url`; its exit code and output. */
async function dataLoad(url: string, file: string): Promise<{ code: number; output: string }> {
	try {
		const { stdout, stderr } = await run('npm', ['run', '--silent', 'data:load', '--', file], {
			cwd: root,
			env: { ...process.env, DATABASE_URL: url }
		});
		return { code: 0, output: stdout + stderr };
	} catch (e) {
		const err = e as { code: number; stdout: string; stderr: string };
		return { code: err.code, output: err.stdout + err.stderr };
	}
}

function renamed(features: readonly IncidentFeature[], prefix: string): IncidentCollection {
	const copy = features.map((f) => ({ ...f, id: `${prefix}-${f.id}`, properties: { ...f.properties, id: `${prefix}-${f.id}` } }));
	return { type: 'FeatureCollection', features: copy };
}

describe('loading incidents into PostGIS', () => {
	let db: Awaited<ReturnType<typeof testDatabase>>;
	let store: PostgisIncidentStore;
	const ids = async () => (await store.list()).features.map((f) => f.id);
	/** The ids the tile tables hold (`tile-tables.ts`), and whether they were built from the serving data. */
	const tileIds = async () => (await db.pool.query('SELECT id FROM incident_tile_points ORDER BY id')).rows.map((r) => r.id as string);
	const tilesFresh = async () => (await db.pool.query('SELECT t.* FROM tile_build t JOIN incident_summary s USING (version)')).rowCount === 1;
	/** The ids the tiles should hold: the point records (none of the curated lies beyond Web Mercator). */
	const pointIds = (features: readonly IncidentFeature[]) => pointRecords(features).map((f) => f.id).sort();
	const dir = mkdtempSync(join(tmpdir(), 'data-load-'));

	beforeAll(async () => {
		db = await testDatabase('load');
		store = new PostgisIncidentStore(db.pool);
	});
	afterAll(() => db?.drop());

	it('npm run data:load validates a file and replaces the data with it', async () => {
		const file = join(dir, 'curated.geojson');
		writeFileSync(file, JSON.stringify(curated));
		const { code, output } = await dataLoad(db.url, file);
		expect(output).toContain(`data:load: ${curated.features.length} incidents from ${file} now serving`);
		expect(code).toBe(0);
		expect(output).toMatch(/data:load: tiled \(\d+\.\d s\)/);
		expect(await ids()).toEqual((await new MemoryIncidentStore(curated).list()).features.map((f) => f.id));
		expect(await tileIds()).toEqual(pointIds(curated.features));
		expect(pointIds(curated.features).length).toBeLessThan(curated.features.length);
		expect(await tilesFresh()).toBe(true);

		const second = join(dir, 'second.geojson');
		writeFileSync(second, JSON.stringify(renamed(curated.features.slice(0, 3), 'again')));
		expect((await dataLoad(db.url, second)).code).toBe(0);
		expect(new Set(await ids())).toEqual(new Set(curated.features.slice(0, 3).map((f) => `again-${f.id}`)));
		expect(await tileIds()).toEqual(pointIds(renamed(curated.features.slice(0, 3), 'again').features));
		expect(await tilesFresh()).toBe(true);
	});

	it('a file with a bad record changes nothing and says which record and field', async () => {
		const before = await ids();
		const bad = structuredClone(curated) as unknown as { features: { properties: Record<string, unknown> }[] };
		bad.features[2]!.properties.uncertainty_km = -4;
		const file = join(dir, 'bad.geojson');
		writeFileSync(file, JSON.stringify(bad));
		const { code, output } = await dataLoad(db.url, file);
		expect(code).toBe(1);
		expect(output).toContain(curated.features[2]!.id);
		expect(output).toContain('uncertainty_km');
		expect(output).toContain('the database was not changed');
		expect(await ids()).toEqual(before);
	});

	it('a load that fails part-way is rolled back: the previous data keeps serving', async () => {
		await loadIncidents(db.pool, curated, { findOverlay: getOverlay });
		const before = await store.list();
		const tilesBefore = (await db.pool.query('SELECT * FROM tile_clusters ORDER BY z, x, y, cell, category, iso3')).rows;
		expect(tilesBefore.length).toBeGreaterThan(0);
		// The last batch repeats an id of the first: the primary key fails after every batch was written.
		const broken = renamed(curated.features, 'broken');
		const last = broken.features.at(-1)!;
		broken.features[broken.features.length - 1] = { ...last, id: broken.features[0]!.id };
		await expect(loadIncidents(db.pool, broken, { findOverlay: getOverlay, batchSize: 5 })).rejects.toThrow(/unique index/);
		expect(await store.list()).toEqual(before);
		const tables = await db.pool.query("SELECT tablename FROM pg_tables WHERE tablename LIKE 'incidents%' OR tablename LIKE '%\\_next' ORDER BY 1");
		expect(tables.rows).toEqual([{ tablename: 'incidents' }]);
		expect(await tileIds()).toEqual(pointIds(curated.features));
		expect((await db.pool.query('SELECT * FROM tile_clusters ORDER BY z, x, y, cell, category, iso3')).rows).toEqual(tilesBefore);
		expect(await tilesFresh()).toBe(true);
	});

	it('keeps text with tabs, line breaks and backslashes as written (COPY escapes them)', async () => {
		const odd = renamed(curated.features.slice(0, 2), 'odd');
		const [first] = odd.features as [IncidentFeature];
		first.properties.title = 'a\ttab, a\nbreak, a\r\nCRLF, a back\\slash, \\N and \\t as text';
		await loadIncidents(db.pool, odd, { findOverlay: getOverlay });
		expect(await store.get(first.id)).toEqual(first);
		expect((await store.digests()).find((d) => d.id === first.id)?.properties.title).toBe(first.properties.title);
	});

	it('migration 003 gives rows loaded before it the digests the loader writes', async () => {
		await loadIncidents(db.pool, renamed(curated.features, 'digest'), { findOverlay: getOverlay });
		const digests = async () => (await db.pool.query('SELECT id, digest FROM incidents ORDER BY id')).rows;
		const written = await digests();
		const backfill = MIGRATIONS.find((m) => m.name.startsWith('003'))!.sql.match(/^UPDATE incidents [\s\S]*?;$/m)![0];
		await db.pool.query('UPDATE incidents SET digest = \'[]\'');
		await db.pool.query(backfill);
		expect(await digests()).toEqual(written);
	});

	it('migration 006 gives rows loaded before it the date precision a load gives them', async () => {
		await loadIncidents(db.pool, curated, { findOverlay: getOverlay });
		const precisions = async () => (await db.pool.query('SELECT id, date_precision FROM incidents ORDER BY id')).rows;
		const loaded = await precisions();
		expect(loaded).toEqual(
			curated.features.map((f) => ({ id: f.id, date_precision: f.properties.date_precision })).sort((a, b) => (a.id < b.id ? -1 : 1))
		);
		await db.pool.query('ALTER TABLE incidents DROP COLUMN date_precision');
		await db.pool.query(MIGRATIONS.find((m) => m.name.startsWith('006'))!.sql);
		expect(await precisions()).toEqual(loaded);
	});

	it('readers keep the old data while a load is in progress, and see the new data at its commit', async () => {
		await loadIncidents(db.pool, curated, { findOverlay: getOverlay });
		const client = await db.pool.connect();
		try {
			// Hold the load lock so that the load below waits inside its transaction, after writing nothing yet.
			await client.query('BEGIN');
			await client.query("SELECT pg_advisory_xact_lock(hashtext('incident-map:load'))");
			const loading = loadIncidents(db.pool, renamed(curated.features, 'next'), { findOverlay: getOverlay });
			await new Promise((r) => setTimeout(r, 300));
			expect(new Set(await ids())).toEqual(new Set(curated.features.map((f) => f.id)));
			expect(await tileIds()).toEqual(pointIds(curated.features));
			await client.query('COMMIT');
			await loading;
		} finally {
			client.release();
		}
		expect(new Set(await ids())).toEqual(new Set(curated.features.map((f) => `next-${f.id}`)));
		expect(await tileIds()).toEqual(pointIds(renamed(curated.features, 'next').features));
		// The swapped tables carry the serving tables' keys and indexes, under the serving names.
		const indexes = await db.pool.query(
			"SELECT tablename, indexname FROM pg_indexes WHERE tablename IN ('incidents', 'incident_tile_points', 'tile_clusters') ORDER BY 1, 2"
		);
		expect(indexes.rows).toEqual([
			{ tablename: 'incident_tile_points', indexname: 'incident_tile_points_key_idx' },
			{ tablename: 'incident_tile_points', indexname: 'incident_tile_points_pkey' },
			...[
				'incidents_area_idx',
				'incidents_category_idx',
				'incidents_date_idx',
				'incidents_geog_idx',
				'incidents_geom_idx',
				'incidents_iso3_idx',
				'incidents_pkey',
				'incidents_point_uncertainty_idx',
				'incidents_search_trgm_idx'
			].map((indexname) => ({ tablename: 'incidents', indexname })),
			{ tablename: 'tile_clusters', indexname: 'tile_clusters_tile_idx' }
		]);
	});
});
