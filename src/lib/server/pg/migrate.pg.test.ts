import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { testDatabase } from '../../../../tests/support/test-database';
import { migratedOnce } from './migrate';
import { MIGRATIONS } from './sql';

let db: Awaited<ReturnType<typeof testDatabase>>;
beforeAll(async () => {
	db = await testDatabase('migrate');
});
afterAll(() => db?.drop());

describe('migratedOnce', () => {
	it('migrates a database once per pool, however many ask together or later', async () => {
		const [a, b] = [migratedOnce(db.pool), migratedOnce(db.pool)];
		expect(b).toBe(a);
		expect(await a).toEqual(MIGRATIONS.map((m) => m.name));
		expect(migratedOnce(db.pool)).toBe(a);
		// Another pool on the same database runs the migrations itself and finds nothing to apply.
		const other = new pg.Pool({ connectionString: db.url, max: 1 });
		try {
			expect(await migratedOnce(other)).toEqual([]);
		} finally {
			await other.end();
		}
	});

	it('tries again after a failure', async () => {
		const away = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none', connectionTimeoutMillis: 2000 });
		try {
			const first = migratedOnce(away);
			await expect(first).rejects.toThrow();
			const again = migratedOnce(away);
			expect(again).not.toBe(first);
			await expect(again).rejects.toThrow();
		} finally {
			await away.end();
		}
	});
});
