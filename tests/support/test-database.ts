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
			await pool.end();
			const c = new pg.Client(admin);
			await c.connect();
			await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
			await c.end();
		}
	};
}
