import { benchTiles, printTiles } from './tiles';

/**
 * The tile figures alone, without the rest of `npm run bench`:
 *
 *   node --expose-gc --import tsx --import ./src/lib/server/pg/raw-import.mjs tests/bench/tiles-alone.ts
 *
 * `BENCH_TILE_PARTS` picks the parts (comma-separated: memory, postgis, idle; default all; `idle`
 * needs `npx vite build` first), `BENCH_TILE_SIZE` the dataset (default 1,000,000) and
 * `BENCH_TILE_SAMPLES` the samples per zoom (default 60).
 */
const parts = new Set((process.env.BENCH_TILE_PARTS ?? 'memory,postgis,idle').split(','));
const n = Number(process.env.BENCH_TILE_SIZE ?? 1_000_000);
printTiles(await benchTiles(n, { memory: parts.has('memory'), postgis: parts.has('postgis'), idle: parts.has('idle') }));
process.exit(0);
