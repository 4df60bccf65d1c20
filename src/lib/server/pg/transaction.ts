import type { Pool, PoolClient } from 'pg';

/**
 * Run `work` in a transaction on a connection of its own (`begin`: `BEGIN`, or e.g.
 * `BEGIN READ ONLY`): committed when it returns, rolled back when it throws (its error is the one
 * thrown). A connection whose rollback fails too is closed rather than returned to the pool.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
	const client = await pool.connect();
	let broken: Error | undefined;
	try {
		await client.query(begin);
		const result = await work(client);
		await client.query('COMMIT');
		return result;
	} catch (e) {
		await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
		throw e;
	} finally {
		client.release(broken);
	}
}
