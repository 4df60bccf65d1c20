import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './support/chromium';
import { startBuiltServer } from './support/server';

/**
 * `npm run screenshot`: the README's picture of `/` at 1280×800, from the built server, so that
 * it always shows what the app really draws.
 */
const out = resolve(import.meta.dirname, '../static/readme/screenshot.png');
const server = await startBuiltServer();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(server.url);
	await page.waitForSelector('[data-ready="true"]', { timeout: 60_000 });
	// The timeline is built once the map has drawn: the picture shows the page as a reader sees it.
	await page.getByRole('region', { name: 'Timeline' }).waitFor({ timeout: 60_000 });
	await page.screenshot({ path: out });
	console.log(`wrote ${out}`);
} finally {
	await browser.close();
	await server.stop();
}
