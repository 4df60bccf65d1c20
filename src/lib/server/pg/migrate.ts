import type { Pool } from 'pg';
import { MIGRATIONS } from './sql';
import { inTransaction } from './transaction';

/**
 * Apply the migrations not yet applied, in order, in one transaction, recording each in
 * `schema_migrations`. An advisory lock makes app instances starting together take turns.
 * Returns the names applied now.
 */
export function applyMigrations(pool: Pool): Promise<string[]> {
	return inTransaction(pool, async (client) => {
		await client.query("SELECT pg_advisory_xact_lock(hashtext('incident-map:migrations'))");
		await client.query(
			'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())'
		);
		const done = new Set(
			(await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name)
		);
		const applied: string[] = [];
		for (const { name, sql } of MIGRATIONS) {
			if (done.has(name)) continue;
			await client.query(sql);
			await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
			applied.push(name);
		}
		return applied;
	});
}

const migrating = new WeakMap<Pool, Promise<string[]>>();

/**
 * `applyMigrations` once per pool for the life of the process, however many of its users (the
 * store, the tile source) and of their first requests ask together; after a failure (the
 * database away) the next caller tries again.
 */
export function migratedOnce(pool: Pool): Promise<string[]> {
	const known = migrating.get(pool);
	if (known) return known;
	const started = applyMigrations(pool);
	migrating.set(pool, started);
	started.catch(() => {
		if (migrating.get(pool) === started) migrating.delete(pool);
	});
	return started;
}
