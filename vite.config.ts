import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		chunkSizeWarningLimit: 1200,
		rolldownOptions: {
			output: {
				// MapLibre in a chunk of its own: cached across app releases, and measurable by the bench.
				codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl/ }] }
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
					environment: 'node',
					sequence: { groupOrder: 0 }
				}
			},
			{
				test: {
					name: 'browser',
					include: ['tests/**/*.test.ts'],
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
