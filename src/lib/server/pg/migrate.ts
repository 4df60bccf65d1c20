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
