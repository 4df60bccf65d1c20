import type { PoolClient } from 'pg';
import { SQL } from './sql';

/**
 * Give the loaded tables (`<name>_next` for each serving table named) the serving tables' primary
 * keys and indexes (`queries/index-next.sql` writes the statements), inside the caller's
 * transaction; `rename-indexes.sql` gives them the serving names after the swap.
 */
export async function createNextIndexes(client: PoolClient, tables: readonly string[]): Promise<void> {
	const { rows } = await client.query<{ ddl: string }>(SQL.indexNext, [tables]);
	for (const { ddl } of rows) await client.query(ddl);
}
