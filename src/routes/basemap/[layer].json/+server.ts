import type { EntryGenerator, RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import {
	basemapBorders,
	basemapCountryLabels,
	basemapLand,
	basemapPlaceLabels
} from '$lib/data/basemap';

/** Built once at build time into static files (.json, so adapter-node precompresses them). */
export const prerender = true;

const LAYERS: Record<string, () => unknown> = {
	land: basemapLand,
	borders: basemapBorders,
	'country-labels': basemapCountryLabels,
	'place-labels': basemapPlaceLabels
};

export const entries: EntryGenerator = () => Object.keys(LAYERS).map((layer) => ({ layer }));

export const GET: RequestHandler = ({ params }) => {
	const build = LAYERS[params.layer];
	if (!build) error(404, `No basemap layer "${params.layer}"`);
	return new Response(JSON.stringify(build()), {
		headers: { 'content-type': 'application/geo+json' }
	});
};
