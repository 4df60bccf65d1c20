import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { basemapStyle } from '../src/lib/map/basemap-style';
import { LIGHT } from '../src/lib/map/theme';
import { CHROMIUM_ARGS } from './support/chromium';
import { freePort, startBuiltServer, type RunningServer } from './support/server';

/**
 * PUBLIC_BASEMAP_STYLE: a remote style is used when it answers, and the offline basemap (with a
 * notice) when it does not. The "remote" servers are other loopback ports of this machine.
 */

let browser: Browser;
const running: { close: () => Promise<unknown> }[] = [];

beforeAll(async () => {
	browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
});
afterAll(async () => {
	await browser?.close();
	for (const r of running) await r.close();
});

async function listen(server: Server): Promise<string> {
	const port = await freePort();
	await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
	running.push({ close: () => new Promise((ok) => server.close(ok)) });
	return `http://127.0.0.1:${port}`;
}

async function appWith(styleUrl: string): Promise<RunningServer> {
	const app = await startBuiltServer({ PUBLIC_BASEMAP_STYLE: styleUrl });
	running.push({ close: () => app.stop() });
	return app;
}

async function open(url: string): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(url);
	await page.waitForSelector('[data-ready="true"]', { timeout: 45_000 });
	return page;
}

const styleName = (page: Page) => page.evaluate(() => window.incidentMap!.getStyle().name);

describe('PUBLIC_BASEMAP_STYLE', () => {
	it('uses a remote style that answers, with the incidents drawn on top and no notice', async () => {
		let appOrigin = '';
		const styleServer = createServer((_req, res) => {
			const style = { ...basemapStyle(LIGHT, appOrigin), name: 'Remote test style' };
			res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
			res.end(JSON.stringify(style));
		});
		const styleUrl = `${await listen(styleServer)}/style.json`;
		const app = await appWith(styleUrl);
		appOrigin = app.url;
		// The page's CSP lets it fetch from the style's origin, and from nowhere else beyond its own.
		const policy = (await fetch(app.url)).headers.get('content-security-policy')!;
		expect(policy.split('; ').find((d) => d.startsWith('connect-src'))).toBe(`connect-src 'self' ${new URL(styleUrl).origin}`);
		const page = await open(app.url);
		expect(await styleName(page)).toBe('Remote test style');
		expect(await page.evaluate(() => !!window.incidentMap!.getLayer('incident-points'))).toBe(true);
		expect(await page.locator('.notice').count()).toBe(0);
		await page.close();
	});

	it('falls back to the offline basemap within 5 s, with a notice, when the remote style never answers', async () => {
		const hanging = createServer(() => {
			/* accept the request and never answer */
		});
		const app = await appWith(`${await listen(hanging)}/style.json`);
		const page = await open(app.url);
		expect(await styleName(page)).toBe('Incident Map offline basemap');
		expect(await page.locator('.notice').textContent()).toMatch(/remote basemap could not be loaded.*no answer within 5 s.*offline basemap/);
		await page.close();
	});

	it('falls back at once when the remote style is refused', async () => {
		const closedPort = await freePort();
		const app = await appWith(`http://127.0.0.1:${closedPort}/style.json`);
		const page = await open(app.url);
		expect(await styleName(page)).toBe('Incident Map offline basemap');
		expect(await page.locator('.notice').textContent()).toMatch(/offline basemap/);
		await page.close();
	});
});
