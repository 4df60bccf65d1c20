/**
 * What `node build` runs (the build writes this file as `build/index.js`): adapter-node's server,
 * moved to `build/kit-server.js`, with the micro-cache (`MICRO_CACHE_MS`, `micro-cache.ts`) put in
 * front of SvelteKit, so that a repeated data request is answered before SvelteKit builds a
 * `Request` for it. Every adapter-node setting (PORT, HOST, SOCKET_PATH, ORIGIN, timeouts,
 * graceful shutdown) is adapter-node's own.
 */
import type { Server } from 'node:http';
import { MicroCache, parseMicroCacheMs } from './lib/server/micro-cache';
import { withMicroCache, type RequestListener } from './lib/server/micro-cache-http';

/** adapter-node's `server` export: a polka app, which listens through `attach`. */
interface KitServer {
	server: Server;
	attach: RequestListener;
}

const ttlMs = parseMicroCacheMs(process.env.MICRO_CACHE_MS);
const kit = new URL('./kit-server.js', import.meta.url).href;
const { server } = (await import(/* @vite-ignore */ kit)) as { server: KitServer };

if (ttlMs > 0) {
	const http = server.server;
	if (!http.listeners('request').includes(server.attach))
		throw new Error('adapter-node no longer listens through polka\'s `attach`: update src/serve.ts for its new server.');
	http.removeListener('request', server.attach);
	http.on('request', withMicroCache(new MicroCache({ ttlMs }), server.attach));
}
