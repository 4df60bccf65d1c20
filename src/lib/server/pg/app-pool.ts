import pg from 'pg';

/** How the app's connections are named in `pg_stat_activity`. */
export const DATABASE_APPLICATION_NAME = 'incident-map';

/**
 * The server's connection pool. An idle connection the database drops (a restart, a failover, an
 * administrator) is logged and replaced at the next query: without a listener, node-postgres's
 * `error` event would end the server.
 */
export function appPool(connectionString: string, max: number): pg.Pool {
	const pool = new pg.Pool({ connectionString, max, application_name: DATABASE_APPLICATION_NAME });
	pool.on('error', (e) => console.error(`PostgreSQL: an idle connection was lost and will be replaced: ${e.message}`));
	return pool;
}
