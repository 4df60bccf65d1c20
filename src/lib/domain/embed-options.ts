import { VIEW_PARAMS } from './view-params';

/**
 * The options of an embedded map (`/embed`), as they live in its URL, and the links between a map
 * page and its embed. The map's own state (`incident`, the spatial question, the filters and the
 * overlays shown) is shared with `/` and passes through unchanged.
 */
export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
	/** `auto` follows the reader's `prefers-color-scheme`. */
	theme: EmbedTheme;
	/** The compact legend. */
	legend: boolean;
	/** The layers panel and the map tools. */
	controls: boolean;
	/** A compact list of the incidents under the map. */
	list: boolean;
}

export const EMBED_DEFAULTS: EmbedOptions = { theme: 'light', legend: true, controls: false, list: false };
export const EMBED_PARAMS = ['theme', 'legend', 'controls', 'list'] as const;
/** The map-state parameters a page and its embed share: selection, question, filters, overlays. */
export const MAP_PARAMS = [
	'incident',
	'near',
	'radius_km',
	'region',
	'corridor',
	'nearby',
	'nearby_incident',
	...VIEW_PARAMS
] as const;

const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];

function flag(text: string | null, fallback: boolean): boolean {
	if (text === '1') return true;
	if (text === '0') return false;
	return fallback;
}

/** Read the options from URL parameters; a missing or malformed value takes its default. */
export function readEmbedOptions(params: URLSearchParams): EmbedOptions {
	const theme = params.get('theme');
	return {
		theme: THEMES.includes(theme as EmbedTheme) ? (theme as EmbedTheme) : EMBED_DEFAULTS.theme,
		legend: flag(params.get('legend'), EMBED_DEFAULTS.legend),
		controls: flag(params.get('controls'), EMBED_DEFAULTS.controls),
		list: flag(params.get('list'), EMBED_DEFAULTS.list)
	};
}

/**
 * The `/embed` URL showing what `page` shows: its map parameters and hash, plus each option that
 * differs from the default (so the simplest embed has the shortest URL).
 */
export function embedUrlFor(page: URL, options: Partial<EmbedOptions> = {}): URL {
	const out = new URL('/embed', page.origin);
	for (const name of MAP_PARAMS) for (const value of page.searchParams.getAll(name)) out.searchParams.append(name, value);
	const o = { ...EMBED_DEFAULTS, ...options };
	if (o.theme !== EMBED_DEFAULTS.theme) out.searchParams.set('theme', o.theme);
	for (const name of ['legend', 'controls', 'list'] as const)
		if (o[name] !== EMBED_DEFAULTS[name]) out.searchParams.set(name, o[name] ? '1' : '0');
	out.hash = page.hash;
	return out;
}

/** The full map (`/`) showing what an embed shows: its query without the embed's own options, and its hash. */
export function fullMapUrlFor(embed: URL): URL {
	const out = new URL('/', embed.origin);
	for (const [name, value] of embed.searchParams)
		if (!(EMBED_PARAMS as readonly string[]).includes(name)) out.searchParams.append(name, value);
	out.hash = embed.hash;
	return out;
}
