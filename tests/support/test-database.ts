import pg from 'pg';
import { inject } from 'vitest';

/**
 * A fresh database in the throwaway cluster (`postgis-setup.ts`) for one test file, and a pool on
 * it; `drop()` closes the pool and removes the database.
 */
export async function testDatabase(name: string): Promise<{ url: string; pool: pg.Pool; drop(): Promise<void> }> {
	const admin = inject('postgresUrl');
	const database = `${name}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
	const client = new pg.Client(admin);
	await client.connect();
	await client.query(`CREATE DATABASE ${database}`);
	await client.end();
	const url = admin.replace(/\/postgres$/, `/${database}`);
	const pool = new pg.Pool({ connectionString: url, max: 4 });
	return {
		url,
		pool,
		async drop() {
			// pool.end() resolves before its connections have closed: the DROP below may end some
			// still open, which node-postgres reports as an `error` on the pool (unhandled, it
			// would fail the run). Expected here: ignored.
			pool.on('error', () => {});
			await pool.end();
			const c = new pg.Client(admin);
			await c.connect();
			await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
			await c.end();
		}
	};
}
