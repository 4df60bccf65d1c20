import type { LonLat } from '../geo/proximity';
import { CLAIM_FILTER_VALUES, parseIncidentQuery, type ClaimFilterValue } from './incident-query';
import type { ViewFilter } from './view-params';

/**
 * The message protocol between an embedded map (`/embed`, in an iframe) and the page that hosts
 * it, over `postMessage`. Pure: building events, and validating what a host sends.
 *
 * The embed posts `{ source: 'incident-map', version: 1, type, ... }` to `window.parent`; the host
 * sends `{ source: 'incident-map-host', version: 1, type, ... }`. A command is applied whole or not
 * at all: one of a known type with a bad field is refused with the field named (`InvalidCommand`,
 * acknowledged with `ok: false`); anything else (another protocol, an unknown type) is ignored.
 */
export const EMBED_SOURCE = 'incident-map';
export const HOST_SOURCE = 'incident-map-host';
export const PROTOCOL_VERSION = 1;

/** What the embed tells its host. */
export type EmbedEvent =
	/** The map has drawn for the first time. */
	| { type: 'ready' }
	/** The embed's content is `height` CSS pixels tall. */
	| { type: 'resize'; height: number }
	/** The reader selected an incident (`null`: closed the details). */
	| { type: 'select'; id: string | null }
	/** The camera came to rest. */
	| { type: 'view'; center: LonLat; zoom: number }
	/**
	 * A host command was understood; `ok: false` with a `reason` when it was not applied. After
	 * `setFilters`, `count` incidents of `total` match.
	 */
	| { type: 'ack'; command: HostCommand['type']; ok: boolean; reason?: string; count?: number; total?: number };

export type EmbedMessage = EmbedEvent & { source: typeof EMBED_SOURCE; version: typeof PROTOCOL_VERSION };

/** What a host may ask of the embed. */
export type HostCommand =
	| { type: 'select'; id: string | null }
	| { type: 'flyTo'; center: LonLat; zoom?: number }
	/** Replace the map's filters (an empty object clears them). */
	| { type: 'setFilters'; filters: ViewFilter };

/** A command of a known type with a bad field: refused, saying which field and why. */
export interface InvalidCommand {
	type: 'invalid';
	command: HostCommand['type'];
	reason: string;
}

/**
 * What `setFilters` accepts as `filters`: the filters of the map page under the names of its URL
 * and of `GET /api/incidents`. Every field is optional and one left out is no filter, so `{}`
 * clears them all. A list is an array of strings (or one string); `[]` matches nothing.
 */
export interface HostFilters {
	/** Category ids, any of them (`suicide-bomb`, …). */
	category?: string | string[];
	/** ISO 3166-1 alpha-3 codes, any case. */
	country?: string | string[];
	/** Perpetrator names as in the data; `unknown` for records with none. */
	perpetrator?: string | string[];
	/** `claimed`, `attributed`, `unclaimed`, or `none` (no claim applies). */
	claim?: string | string[];
	/** The time window, `YYYY-MM-DD`; an incident is in it when its dates overlap it. */
	from?: string;
	to?: string;
	/** Text search (case, diacritics and name variants ignored). */
	q?: string;
	/** At least this many reported deaths (a whole number). */
	min_fatalities?: number;
}

export const HOST_FILTER_FIELDS = ['category', 'country', 'perpetrator', 'claim', 'from', 'to', 'q', 'min_fatalities'] as const;
const LIST_FIELDS = ['category', 'country', 'perpetrator', 'claim'] as const;
const MAX_NAME = 200;

export function embedMessage(event: EmbedEvent): EmbedMessage {
	return { source: EMBED_SOURCE, version: PROTOCOL_VERSION, ...event };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const invalid = (command: HostCommand['type'], reason: string): InvalidCommand => ({ type: 'invalid', command, reason });
const MAX_ZOOM = 22;

function lonLat(x: unknown): LonLat | null {
	if (!Array.isArray(x) || x.length !== 2) return null;
	const [lon, lat] = x as unknown[];
	if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
	return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : null;
}

/**
 * The filters a host asked for, as the page's own filter, or every problem, each naming its field
 * (`filters.category: …`). Values are checked as `GET /api/incidents` checks its parameters.
 */
export function parseHostFilters(x: unknown): { filter: ViewFilter } | { problems: string[] } {
	if (!isRecord(x)) return { problems: ['filters: must be an object, e.g. {"category": ["suicide-bomb"]}'] };
	const problems: string[] = [];
	const fail = (field: string, reason: string) => void problems.push(`filters.${field}: ${reason}`);
	const known: readonly string[] = HOST_FILTER_FIELDS;
	for (const key of Object.keys(x))
		if (!known.includes(key)) fail(key, `is not a filter; the filters are ${HOST_FILTER_FIELDS.join(', ')}`);

	const filter: ViewFilter = {};
	const lists: Partial<Record<(typeof LIST_FIELDS)[number], string[]>> = {};
	for (const field of LIST_FIELDS) {
		const v = x[field];
		if (v === undefined) continue;
		const items = typeof v === 'string' ? [v] : v;
		if (!Array.isArray(items) || !items.every((s) => typeof s === 'string' && s.trim() !== '' && s.length <= MAX_NAME))
			fail(field, `must be an array of non-empty strings (or one string) of at most ${MAX_NAME} characters`);
		else lists[field] = [...new Set(items.map((s: string) => s.trim()))];
	}
	// The API's parser checks categories, countries, dates, text and deaths, naming each parameter.
	const api = new URLSearchParams();
	for (const field of ['category', 'country'] as const) {
		const items = lists[field];
		if (items && items.length === 0) filter[field === 'category' ? 'categories' : 'countries'] = [];
		else if (items) api.set(field, items.join(','));
	}
	for (const field of ['from', 'to', 'q'] as const) {
		const v = x[field];
		if (v === undefined) continue;
		if (typeof v !== 'string') fail(field, field === 'q' ? 'must be a string' : 'must be a string, YYYY-MM-DD');
		else if (field !== 'q' || v.trim() !== '') api.set(field, v);
	}
	const deaths = x.min_fatalities;
	if (deaths !== undefined) {
		if (typeof deaths !== 'number' || !Number.isInteger(deaths) || deaths < 0) fail('min_fatalities', 'must be a whole number, 0 or more');
		else api.set('min_fatalities', String(deaths));
	}
	const parsed = parseIncidentQuery(api);
	if ('problems' in parsed) for (const p of parsed.problems) fail(p.parameter, p.reason);
	else {
		const { limit: _limit, ...rest } = parsed.query;
		Object.assign(filter, rest);
	}
	if (lists.perpetrator) filter.perpetrators = lists.perpetrator;
	if (lists.claim) {
		const bad = lists.claim.filter((c) => !(CLAIM_FILTER_VALUES as readonly string[]).includes(c));
		if (bad.length) fail('claim', `unknown claim status "${bad[0]}"; known: ${CLAIM_FILTER_VALUES.join(', ')}`);
		else filter.claims = lists.claim as ClaimFilterValue[];
	}
	return problems.length ? { problems } : { filter };
}

/**
 * A host command; an `InvalidCommand` naming the bad field for a command of a known type that is
 * malformed; `null` for anything else (another protocol or version, an unknown type).
 */
export function parseHostCommand(data: unknown): HostCommand | InvalidCommand | null {
	if (!isRecord(data) || data.source !== HOST_SOURCE || data.version !== PROTOCOL_VERSION) return null;
	switch (data.type) {
		case 'select': {
			const id = data.id;
			if (id === null) return { type: 'select', id: null };
			return typeof id === 'string' && id.length <= 200 && SLUG.test(id)
				? { type: 'select', id }
				: invalid('select', 'id: must be an incident id (a lowercase slug) or null');
		}
		case 'flyTo': {
			const center = lonLat(data.center);
			if (!center) return invalid('flyTo', 'center: must be [lon, lat] in degrees (lon −180…180, lat −90…90)');
			if (data.zoom === undefined) return { type: 'flyTo', center };
			const zoom = data.zoom;
			return typeof zoom === 'number' && Number.isFinite(zoom) && zoom >= 0 && zoom <= MAX_ZOOM
				? { type: 'flyTo', center, zoom }
				: invalid('flyTo', `zoom: must be a number from 0 to ${MAX_ZOOM}`);
		}
		case 'setFilters': {
			const parsed = parseHostFilters(data.filters);
			return 'filter' in parsed
				? { type: 'setFilters', filters: parsed.filter }
				: { type: 'invalid', command: 'setFilters', reason: parsed.problems.join('; ') };
		}
		default:
			return null;
	}
}

/**
 * Parse a space-separated list of origins (`EMBED_COMMAND_ORIGINS`). Each entry must be exactly an
 * origin (`https://example.org`, no path); a bad entry is reported by name, not silently dropped.
 */
export function parseOriginList(text: string | undefined): { origins: string[]; problems: string[] } {
	const origins: string[] = [];
	const problems: string[] = [];
	for (const entry of (text ?? '').split(/\s+/).filter(Boolean)) {
		let origin: string | null = null;
		try {
			const url = new URL(entry);
			if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry.replace(/\/$/, ''))
				origin = url.origin;
		} catch {
			/* not a URL */
		}
		if (origin) origins.push(origin);
		else problems.push(`"${entry}" is not an origin (scheme://host[:port], http or https, no path)`);
	}
	return { origins, problems };
}

/** Whether a message from `origin` may command the embed. `null` origins never may. */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
	return origin !== 'null' && allowed.includes(origin);
}
