import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { startBuiltServer } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		chromiumPath: string;
	}
}

/** Once for the browser tests: find (or install) Chromium and start the built server. */
export default async function setup(project: TestProject) {
	const chromiumPath = findChromium();
	const server = await startBuiltServer();
	project.provide('baseUrl', server.url);
	project.provide('chromiumPath', chromiumPath);
	return async () => {
		await server.stop();
	};
}
