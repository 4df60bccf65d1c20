import type { PageServerLoad } from './$types';
import { readEmbedOptions } from '$lib/domain/embed-options';
import { embedCommandOrigins } from '$lib/server/embed-settings';
import { mapPageData } from '$lib/server/map-page-data';
import { withTiles } from '$lib/server/tiles/tile-mode';

/** Rendered per request, never prerendered: the query decides what is shown. */
export const prerender = false;

/** The same map data as `/`, plus the embed's options and the hosts whose commands it obeys. */
export const load: PageServerLoad = async ({ url }) => ({
	...(await withTiles(await mapPageData(url))),
	options: readEmbedOptions(url.searchParams),
	commandOrigins: embedCommandOrigins()
});
