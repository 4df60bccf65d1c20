import { noneMatch } from './http-cache';
import { wholeNumberSetting } from './whole-number-setting';

/**
 * A micro-cache in front of SvelteKit: a public answer (`Cache-Control: public`, as `http-cache.ts`
 * marks the API's and `/embed`'s) is kept for a few seconds by its exact request line, and a
 * repeated request is answered from memory before SvelteKit builds a `Request` for it. This is
 * what absorbs a reader spike on one instance (a viral embed asks the same few questions), as a
 * CDN would in front of it; with a store whose data changes (`npm run data:load`) an answer is at
 * most `ttlMs` old, well inside the minute the `Cache-Control` already allows a CDN.
 *
 * Kept: 200 answers to GET on those paths that are `public`, not a page with a CSP nonce, not one
 * that sets a cookie or varies by request header. Bounded in entries and bytes, least recently used
 * dropped first.
 */

export interface StoredAnswer {
	headers: Record<string, string | string[]>;
	body: Buffer;
	/** When it was stored (ms, the cache's clock). */
	at: number;
	etag: string | null;
}

export type Lookup =
	| { kind: 'miss' }
	| { kind: 'hit'; answer: StoredAnswer; ageSeconds: number }
	| { kind: 'not-modified'; answer: StoredAnswer; ageSeconds: number };

export interface MicroCacheOptions {
	/** How long an answer is served from memory, ms; 0 turns the cache off. */
	ttlMs: number;
	maxEntries?: number;
	maxBytes?: number;
	/** Larger bodies are not kept. */
	maxBodyBytes?: number;
	now?: () => number;
}

/** Headers of one response on one connection, not of the answer. */
const PER_RESPONSE = ['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'];

/** The paths whose answers may be kept: the API, tiles, oEmbed and the embed (what a spike asks for). */
const DATA_PATH = /^\/(api|tiles|oembed|embed)(\/|\?|$)/;

export class MicroCache {
	readonly #entries = new Map<string, StoredAnswer>();
	#bytes = 0;
	readonly ttlMs: number;
	readonly #maxEntries: number;
	readonly #maxBytes: number;
	readonly #maxBodyBytes: number;
	readonly #now: () => number;

	constructor(options: MicroCacheOptions) {
		this.ttlMs = options.ttlMs;
		this.#maxEntries = options.maxEntries ?? 2000;
		this.#maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
		this.#maxBodyBytes = options.maxBodyBytes ?? 2 * 1024 * 1024;
		this.#now = options.now ?? (() => performance.now());
	}

	get size(): number {
		return this.#entries.size;
	}

	get bytes(): number {
		return this.#bytes;
	}

	/** Whether a request may be answered from, or stored in, the cache at all. */
	admits(method: string | undefined, url: string | undefined): url is string {
		return this.ttlMs > 0 && method === 'GET' && !!url && DATA_PATH.test(url);
	}

	/** The stored answer to a request line, fresh, or a 304 when the reader already holds it. */
	lookup(url: string, ifNoneMatch: string | undefined): Lookup {
		const answer = this.#entries.get(url);
		if (!answer) return { kind: 'miss' };
		const age = this.#now() - answer.at;
		if (age >= this.ttlMs) {
			this.#drop(url, answer);
			return { kind: 'miss' };
		}
		this.#entries.delete(url);
		this.#entries.set(url, answer); // most recently used last
		const ageSeconds = Math.floor(age / 1000);
		if (answer.etag && noneMatch(ifNoneMatch ?? null, answer.etag)) return { kind: 'not-modified', answer, ageSeconds };
		return { kind: 'hit', answer, ageSeconds };
	}

	/** Keep an answer if it may be kept (see the class comment); returns whether it was. */
	store(url: string, status: number, headers: Record<string, string | string[] | number | undefined>, body: Buffer): boolean {
		const kept = keepable(status, headers);
		if (!kept || body.byteLength > this.#maxBodyBytes) return false;
		const old = this.#entries.get(url);
		if (old) this.#drop(url, old);
		const etag = typeof kept.etag === 'string' ? kept.etag : null;
		this.#entries.set(url, { headers: kept, body, at: this.#now(), etag });
		this.#bytes += body.byteLength;
		for (const [key, entry] of this.#entries) {
			if (this.#entries.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
			this.#drop(key, entry);
		}
		return true;
	}

	#drop(key: string, entry: StoredAnswer): void {
		this.#entries.delete(key);
		this.#bytes -= entry.body.byteLength;
	}
}

/** The headers to store for an answer that may be kept (names lower-cased), or null. */
function keepable(
	status: number,
	headers: Record<string, string | string[] | number | undefined>
): Record<string, string | string[]> | null {
	if (status !== 200) return null;
	const kept: Record<string, string | string[]> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value === undefined) continue;
		kept[name.toLowerCase()] = typeof value === 'number' ? String(value) : value;
	}
	const cacheControl = String(kept['cache-control'] ?? '');
	if (!/\bpublic\b/.test(cacheControl) || /\b(no-store|no-cache|private)\b/.test(cacheControl)) return null;
	if ('set-cookie' in kept || 'vary' in kept) return null;
	// A page is kept only without a CSP nonce, which must be new on every response (the app's
	// policy allows its inline script by hash: `kit.csp.mode` 'hash').
	if (String(kept['content-type'] ?? '').startsWith('text/html') && /'nonce-/.test(String(kept['content-security-policy'] ?? '')))
		return null;
	// Node writes these per response (and the length from the body as served).
	for (const name of PER_RESPONSE) delete kept[name];
	return kept;
}

/** The `MICRO_CACHE_MS` setting: whole milliseconds, 0 (off) to 60000; unset is 5000. */
export function parseMicroCacheMs(value: string | undefined): number {
	return wholeNumberSetting('MICRO_CACHE_MS', value, { fallback: 5000, unit: 'milliseconds', max: 60_000 });
}
