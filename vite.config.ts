import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * Kept out of the app's shared chunk: components a reader may never open (each fetched on first
 * use, `{#await import(...)}`), code only they use, and code only the embed needs.
 */
const NOT_ON_FIRST_LOAD =
	/[\\/](ShareDialog|QueryResults|Timeline|FilterPanel|ContextMenu|LayerPanel|InViewSummary|InViewList)\.svelte$|[\\/](embed-[a-z-]+|focus-trap|incident-query|month-bins|question-shapes|query-shapes|query-layers|remote-style|fold-attribution|source-retry|retry|query-client|filter-options|write-tile-filter|time-player\.svelte|time-view\.svelte|server-months\.svelte|tile-mode\.svelte|in-view-incidents\.svelte|view-box)\.ts$/;

/**
 * SvelteKit's client imports `* as svelte` to feature-test `fork` and `settled`; the bundler then
 * keeps every export of `svelte` (the legacy API included) in the first load. Name the four it
 * uses instead: ≈1 KB gzip less. Kit is pinned; a Kit whose client no longer has that line is left
 * as it is, with a warning.
 */
const KIT_CLIENT = /@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;
const KIT_SVELTE_IMPORT = "import * as svelte from 'svelte';";
function kitClientNamedImports(): Plugin {
	return {
		name: 'kit-client-named-svelte-imports',
		transform(code, id) {
			if (!KIT_CLIENT.test(id)) return;
			if (!code.includes(KIT_SVELTE_IMPORT)) {
				this.warn(`${id} no longer has \`${KIT_SVELTE_IMPORT}\`: vite.config.ts can drop kitClientNamedImports`);
				return;
			}
			return code.replace(
				KIT_SVELTE_IMPORT,
				"import { fork as _fork, settled as _settled, tick as _tick, untrack as _untrack } from 'svelte'; const svelte = { fork: _fork, settled: _settled, tick: _tick, untrack: _untrack };"
			);
		}
	};
}

/**
 * SvelteKit's generated root (`.svelte-kit/generated/root.js`) wraps it with `asClassComponent` from
 * `svelte/legacy`, for the browser only two calls (`new Root(...)`, `$set`): the browser build uses
 * `src/kit-root.svelte.ts` instead, ≈0.2 KB gzip less on the first load (the server keeps Kit's, which
 * renders through it). A Kit whose root no longer reads so is left as it is, with a warning.
 */
const KIT_ROOT = /[\\/]\.svelte-kit[\\/]generated[\\/]root\.js$/;
const KIT_ROOT_LEGACY = "import { asClassComponent } from 'svelte/legacy';";
function kitRootWithoutLegacy(): Plugin {
	const replacement = fileURLToPath(new URL('./src/kit-root.svelte.ts', import.meta.url));
	return {
		name: 'kit-root-without-legacy',
		transform(code, id, options) {
			if (options?.ssr || !KIT_ROOT.test(id)) return;
			if (!code.includes(KIT_ROOT_LEGACY) || !code.includes('export default asClassComponent(Root);')) {
				this.warn(`${id} no longer wraps its root with asClassComponent: vite.config.ts can drop kitRootWithoutLegacy`);
				return;
			}
			return code
				.replace(KIT_ROOT_LEGACY, `import { kitRoot } from ${JSON.stringify(replacement)};`)
				.replace('export default asClassComponent(Root);', 'export default kitRoot(Root);');
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), kitClientNamedImports(), kitRootWithoutLegacy()],
	build: {
		chunkSizeWarningLimit: 1200,
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						// MapLibre in a chunk of its own: cached across app releases, and measurable by the bench.
						{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl/ },
						// The app's shared code in one chunk rather than a dozen: it compresses better (≈2.4 KB
						// less gzip for `/`) and loads in fewer requests.
						{
							name: 'app',
							test: (id: string) =>
								(/[\\/]src[\\/]lib[\\/]/.test(id) || id.endsWith('MapStage.svelte')) && !NOT_ON_FIRST_LOAD.test(id)
						}
					]
				}
			}
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.pg.test.ts'],
					environment: 'node',
					sequence: { groupOrder: 0 }
				}
			},
			{
				extends: true,
				test: {
					// The PostGIS store against a throwaway cluster (installed from Debian's packages when missing).
					name: 'postgis',
					include: ['src/**/*.pg.test.ts', 'tests/**/*.pg.test.ts'],
					environment: 'node',
					globalSetup: ['tests/support/postgis-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
					sequence: { groupOrder: 0 }
				}
			},
			{
				test: {
					name: 'browser',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/**/*.pg.test.ts'],
					globalSetup: ['tests/support/global-setup.ts'],
					// One Chromium at a time: SwiftShader renders WebGL on the CPU and the machine has 2 cores.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000,
					sequence: { groupOrder: 1 }
				}
			}
		]
	}
});
