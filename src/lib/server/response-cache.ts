import { entityTag } from './http-cache';

/**
 * Finished responses kept by key, least recently used dropped first, bounded in entries and in
 * bytes. For answers that depend on the request alone and on data fixed for the life of the
 * process (the incident store is read once, at start-up): the body is encoded once and each hit
 * costs a lookup. A store whose data can change must call `clear()` when it does.
 */
export interface CachedResponse {
	status: number;
	headers: Record<string, string>;
	body: Uint8Array<ArrayBuffer>;
}

const encoder = new TextEncoder();

export class ResponseCache {
	readonly #entries = new Map<string, CachedResponse>();
	#bytes = 0;

	constructor(
		readonly maxEntries = 500,
		readonly maxBytes = 16 * 1024 * 1024
	) {}

	get size(): number {
		return this.#entries.size;
	}

	get bytes(): number {
		return this.#bytes;
	}

	/** A fresh `Response` for the key, or null; a hit becomes the most recently used. */
	get(key: string): Response | null {
		const entry = this.#entries.get(key);
		if (!entry) return null;
		this.#entries.delete(key);
		this.#entries.set(key, entry);
		return new Response(entry.body, { status: entry.status, headers: entry.headers });
	}

	/**
	 * Keep a 200 answer (its body encoded and tagged here, once) and return it as a response to
	 * send. Bodies over an eighth of the budget are not kept.
	 */
	put(key: string, answer: { headers: Record<string, string>; body: string }): Response {
		const body = encoder.encode(answer.body) as Uint8Array<ArrayBuffer>;
		// With its length known the body goes out in one piece, not in chunked transfer encoding.
		const headers = {
			...answer.headers,
			'content-length': String(body.byteLength),
			etag: entityTag(body)
		};
		const entry: CachedResponse = { status: 200, headers, body };
		if (body.byteLength <= this.maxBytes / 8) {
			const old = this.#entries.get(key);
			if (old) this.#drop(key, old);
			this.#entries.set(key, entry);
			this.#bytes += body.byteLength;
			for (const [k, e] of this.#entries) {
				if (this.#entries.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
				this.#drop(k, e);
			}
		}
		return new Response(body, { status: entry.status, headers: entry.headers });
	}

	clear(): void {
		this.#entries.clear();
		this.#bytes = 0;
	}

	#drop(key: string, entry: CachedResponse): void {
		this.#entries.delete(key);
		this.#bytes -= entry.body.byteLength;
	}
}
