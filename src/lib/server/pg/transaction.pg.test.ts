import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../tests/support/test-database';
import { inTransaction } from './transaction';

let db: Awaited<ReturnType<typeof testDatabase>>;
beforeAll(async () => {
	db = await testDatabase('transaction');
});
afterAll(() => db?.drop());

const tables = async () =>
	(await db.pool.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).rows.map((r) => r.name);

describe('inTransaction', () => {
	it('commits what the work did and returns its result', async () => {
		const result = await inTransaction(db.pool, async (client) => {
			await client.query('CREATE TABLE kept (n int)');
			return 42;
		});
		expect(result).toBe(42);
		expect(await tables()).toContain('kept');
	});

	it('rolls back what the work did when it throws, and throws the work’s error', async () => {
		const failing = inTransaction(db.pool, async (client) => {
			await client.query('CREATE TABLE dropped (n int)');
			throw new Error('the work failed');
		});
		await expect(failing).rejects.toThrow('the work failed');
		expect(await tables()).not.toContain('dropped');
	});

	it('begins as asked: a read-only transaction refuses to write', async () => {
		const writing = inTransaction(db.pool, (client) => client.query('CREATE TABLE refused (n int)'), 'BEGIN READ ONLY');
		await expect(writing).rejects.toThrow(/read-only transaction/);
		expect(await tables()).not.toContain('refused');
	});

	it('gives every connection back to the pool, after a failure too', async () => {
		expect(db.pool.totalCount - db.pool.idleCount).toBe(0);
		await expect(inTransaction(db.pool, (client) => client.query('SELECT no_such_column FROM kept'))).rejects.toThrow(/no_such_column/);
		expect(db.pool.totalCount - db.pool.idleCount).toBe(0);
	});
});
