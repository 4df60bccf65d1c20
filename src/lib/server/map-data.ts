import { createHash } from 'node:crypto';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { loadOverlays } from '../data/overlays';
import { digestTable } from '../domain/incident-digest';
import type { IncidentFeature } from '../domain/incident';
import { readViewParams } from '../domain/view-params';
import { incidentMapData } from '../map/incident-features';
import { incidentStore } from './store';
import { onDataChange } from './data-changes';

const gzipAsync = promisify(gzip);

/**
 * What a map page of a large dataset fetches instead of carrying it inline: every incident's
 * digest (`incidents.json`), the map's points and areas for the page's filters (`points.json`,
 * `areas.json`; MapLibre's worker fetches and parses them), and which incidents a text search
 * matches (`matches.json?q=`: the server holds the summaries the page does not). Bodies are
 * gzipped when the browser accepts it (adapter-node compresses only prerendered files) and the
 * recent ones are cached, so a reader toggling filters back and forth is answered at once.
 */
export const MAP_DATA_FILES = ['incidents.json', 'points.json', 'areas.json', 'matches.json'] as const;
export type MapDataFile = (typeof MAP_DATA_FILES)[number];

/** Up to this many incidents a page carries them inline; above, it fetches them from here. */
export const INLINE_MAX = 2000;

interface Body {
	json: Buffer;
	gzipped: Buffer;
	etag: string;
}

const CACHE_SIZE = 12;
const cache = new Map<string, Promise<Body>>();

async function body(key: string, build: () => Promise<unknown>, level: number): Promise<Body> {
	const hit = cache.get(key);
	if (hit) {
		cache.delete(key);
		cache.set(key, hit); // most recently used last
		return hit;
	}
	const made = (async () => {
		const built = await build();
		const json = Buffer.from(typeof built === 'string' ? built : JSON.stringify(built));
		const gzipped = await gzipAsync(json, { level });
		return { json, gzipped, etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
	})();
	cache.set(key, made);
	made.catch(() => cache.delete(key));
	while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	return made;
}

/** The ids of the incidents the page's filters keep (the page's parser; the store filters as the API does). */
async function filtered(search: URLSearchParams): Promise<string[]> {
	return incidentStore().ids(readViewParams(search).filter);
}

/**
 * Each incident's map feature as JSON text, by id, made once from the store's digests: a filtered
 * answer is then only the texts of the incidents kept, joined (100,000 features take ~1.5 s to
 * build and serialise here).
 */
let featureTexts: Promise<{ points: Map<string, string>; areas: Map<string, string> }> | null = null;

// A data:load into the database: what was made from the old data goes.
onDataChange(() => {
	cache.clear();
	featureTexts = null;
});

function mapFeatureTexts() {
	featureTexts ??= (async () => {
		// A digest has every field a map feature reads (id, title, kind, category, fatalities, uncertainty, area, point).
		const digests = (await incidentStore().digests()) as unknown as IncidentFeature[];
		const data = incidentMapData(digests, loadOverlays().features);
		const texts = (fc: { features: { id?: string | number }[] }) => new Map(fc.features.map((f) => [String(f.id), JSON.stringify(f)]));
		return { points: texts(data.points), areas: texts(data.areas) };
	})();
	featureTexts.catch(() => (featureTexts = null));
	return featureTexts;
}

async function collectionText(layer: 'points' | 'areas', ids: readonly string[]): Promise<string> {
	const texts = (await mapFeatureTexts())[layer];
	const kept: string[] = [];
	for (const id of ids) {
		const text = texts.get(id);
		if (text) kept.push(text);
	}
	return `{"type":"FeatureCollection","features":[${kept.join(',')}]}`;
}

async function build(file: MapDataFile, search: URLSearchParams): Promise<unknown> {
	switch (file) {
		case 'incidents.json':
			return digestTable(await incidentStore().digests());
		case 'points.json':
			return collectionText('points', await filtered(search));
		case 'areas.json':
			return collectionText('areas', await filtered(search));
		case 'matches.json': {
			const q = search.get('q') ?? '';
			return { q, ids: await filtered(new URLSearchParams({ q })) };
		}
	}
}

/**
 * For a large dataset, make the unfiltered files before the first reader asks (in the background:
 * the server answers meanwhile). Nothing to do for a small one.
 */
export async function warmMapData(): Promise<void> {
	const { total } = await incidentStore().summary();
	if (total <= INLINE_MAX) return;
	for (const file of ['incidents.json', 'points.json', 'areas.json'] as const)
		await body(`${file}?`, () => build(file, new URLSearchParams()), 6);
	// File store: fold every record's text once (text-match.ts keeps it), so the first search is as quick as the next.
	await incidentStore().ids({ text: 'a' });
}

/** The response for one map-data file and query, gzipped when accepted, 304 when unchanged. */
export async function mapDataResponse(file: MapDataFile, url: URL, request: Request): Promise<Response> {
	const search = new URLSearchParams(url.searchParams);
	search.sort();
	// The unfiltered files are made once and kept: compressed harder. A filter's answer, faster.
	const b = await body(`${file}?${search}`, () => build(file, search), search.size ? 1 : 6);
	const headers: Record<string, string> = {
		'content-type': file === 'points.json' || file === 'areas.json' ? 'application/geo+json' : 'application/json',
		'cache-control': 'no-cache',
		etag: b.etag,
		vary: 'accept-encoding'
	};
	if (request.headers.get('if-none-match') === b.etag) return new Response(null, { status: 304, headers });
	const gzipOk = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
	if (gzipOk) headers['content-encoding'] = 'gzip';
	return new Response(new Uint8Array(gzipOk ? b.gzipped : b.json), { headers });
}
