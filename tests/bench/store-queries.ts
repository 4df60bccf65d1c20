import { readFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import pg from 'pg';
import { parseIncidentQuery } from '../../src/lib/domain/incident-query';
import { loadIncidentFiles } from '../../src/lib/server/incident-files';
import type { IncidentStore } from '../../src/lib/server/incident-store';
import { MemoryIncidentStore } from '../../src/lib/server/memory-store';
import { PostgisIncidentStore } from '../../src/lib/server/postgis-store';

/**
 * A child process of the store bench (`stores.ts`): open one store — `file <files…>` loads the
 * files as the app does (validated, indexed) and reports the time and memory that took;
 * `postgis <url>` connects — then asks it each query of the bench's set, in order, through the
 * IncidentStore interface, and prints one JSON line: load figures and each query's milliseconds,
 * total and kind.
 */
const [mode, target, queriesFile] = process.argv.slice(2) as [string, string, string];
const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as { kind: string; text: string }[];

const started = performance.now();
let store: IncidentStore;
let pool: pg.Pool | null = null;
if (mode === 'file') store = new MemoryIncidentStore(loadIncidentFiles(target.split(',').join(delimiter)));
else store = new PostgisIncidentStore((pool = new pg.Pool({ connectionString: target, max: 2 })));
const { total } = await store.summary();
const loadMs = performance.now() - started;
const rssMb = process.memoryUsage().rss / 1e6;

const results: { kind: string; ms: number; total: number }[] = [];
for (const { kind, text } of queries) {
	const parsed = parseIncidentQuery(new URLSearchParams(text));
	if ('problems' in parsed) throw new Error(`${text}: ${JSON.stringify(parsed.problems)}`);
	const t = performance.now();
	const answer = await store.list(parsed.query);
	results.push({ kind, ms: performance.now() - t, total: answer.total });
}
await pool?.end();
console.log(JSON.stringify({ total, loadMs, rssMb, maxRssMb: process.resourceUsage().maxRSS / 1e3, results }));
