import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { basemapStyle } from '../../src/lib/map/basemap-style';
import { HOME_BOUNDS } from '../../src/lib/map/camera';
import { LIGHT } from '../../src/lib/map/theme';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';

/**
 * Time from navigation to the map's first `idle`, for the app's `/` and for a bare MapLibre page
 * drawing the same offline basemap (served through request interception on the same origin, so
 * both load over the same loopback server).
 */

/** Set by the app at the map's first `idle`; the bare page sets it too. */
export const FIRST_IDLE_MARK = 'incident-map:first-idle';
const DIST = resolve(import.meta.dirname, '../../node_modules/maplibre-gl/dist');

export function barePage(origin: string): string {
	const style = JSON.stringify(basemapStyle(LIGHT, origin));
	return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/__bench/maplibre-gl.css">
<style>html,body{margin:0;height:100%}#map{position:absolute;inset:0}</style></head><body><div id="map"></div>
<script type="module">
import * as maplibregl from '/__bench/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/__bench/maplibre-gl-worker.mjs');
const map = new maplibregl.Map({ container: 'map', style: ${style}, bounds: ${JSON.stringify(HOME_BOUNDS)} });
map.once('idle', () => performance.mark('${FIRST_IDLE_MARK}'));
</script></body></html>`;
}

export async function timeToIdle(browser: Browser, url: string, bare: boolean): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	if (bare) {
		const origin = new URL(url).origin;
		await page.route(`${origin}/__bench/**`, async (route) => {
			const name = new URL(route.request().url()).pathname.replace('/__bench/', '');
			if (name === 'bare') return route.fulfill({ contentType: 'text/html', body: barePage(origin) });
			const type = name.endsWith('.css') ? 'text/css' : 'text/javascript';
			return route.fulfill({ contentType: type, body: await readFile(resolve(DIST, name)) });
		});
	}
	await page.goto(url);
	const t = await page.waitForFunction(
		(mark) => performance.getEntriesByName(mark)[0]?.startTime,
		FIRST_IDLE_MARK,
		{ timeout: 60_000, polling: 50 }
	);
	const ms = (await t.jsonValue()) as number;
	await context.close();
	return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchMapLoad(baseUrl: string, runs = 5) {
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	try {
		// Warm the server and the OS file cache once, untimed.
		await timeToIdle(browser, baseUrl, false);
		const app: number[] = [];
		const bare: number[] = [];
		for (let i = 0; i < runs; i++) {
			bare.push(await timeToIdle(browser, `${baseUrl}/__bench/bare`, true));
			app.push(await timeToIdle(browser, baseUrl, false));
		}
		return { app, bare, appMedian: median(app), bareMedian: median(bare), ratio: median(app) / median(bare) };
	} finally {
		await browser.close();
	}
}
