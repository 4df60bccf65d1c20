import { findPostgis, startCluster } from '/work/wt-postgis/tests/support/postgis';
const c = await startCluster(findPostgis());
console.log(c.url);
const { default: pg } = await import('pg');
const client = new pg.Client(c.url); await client.connect();
await client.query('create extension postgis');
console.log((await client.query(`select postgis_full_version() v, ST_Distance('POINT(0 0)'::geography, 'POINT(0 1)'::geography, false) d`)).rows);
await client.end(); c.stop();
