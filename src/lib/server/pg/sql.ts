import migration001 from './migrations/001-incidents.sql?raw';
import migration002 from './migrations/002-distance-functions.sql?raw';
import migration003 from './migrations/003-summary-digests-text-index.sql?raw';
import migration004 from './migrations/004-data-version.sql?raw';
import migration006 from './migrations/006-date-precision.sql?raw';
import all from './queries/all.sql?raw';
import corridor from './queries/corridor.sql?raw';
import copyNext from './queries/copy-next.sql?raw';
import createNext from './queries/create-next.sql?raw';
import dataVersion from './queries/data-version.sql?raw';
import digests from './queries/digests.sql?raw';
import filtered from './queries/filtered.sql?raw';
import get from './queries/get.sql?raw';
import ids from './queries/ids.sql?raw';
import indexNext from './queries/index-next.sql?raw';
import insertAreas from './queries/insert-areas.sql?raw';
import months from './queries/months.sql?raw';
import list from './queries/list.sql?raw';
import listSelective from './queries/list-selective.sql?raw';
import near from './queries/near.sql?raw';
import nearest from './queries/nearest.sql?raw';
import newest from './queries/newest.sql?raw';
import region from './queries/region.sql?raw';
import renameIndexes from './queries/rename-indexes.sql?raw';
import summarizeNext from './queries/summarize-next.sql?raw';
import summary from './queries/summary.sql?raw';
import swap from './queries/swap.sql?raw';

/** The schema's migrations, applied in this order, each once (`migrate.ts`). Append, never edit. */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
	{ name: '001-incidents', sql: migration001 },
	{ name: '002-distance-functions', sql: migration002 },
	{ name: '003-summary-digests-text-index', sql: migration003 },
	{ name: '004-data-version', sql: migration004 },
	// 005 is reserved for work on another branch (the tiles').
	{ name: '006-date-precision', sql: migration006 }
];

/** A query over the filtered incidents: `filtered.sql` as a CTE before it (its parameters are $1..$10). */
export const overFiltered = (sql: string) => `WITH filtered AS NOT MATERIALIZED (${filtered})\n${sql.replace(/^WITH /m, ', ')}`;

/** The store's queries, one file each in `./queries/`. */
export const SQL = {
	all,
	get,
	summary,
	newest,
	ids: overFiltered(ids),
	digests: overFiltered(digests),
	list: overFiltered(list),
	listSelective: overFiltered(listSelective),
	near: overFiltered(near),
	nearest: overFiltered(nearest),
	region: overFiltered(region),
	corridor: overFiltered(corridor),
	months: overFiltered(months),
	createNext,
	dataVersion,
	insertAreas,
	copyNext,
	indexNext,
	summarizeNext,
	swap,
	renameIndexes
} as const;
