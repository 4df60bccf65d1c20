import migration001 from './migrations/001-incidents.sql?raw';
import migration002 from './migrations/002-distance-functions.sql?raw';
import migration003 from './migrations/003-summary-digests-text-index.sql?raw';
import migration004 from './migrations/004-data-version.sql?raw';
import migration005 from './migrations/005-tile-tables.sql?raw';
import migration006 from './migrations/006-date-precision.sql?raw';
import all from './queries/all.sql?raw';
import corridor from './queries/corridor.sql?raw';
import copyNext from './queries/copy-next.sql?raw';
import createNext from './queries/create-next.sql?raw';
import createNextTileTables from './queries/create-next-tile-tables.sql?raw';
import dataVersion from './queries/data-version.sql?raw';
import digests from './queries/digests.sql?raw';
import fillNextTileClusters from './queries/fill-next-tile-clusters.sql?raw';
import fillNextTilePoints from './queries/fill-next-tile-points.sql?raw';
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
import recordTileBuild from './queries/record-tile-build.sql?raw';
import region from './queries/region.sql?raw';
import renameIndexes from './queries/rename-indexes.sql?raw';
import summarizeNext from './queries/summarize-next.sql?raw';
import summary from './queries/summary.sql?raw';
import swap from './queries/swap.sql?raw';
import swapTileTables from './queries/swap-tile-tables.sql?raw';
import tileClusters from './queries/tile-clusters.sql?raw';
import tileEncode from './queries/tile-encode.sql?raw';
import tilePoints from './queries/tile-points.sql?raw';
import tilePointsFilterable from './queries/tile-points-filterable.sql?raw';
import tileTablesFresh from './queries/tile-tables-fresh.sql?raw';

/** The schema's migrations, applied in this order, each once (`migrate.ts`). Append, never edit. */
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
	{ name: '001-incidents', sql: migration001 },
	{ name: '002-distance-functions', sql: migration002 },
	{ name: '003-summary-digests-text-index', sql: migration003 },
	{ name: '004-data-version', sql: migration004 },
	{ name: '005-tile-tables', sql: migration005 },
	{ name: '006-date-precision', sql: migration006 }
];

/** `sql`'s CTEs (it starts `WITH `) after those already written: `, name AS (…)`. */
const moreCtes = (sql: string) => sql.replace(/^WITH /m, ', ');

const FILTERED_SOURCE = /^SELECT \* FROM incidents$/m;
if (!FILTERED_SOURCE.test(filtered)) throw new Error('queries/filtered.sql: expected a line "SELECT * FROM incidents" (overFiltered reads another relation there)');

/**
 * A query over the filtered incidents: `filtered.sql` as a CTE before it (its parameters are
 * $1..$10), reading `from`: the incidents table, or a relation with the columns it compares.
 */
export const overFiltered = (sql: string, from = 'incidents') =>
	`WITH filtered AS NOT MATERIALIZED (${filtered.replace(FILTERED_SOURCE, `SELECT * FROM ${from}`)})\n${moreCtes(sql)}`;

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
	/** A tile from the points, any filter ($1..$10; then z, x, y, grid cells, cluster max zoom, extent). */
	tilePoints: `${overFiltered(tilePoints, `(${tilePointsFilterable.trimEnd()}\n) AS incidents`)}\n${moreCtes(tileEncode)}`,
	/** A tile from the precomputed grid (categories, countries; then z, x, y, grid cells, cluster max zoom, extent). */
	tileClusters: `${tileClusters}\n${moreCtes(tileEncode)}`,
	createNext,
	dataVersion,
	insertAreas,
	copyNext,
	indexNext,
	summarizeNext,
	swap,
	renameIndexes,
	createNextTileTables,
	fillNextTilePoints,
	fillNextTileClusters,
	recordTileBuild,
	swapTileTables,
	tileTablesFresh
} as const;
