import type { LonLat } from '../geo/proximity';

/**
 * The message protocol between an embedded map (`/embed`, in an iframe) and the page that hosts
 * it, over `postMessage`. Pure: building events, and validating what a host sends.
 *
 * The embed posts `{ source: 'incident-map', version: 1, type, ... }` to `window.parent`; the host
 * sends `{ source: 'incident-map-host', version: 1, type, ... }`. A message that is not exactly one
 * of the shapes below is ignored, never half-applied.
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
	/** A host command was understood; `ok: false` with a `reason` when it could not be applied. */
	| { type: 'ack'; command: HostCommand['type']; ok: boolean; reason?: string };

export type EmbedMessage = EmbedEvent & { source: typeof EMBED_SOURCE; version: typeof PROTOCOL_VERSION };

/** What a host may ask of the embed. */
export type HostCommand =
	| { type: 'select'; id: string | null }
	| { type: 'flyTo'; center: LonLat; zoom?: number }
	/** Accepted and acknowledged; the map has no filters yet, so nothing changes. */
	| { type: 'setFilters'; filters: Record<string, unknown> };

export function embedMessage(event: EmbedEvent): EmbedMessage {
	return { source: EMBED_SOURCE, version: PROTOCOL_VERSION, ...event };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ZOOM = 22;

function lonLat(x: unknown): LonLat | null {
	if (!Array.isArray(x) || x.length !== 2) return null;
	const [lon, lat] = x as unknown[];
	if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
	return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : null;
}

/** A host command, or `null` for anything else (another protocol, a bad field, an unknown type). */
export function parseHostCommand(data: unknown): HostCommand | null {
	if (!isRecord(data) || data.source !== HOST_SOURCE || data.version !== PROTOCOL_VERSION) return null;
	switch (data.type) {
		case 'select': {
			const id = data.id;
			if (id === null) return { type: 'select', id: null };
			return typeof id === 'string' && id.length <= 200 && SLUG.test(id) ? { type: 'select', id } : null;
		}
		case 'flyTo': {
			const center = lonLat(data.center);
			if (!center) return null;
			if (data.zoom === undefined) return { type: 'flyTo', center };
			const zoom = data.zoom;
			return typeof zoom === 'number' && Number.isFinite(zoom) && zoom >= 0 && zoom <= MAX_ZOOM
				? { type: 'flyTo', center, zoom }
				: null;
		}
		case 'setFilters':
			return isRecord(data.filters) ? { type: 'setFilters', filters: { ...data.filters } } : null;
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
