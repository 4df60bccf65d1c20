import { renameSync } from 'node:fs';
import nodeAdapter from '@sveltejs/adapter-node';
import { build } from 'vite';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The hash of the one inline style attribute the app cannot avoid: SvelteKit's route announcer
 * (`<div id="svelte-announcer" style="position: absolute; …">`, added by Kit's root component).
 * `src/lib/server/security-headers.test.ts` recomputes it from Kit's source, so an upgrade that changes the
 * announcer fails there instead of in a reader's console.
 */
export const ROUTE_ANNOUNCER_STYLE_HASH = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/**
 * Content-Security-Policy of every page. Kit adds the hash of its inline start-up script to
 * `script-src` (mode 'hash', not a nonce: the same page is the same bytes for every reader, so a
 * CDN or the micro-cache may keep it) and the hook (`src/hooks.server.ts`) adds `frame-ancestors` per page and
 * the remote basemap's origins to `connect-src` when `PUBLIC_BASEMAP_STYLE` is set. No
 * 'unsafe-inline' or 'unsafe-eval' anywhere: MapLibre's worker is a module served from the app's
 * origin, and MapLibre and the components set styles through the CSSOM, which CSP allows.
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'worker-src': ['self'],
	'style-src': ['self', 'unsafe-hashes', ROUTE_ANNOUNCER_STYLE_HASH],
	// data: for MapLibre's and the browser's own small images; blob: for MapLibre's decoded images.
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/**
 * adapter-node, then the server it writes (`build/index.js`) moved to `build/kit-server.js`, and
 * `src/serve.ts` built as `build/index.js` in its place: `node build` starts adapter-node's server
 * with the micro-cache in front of SvelteKit (`src/lib/server/micro-cache.ts`).
 * @returns {import('@sveltejs/kit').Adapter}
 */
function adapter() {
	const node = nodeAdapter({ precompress: true });
	return {
		...node,
		name: 'adapter-node + micro-cache',
		async adapt(builder) {
			await node.adapt(builder);
			renameSync('build/index.js', 'build/kit-server.js');
			renameSync('build/index.js.map', 'build/kit-server.js.map');
			await build({
				configFile: false,
				logLevel: 'warn',
				build: {
					ssr: 'src/serve.ts',
					outDir: 'build',
					emptyOutDir: false,
					sourcemap: true,
					target: 'node20',
					rolldownOptions: { output: { entryFileNames: 'index.js' } }
				}
			});
			builder.log.minor('Wrote build/index.js (the micro-cache in front of build/kit-server.js)');
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
