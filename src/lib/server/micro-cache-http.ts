import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { MicroCache } from './micro-cache';
import { NOT_MODIFIED_HEADERS } from './http-cache';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;


/**
 * A Node request listener that answers from `cache` what it holds and passes the rest to `next`
 * (SvelteKit), keeping `next`'s answer when the cache may. An answer from the cache carries `Age`
 * (RFC 9111 §5.1), so a CDN in front counts its freshness from when it was made.
 */
export function withMicroCache(cache: MicroCache, next: RequestListener): RequestListener {
	return (req, res) => {
		const url = req.url;
		if (!cache.admits(req.method, url)) return next(req, res);
		const found = cache.lookup(url, req.headers['if-none-match']);
		if (found.kind === 'hit') {
			const { headers, body } = found.answer;
			res.writeHead(200, { ...headers, age: String(found.ageSeconds), 'content-length': String(body.byteLength) });
			res.end(body);
			return;
		}
		if (found.kind === 'not-modified') {
			const headers: OutgoingHttpHeaders = { age: String(found.ageSeconds) };
			for (const name of NOT_MODIFIED_HEADERS) if (name in found.answer.headers) headers[name] = found.answer.headers[name];
			res.writeHead(304, headers);
			res.end();
			return;
		}
		record(res, (status, headers, body) => cache.store(url, status, headers, body));
		next(req, res);
	};
}

type Keep = (status: number, headers: Record<string, string | string[] | number | undefined>, body: Buffer) => void;

/** Collect what `res` sends (status, headers, body) and hand it to `keep` once it has all gone. */
function record(res: ServerResponse, keep: Keep): void {
	const chunks: Buffer[] = [];
	let headArgument: OutgoingHttpHeaders | null = null;
	const collect = (chunk: unknown, encoding?: unknown) => {
		if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
		else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
	};
	const { writeHead, write, end } = res;
	res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
		const last = args[args.length - 1];
		if (last && typeof last === 'object' && !Array.isArray(last)) headArgument = last as OutgoingHttpHeaders;
		return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
	} as ServerResponse['writeHead'];
	res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
		collect(chunk, rest[0]);
		return (write as (...a: unknown[]) => boolean).apply(this, [chunk, ...rest]);
	} as ServerResponse['write'];
	res.end = function (this: ServerResponse, ...args: unknown[]) {
		if (args[0] !== undefined && typeof args[0] !== 'function') collect(args[0], args[1]);
		const result = (end as (...a: unknown[]) => ServerResponse).apply(this, args);
		keep(this.statusCode, { ...this.getHeaders(), ...(headArgument ?? {}) }, Buffer.concat(chunks));
		return result;
	} as ServerResponse['end'];
}
