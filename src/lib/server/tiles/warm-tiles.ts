import { tileSource } from './tile-sources';

/**
 * In tile mode, ask for the unfiltered world tile before the first reader does (in the
 * background): the file store makes its unfiltered index; PostGIS applies pending migrations and,
 * in a database whose tile tables were not built from its data (just migrated to 005), builds them.
 */
export async function warmTiles(): Promise<void> {
	await tileSource().tile({ z: 0, x: 0, y: 0 }, {});
}
