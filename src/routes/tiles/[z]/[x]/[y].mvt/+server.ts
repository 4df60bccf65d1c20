import type { RequestHandler } from './$types';
import { parseTileAddress } from '$lib/domain/tile-address';
import { parseTileFilter } from '$lib/domain/tile-filter';
import { TILE_CONTENT_TYPE } from '$lib/domain/tile-schema';
import { badRequest } from '$lib/server/problem';
import { tileSource } from '$lib/server/tiles/tile-sources';

/**
 * One vector tile of the incidents passing the filters in the query (`tile-filter.ts`), as the
 * map draws them in tile mode (`tile-schema.ts`). A bad z, x, y or filter: a 400 problem naming
 * it. A tile with no incident is an empty 200 (a zero-length tile is a valid tile of no layers),
 * so it is cached and revalidated like any other; ETag, Cache-Control and 304 come from
 * `http-cache.ts`.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const address = parseTileAddress(params.z, params.x, params.y);
	const filter = parseTileFilter(url.searchParams);
	const problems = [...('problems' in address ? address.problems : []), ...('problems' in filter ? filter.problems : [])];
	if ('problems' in address || 'problems' in filter) return badRequest(problems);
	const body = await tileSource().tile(address, filter.filter);
	return new Response(body as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': TILE_CONTENT_TYPE, 'content-length': String(body.byteLength) }
	});
};
