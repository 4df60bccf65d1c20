import { tileSource } from './tile-sources';

/** Make the unfiltered tiles' index before the first reader asks (in the background; a no-op cost for PostGIS beyond one query). */
export async function warmTiles(): Promise<void> {
	await tileSource().tile({ z: 0, x: 0, y: 0 }, {});
}
