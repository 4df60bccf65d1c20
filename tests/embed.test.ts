import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { baseUrl, jumpAndSettle, launchBrowser, openPage, waitForMap } from './support/browser';
import { freePort, startBuiltServer, type RunningServer } from './support/server';

/**
 * Embedding, end to end: a host page on another origin (`http://localhost:<port>`, the app being
 * `http://127.0.0.1:<port>`) frames `/embed`, loads `/embed.js` and listens; `/` refuses to be
 * framed; `/embed` fits a 300 px high frame and a phone; the Share dialog writes the embed code;
 * `/oembed` answers over HTTP.
 */

const EMBASSY = '2022-09-05-kabul-russian-embassy-bombing';

/** The `frame-ancestors` directives of a response's (single) Content-Security-Policy. */
const frameAncestors = (res: Response) =>
	(res.headers.get('content-security-policy') ?? '')
		.split(';')
		.map((d) => d.trim())
		.filter((d) => d.startsWith('frame-ancestors'));

interface ApiFeature {
	id: string;
	geometry: { coordinates: [number, number] };
	properties: { title: string; area: string | null };
}

interface Recorded {
	origin: string;
	data: { source: string; version: number; type: string; [k: string]: unknown };
}

declare global {
	interface Window {
		/** Host page: every `incident-map` message that reached it, with its origin. */
		recorded?: Recorded[];
		/** Host page: what `IncidentMap.on(iframe, '*', …)` handed over. */
		viaHelper?: Recorded['data'][];
		frameLoaded?: boolean;
		IncidentMap?: {
			on(iframe: HTMLIFrameElement, type: string, handler: (m: Recorded['data']) => void): () => void;
			send(iframe: HTMLIFrameElement, command: Record<string, unknown>): boolean;
		};
	}
}

/** A host page framing `src` (on `app`) at 480 px high, with `app`'s /embed.js, recording messages. */
function hostPage(app: string, src: string): string {
	const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body style="margin:8px">
<h1>A host page</h1>
<script>
window.recorded = [];
window.frameLoaded = false;
addEventListener('message', (e) => {
	if (e.data && e.data.source === 'incident-map') window.recorded.push({ origin: e.origin, data: e.data });
});
</script>
<script src="${esc(app)}/embed.js"></script>
<iframe id="map" src="${esc(app + src)}" title="Incident map" width="100%" height="480" style="border:0" data-incident-map></iframe>
<script>
const frame = document.getElementById('map');
frame.addEventListener('load', () => (window.frameLoaded = true));
window.viaHelper = [];
window.IncidentMap.on(frame, '*', (m) => window.viaHelper.push(m));
</script>
</body></html>`;
}

let browser: Browser;
let host: Server;
let hostOrigin: string;
let commandApp: RunningServer;
let incidents: ApiFeature[];

beforeAll(async () => {
	const port = await freePort();
	hostOrigin = `http://localhost:${port}`;
	host = createServer((req, res) => {
		const url = new URL(req.url ?? '/', hostOrigin);
		const app = url.searchParams.get('app') ?? '';
		const src = url.searchParams.get('src') ?? '';
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(hostPage(app, src));
	});
	await new Promise<void>((ok) => host.listen(port, '127.0.0.1', ok));
	// A second app that obeys this host's commands and lets only it frame /embed.
	commandApp = await startBuiltServer({ EMBED_COMMAND_ORIGINS: hostOrigin, FRAME_ANCESTORS: hostOrigin });
	incidents = ((await (await fetch(`${baseUrl()}/api/incidents`)).json()) as { features: ApiFeature[] }).features;
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await commandApp?.stop();
	await new Promise((ok) => host?.close(ok));
});

async function openHost(app: string, src: string): Promise<{ context: BrowserContext; page: Page; frame: Frame }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(`${hostOrigin}/?app=${encodeURIComponent(app)}&src=${encodeURIComponent(src)}`);
	const handle = await page.waitForSelector('#map');
	const frame = (await handle.contentFrame())!;
	return { context, page, frame };
}

const recorded = (page: Page, type: string) =>
	page.evaluate((type) => window.recorded!.filter((m) => m.data.type === type), type);


describe('/embed framed by a page on another origin', () => {
	let context: BrowserContext;
	let page: Page;
	let frame: Frame;

	beforeAll(async () => {
		({ context, page, frame } = await openHost(baseUrl(), `/embed?incident=${EMBASSY}&list=1`));
		await frame.waitForSelector('[data-ready="true"]', { timeout: 45_000 });
	});
	afterAll(async () => context?.close());

	it('draws the map in the frame, shows the incident’s details and posts ready from the app’s origin', async () => {
		const details = frame.getByTestId('incident-details');
		await details.waitFor();
		const embassy = incidents.find((f) => f.id === EMBASSY)!;
		expect(await details.locator('h2').textContent()).toBe(embassy.properties.title);
		await page.waitForFunction(() => window.recorded!.some((m) => m.data.type === 'ready'));
		const ready = await recorded(page, 'ready');
		expect(ready[0]).toEqual({ origin: new URL(baseUrl()).origin, data: { source: 'incident-map', version: 1, type: 'ready' } });
		// No chrome of the full app; a way to it instead.
		expect(await frame.locator('header.bar').count()).toBe(0);
		const full = frame.getByRole('link', { name: 'Open the full map' });
		expect(new URL((await full.getAttribute('href'))!, baseUrl()).search).toBe(`?incident=${EMBASSY}`);
		expect(await frame.locator('.maplibregl-ctrl-attrib').count()).toBe(1);
		expect(await frame.evaluate(() => window.incidentMap!.cooperativeGestures.isEnabled())).toBe(true);
		// The selection's details did not pull the host reader's focus into the frame.
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
	});

	it('grows the iframe to the height its content posts', async () => {
		await page.waitForFunction(() => window.recorded!.some((m) => m.data.type === 'resize'));
		const content = await frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
		// The map plus the list of every incident: well over the 480 px the host asked for.
		expect(content).toBeGreaterThan(900);
		await page.waitForFunction((h) => document.getElementById('map')!.getBoundingClientRect().height === h, content);
		const last = (await recorded(page, 'resize')).at(-1)!;
		expect(last.data.height).toBe(content);
		// embed.js checked source and origin and passed the same events to IncidentMap.on.
		expect(await page.evaluate(() => window.viaHelper!.some((m) => m.type === 'resize'))).toBe(true);
	});

	it('posts select with the id when the reader clicks an incident in the frame', async () => {
		const herat = incidents.find((f) => f.id.includes('herat') && f.properties.area === null)!;
		await jumpAndSettle(frame, herat.geometry.coordinates, 12);
		const { x, y } = await frame.evaluate((c) => window.incidentMap!.project(c), herat.geometry.coordinates);
		const box = (await frame.locator('.maplibregl-canvas').boundingBox())!;
		await page.mouse.click(box.x + x, box.y + y);
		await page.waitForFunction((id) => window.recorded!.some((m) => m.data.type === 'select' && m.data.id === id), herat.id);
		expect(await frame.getByTestId('incident-details').locator('h2').textContent()).toBe(herat.properties.title);
		expect(await page.evaluate((id) => window.viaHelper!.some((m) => m.type === 'select' && m.id === id), herat.id)).toBe(true);
	});

	it('ignores commands from a host the app does not list in EMBED_COMMAND_ORIGINS', async () => {
		const before = await frame.evaluate(() => window.incidentMap!.getCenter().toArray());
		expect(
			await page.evaluate(() =>
				window.IncidentMap!.send(document.getElementById('map') as HTMLIFrameElement, { type: 'flyTo', center: [71.78, 40.38], zoom: 7 })
			)
		).toBe(true);
		expect(
			await page.evaluate(() =>
				window.IncidentMap!.send(document.getElementById('map') as HTMLIFrameElement, {
					type: 'setFilters',
					filters: { category: ['threat'] }
				})
			)
		).toBe(true);
		await page.waitForTimeout(1500);
		const after = await frame.evaluate(() => window.incidentMap!.getCenter().toArray());
		expect(after).toEqual(before);
		expect(await recorded(page, 'ack')).toEqual([]);
		// No filter applied: every incident is still listed, none is said to be filtered out.
		expect(await frame.locator('.incident-list a').count()).toBe(incidents.length);
		expect(new URL(frame.url()).searchParams.has('category')).toBe(false);
		expect(await frame.locator('.bar .count').textContent()).toBe('');
	});
});

describe('host commands, from an origin listed in EMBED_COMMAND_ORIGINS', () => {
	it('flies the map on flyTo and selects on select; refuses a bad command, naming the field', async () => {
		const { context, page, frame } = await openHost(commandApp.url, '/embed');
		try {
			await frame.waitForSelector('[data-ready="true"]', { timeout: 45_000 });
			const send = (command: Record<string, unknown>) =>
				page.evaluate((c) => window.IncidentMap!.send(document.getElementById('map') as HTMLIFrameElement, c), command);
			await send({ type: 'flyTo', center: [71.78, 40.38], zoom: 8 });
			await frame.waitForFunction(() => {
				const map = window.incidentMap!;
				const [lon, lat] = map.getCenter().toArray();
				return !map.isMoving() && Math.abs(lon - 71.78) < 0.01 && Math.abs(lat - 40.38) < 0.01 && Math.abs(map.getZoom() - 8) < 0.01;
			});
			await page.waitForFunction(() => window.recorded!.some((m) => m.data.type === 'view'));
			await send({ type: 'select', id: EMBASSY });
			await frame.getByTestId('incident-details').waitFor();
			await send({ type: 'flyTo', center: [34.5, 190] });
			await send({ type: 'select', id: 'no-such-incident' });
			await send({ type: 'explode' });
			await page.waitForFunction(() => window.recorded!.filter((m) => m.data.type === 'ack').length >= 4);
			await page.waitForTimeout(500);
			const acks = (await recorded(page, 'ack')).map((m) => m.data);
			expect(acks.map((a) => [a.command, a.ok])).toEqual([
				['flyTo', true],
				['select', true],
				['flyTo', false],
				['select', false]
			]);
			expect(acks[2]!.reason).toMatch(/^center: /);
			expect(acks[3]!.reason).toMatch(/^id: no incident has the id "no-such-incident"/);
			// A host-made selection is not echoed back as the reader's.
			expect(await recorded(page, 'select')).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('filters on setFilters: the map and the list show only the matches, the URL keeps them, a reload too', async () => {
		const { context, page, frame } = await openHost(commandApp.url, '/embed?list=1');
		try {
			await frame.waitForSelector('[data-ready="true"]', { timeout: 45_000 });
			const send = (command: Record<string, unknown>) =>
				page.evaluate((c) => window.IncidentMap!.send(document.getElementById('map') as HTMLIFrameElement, c), command);
			const acks = async (n: number) => {
				await page.waitForFunction((n) => window.recorded!.filter((m) => m.data.type === 'ack').length >= n, n);
				return (await recorded(page, 'ack')).map((m) => m.data);
			};
			const apiIds = async (query: string) =>
				((await (await fetch(`${commandApp.url}/api/incidents?${query}`)).json()) as { features: ApiFeature[] }).features;
			const expected = await apiIds('category=suicide-bomb&country=AFG&min_fatalities=10');
			expect(expected.length).toBeGreaterThan(0);
			expect(expected.length).toBeLessThan(incidents.length);

			await send({ type: 'setFilters', filters: { category: ['suicide-bomb'], country: 'afg', min_fatalities: 10 } });
			expect((await acks(1))[0]).toEqual({
				source: 'incident-map',
				version: 1,
				type: 'ack',
				command: 'setFilters',
				ok: true,
				count: expected.length,
				total: incidents.length
			});
			// What the reader of the frame sees: the count, the list, and the map's incidents.
			await frame.locator('.bar .count', { hasText: `${expected.length} of ${incidents.length} incidents` }).waitFor();
			const listed = await frame.locator('.incident-list a').evaluateAll((as) => as.map((a) => a.getAttribute('data-incident-id')));
			expect(listed.sort()).toEqual(expected.map((f) => f.id).sort());
			const drawn = async () => {
				await frame.evaluate(
					() =>
						new Promise<void>((r) => {
							window.incidentMap!.once('idle', () => r());
							window.incidentMap!.triggerRepaint();
						})
				);
				return frame.evaluate(() => {
					const map = window.incidentMap!;
					let sum = 0;
					const seen = new Set<string>();
					for (const f of map.queryRenderedFeatures({ layers: ['incident-clusters', 'incident-points'] })) {
						const key = f.properties.cluster ? `c${f.properties.cluster_id}` : `p${f.properties.id}`;
						if (seen.has(key)) continue;
						seen.add(key);
						sum += f.properties.cluster ? (f.properties.point_count as number) : 1;
					}
					return sum;
				});
			};
			await jumpAndSettle(frame, [66, 36], 4);
			expect(await drawn()).toBe(expected.filter((f) => f.properties.area === null).length);
			await frame.waitForFunction(() => new URL(location.href).searchParams.get('category') === 'suicide-bomb');
			const url = new URL(frame.url());
			expect([url.searchParams.get('country'), url.searchParams.get('min_fatalities')]).toEqual(['AFG', '10']);
			// The full map opens with the same filters.
			const full = new URL((await frame.getByRole('link', { name: 'Open the full map' }).getAttribute('href'))!, commandApp.url);
			expect(full.searchParams.get('category')).toBe('suicide-bomb');

			// Bad filters: refused whole, each bad field named; the filters stay as they were.
			await send({ type: 'setFilters', filters: { category: ['bogus'], min_fatalities: -1 } });
			const refused = (await acks(2))[1]!;
			expect(refused).toMatchObject({ command: 'setFilters', ok: false });
			expect(refused.reason).toMatch(/filters\.category: unknown category "bogus"/);
			expect(refused.reason).toMatch(/filters\.min_fatalities: /);
			expect(await frame.locator('.bar .count').textContent()).toContain(`${expected.length} of ${incidents.length}`);

			// A reload of the frame keeps them.
			await frame.evaluate(() => location.reload());
			await frame.waitForSelector('[data-ready="true"]', { timeout: 45_000 });
			await frame.locator('.bar .count', { hasText: `${expected.length} of ${incidents.length} incidents` }).waitFor();
			expect(await frame.locator('.incident-list a').count()).toBe(expected.length);

			// An empty object clears them.
			await send({ type: 'setFilters', filters: {} });
			const cleared = (await acks(3))[2]!;
			expect(cleared).toMatchObject({ ok: true, count: incidents.length, total: incidents.length });
			await frame.waitForFunction((n) => document.querySelectorAll('.incident-list a').length === n, incidents.length);
			await frame.waitForFunction(() => !new URL(location.href).searchParams.has('category'));
			expect(await frame.locator('.bar .count').textContent()).toBe('');
		} finally {
			await context.close();
		}
	});

	it('lets only the FRAME_ANCESTORS sources frame /embed', async () => {
		const res = await fetch(`${commandApp.url}/embed`);
		expect(frameAncestors(res)).toEqual([`frame-ancestors ${hostOrigin}`]);
		expect(res.headers.get('x-frame-options')).toBeNull();
	});
});

describe('framing', () => {
	it('lets any site frame /embed by default, and refuses framing of / (header and in the browser)', async () => {
		const embed = await fetch(`${baseUrl()}/embed`);
		expect(frameAncestors(embed)).toEqual([]);
		expect(embed.headers.get('x-frame-options')).toBeNull();
		const root = await fetch(`${baseUrl()}/`);
		expect(frameAncestors(root)).toEqual(["frame-ancestors 'self'"]);
		expect(root.headers.get('x-frame-options')).toBe('SAMEORIGIN');

		const { context, page, frame } = await openHost(baseUrl(), '/');
		try {
			await page.waitForFunction(() => window.frameLoaded === true);
			const content = await frame
				.evaluate(() => document.querySelector('h1')?.textContent ?? document.body?.innerText ?? '')
				.catch(() => '');
			expect(content).not.toContain('Incident Map');
			// Chromium replaces a refused frame with its error page.
			expect(frame.url()).not.toContain(new URL(baseUrl()).host);
		} finally {
			await context.close();
		}
	});
});

describe('/embed keeps its state in its URL', () => {
	it('survives a reload after the reader selects, closes and moves the map', async () => {
		const { page, watch } = await openPage(browser, '/embed?list=1');
		try {
			await waitForMap(page);
			const herat = incidents.find((f) => f.id.includes('herat'))!;
			await page.locator(`.incident-list a[data-incident-id="${EMBASSY}"]`).click();
			await page.getByTestId('incident-details').waitFor();
			await page.waitForFunction((id) => new URL(location.href).searchParams.get('incident') === id, EMBASSY);
			await page.locator(`.incident-list a[data-incident-id="${herat.id}"]`).click();
			await page.waitForFunction((id) => new URL(location.href).searchParams.get('incident') === id, herat.id);
			await page.getByRole('link', { name: 'Close details' }).click();
			await page.getByTestId('incident-details').waitFor({ state: 'detached' });
			await page.waitForFunction(() => !new URL(location.href).searchParams.has('incident'));
			await jumpAndSettle(page, [70.5, 37.5], 6.5);
			await page.waitForFunction(() => location.hash.startsWith('#6.5/'));
			// "Open the full map" follows too: no selection any more (and no embed option), the camera now.
			await page.waitForFunction(
				() => (document.querySelector('.bar a') as HTMLAnchorElement).href === `${location.origin}/${location.hash}`
			);

			await page.reload();
			await waitForMap(page);
			expect(await page.getByTestId('incident-details').count()).toBe(0);
			expect(new URL(page.url()).searchParams.has('incident')).toBe(false);
			const camera = await page.evaluate(() => ({ zoom: window.incidentMap!.getZoom(), center: window.incidentMap!.getCenter().toArray() }));
			expect(camera.zoom).toBeCloseTo(6.5, 2);
			expect(camera.center[0]).toBeCloseTo(70.5, 2);
			expect(camera.center[1]).toBeCloseTo(37.5, 2);
			expect(watch.pageErrors).toEqual([]);
		} finally {
			await page.context().close();
		}
	});
});

describe('/embed in small frames', () => {
	it('draws a usable map at 300 px high', async () => {
		const { page, watch } = await openPage(browser, '/embed', { viewport: { width: 800, height: 300 } });
		try {
			await waitForMap(page);
			const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
			expect(canvas.height).toBeGreaterThan(220);
			expect(canvas.y + canvas.height).toBeLessThanOrEqual(300);
			// The legend starts folded in a short frame, so it does not cover the map.
			expect(await page.locator('.legend-box').getAttribute('open')).toBeNull();
			expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(300);
			const drawn = await page.evaluate(() => window.incidentMap!.queryRenderedFeatures().length);
			expect(drawn).toBeGreaterThan(0);
			expect(watch.pageErrors).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
		} finally {
			await page.context().close();
		}
	});

	it('fills a 375 px phone, in the dark theme', async () => {
		const { page, watch } = await openPage(browser, '/embed?theme=dark', {
			viewport: { width: 375, height: 667 },
			isMobile: true,
			hasTouch: true
		});
		try {
			await waitForMap(page);
			const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
			expect(canvas.width).toBe(375);
			expect(canvas.height).toBeGreaterThan(500);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
			const colours = await page.evaluate(() => ({
				water: window.incidentMap!.getPaintProperty('background', 'background-color'),
				bg: getComputedStyle(document.querySelector('.embed')!).backgroundColor
			}));
			expect(colours.water).toBe('#10202c');
			expect(colours.bg).toBe('rgb(24, 27, 31)');
			expect(watch.pageErrors).toEqual([]);
		} finally {
			await page.context().close();
		}
	});
});

describe('/embed?theme=auto', () => {
	it('follows the reader’s colour scheme, also when it changes', async () => {
		const { page, watch } = await openPage(browser, '/embed?theme=auto', { colorScheme: 'dark' });
		try {
			await waitForMap(page);
			const water = () => page.evaluate(() => window.incidentMap!.getPaintProperty('background', 'background-color'));
			const bg = () => page.evaluate(() => getComputedStyle(document.querySelector('.embed')!).backgroundColor);
			expect(await water()).toBe('#10202c');
			expect(await bg()).toBe('rgb(24, 27, 31)');
			await page.emulateMedia({ colorScheme: 'light' });
			await page.waitForFunction(() => window.incidentMap!.getPaintProperty('background', 'background-color') === '#c9dbe6');
			expect(await bg()).toBe('rgb(255, 255, 255)');
			// The style was patched, not rebuilt: the incidents are still drawn.
			await page.evaluate(() => new Promise((r) => window.incidentMap!.once('idle', r)));
			expect(await page.evaluate(() => window.incidentMap!.queryRenderedFeatures({ layers: ['incident-points', 'incident-clusters'] }).length)).toBeGreaterThan(0);
			expect(watch.pageErrors).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
		} finally {
			await page.context().close();
		}
	});

	it('on a phone with list=1, keeps the details over the map, not at the bottom of the grown frame', async () => {
		const { page } = await openPage(browser, `/embed?list=1&incident=${EMBASSY}`, {
			viewport: { width: 375, height: 2000 },
			isMobile: true,
			hasTouch: true
		});
		try {
			await waitForMap(page);
			const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
			const details = (await page.locator('.details-panel').boundingBox())!;
			expect(details.y).toBeGreaterThanOrEqual(map.y);
			expect(details.y + details.height).toBeLessThanOrEqual(map.y + map.height + 1);
		} finally {
			await page.context().close();
		}
	});
});

describe('the Share dialog', () => {
	it('copies the link and embed code with the specified iframe, and previews the embed', async () => {
		const { page, watch } = await openPage(browser, `/?incident=${EMBASSY}`, {
			permissions: ['clipboard-read', 'clipboard-write']
		});
		try {
			await waitForMap(page);
			const button = page.getByRole('button', { name: 'Share' });
			await button.click();
			const dialog = page.getByRole('dialog', { name: 'Share this view' });
			await dialog.waitFor();

			await dialog.getByRole('button', { name: 'Copy link' }).click();
			await dialog.getByRole('status').filter({ hasText: 'Copied the link' }).waitFor();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

			await dialog.getByLabel('Theme').selectOption('dark');
			await dialog.getByRole('button', { name: 'Copy embed code' }).click();
			await dialog.getByRole('status').filter({ hasText: 'Copied the embed code' }).waitFor();
			const code = await page.evaluate(() => navigator.clipboard.readText());
			expect(code).toBe(await dialog.getByLabel('Embed code').inputValue());
			// Parsed in a page of its own: a parse in the app's page would apply the app's CSP to the code's `style`.
			const attrs = await (await page.context().newPage()).evaluate((html) => {
				const doc = new DOMParser().parseFromString(html, 'text/html');
				const frames = doc.querySelectorAll('iframe');
				const f = frames[0]!;
				const names = ['src', 'title', 'width', 'height', 'loading', 'allow', 'referrerpolicy', 'style'];
				return { count: frames.length, ...Object.fromEntries(names.map((a) => [a, f.getAttribute(a)])) } as {
					count: number;
					[attribute: string]: string | number | null;
				};
			}, code);
			expect(attrs).toEqual({
				count: 1,
				// The current view: its question, and its camera as MapLibre writes it (#zoom/lat/lon).
				src: expect.stringMatching(
					new RegExp(`^${new URL(baseUrl()).origin}/embed\\?incident=${EMBASSY}&theme=dark(#[\\d.]+/-?[\\d.]+/-?[\\d.]+)?$`)
				),
				title: expect.stringMatching(/Incident Map/),
				width: '100%',
				height: '480',
				loading: 'lazy',
				allow: 'fullscreen',
				referrerpolicy: 'strict-origin-when-cross-origin',
				style: 'border:0'
			});

			const preview = await dialog.locator('iframe.preview').elementHandle();
			const previewFrame = (await preview!.contentFrame())!;
			await previewFrame.waitForSelector('[data-ready="true"]', { timeout: 45_000 });
			expect(previewFrame.url()).toBe(attrs.src as string);

			// Esc closes the dialog (not the incident's details behind it) and focus returns to Share.
			await page.keyboard.press('Escape');
			await dialog.waitFor({ state: 'hidden' });
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Share');
			expect(await page.getByTestId('incident-details').count()).toBe(1);
			expect(watch.pageErrors).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
		} finally {
			await page.context().close();
		}
	});

	it('on an incident page, shares the page and embeds the map showing that incident', async () => {
		const { page, watch } = await openPage(browser, `/incidents/${EMBASSY}`);
		try {
			await waitForMap(page);
			await page.getByRole('button', { name: 'Share' }).click();
			const dialog = page.getByRole('dialog', { name: 'Share this view' });
			await dialog.waitFor();
			expect(await dialog.getByLabel('Link to this view').inputValue()).toBe(`${new URL(baseUrl()).origin}/incidents/${EMBASSY}`);
			const code = await dialog.getByLabel('Embed code').inputValue();
			expect(code).toContain(`src="${new URL(baseUrl()).origin}/embed?incident=${EMBASSY}"`);
			await page.keyboard.press('Escape');
			await dialog.waitFor({ state: 'hidden' });
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Share');
			expect(watch.pageErrors).toEqual([]);
			expect(watch.consoleErrors).toEqual([]);
		} finally {
			await page.context().close();
		}
	});
});

describe('GET /oembed', () => {
	const oembed = (query: string) => fetch(`${baseUrl()}/oembed?${query}`);
	const pageUrl = (path: string) => encodeURIComponent(new URL(path, baseUrl()).href);

	it('describes a map page as a rich embed of the matching /embed', async () => {
		const res = await oembed(`url=${pageUrl(`/?incident=${EMBASSY}`)}&format=json`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		const body = (await res.json()) as Record<string, unknown>;
		const embassy = incidents.find((f) => f.id === EMBASSY)!;
		expect(body).toMatchObject({
			version: '1.0',
			type: 'rich',
			provider_name: 'Incident Map',
			title: `${embassy.properties.title} · Incident Map`,
			width: 640,
			height: 480
		});
		expect(body.html).toContain(`src="${new URL(baseUrl()).origin}/embed?incident=${EMBASSY}"`);
		expect(body.html).toContain('width="640" height="480"');
	});

	it('honours maxwidth and maxheight', async () => {
		const body = (await (await oembed(`url=${pageUrl('/')}&maxwidth=300&maxheight=250`)).json()) as Record<string, unknown>;
		expect([body.width, body.height]).toEqual([300, 250]);
		expect(body.html).toContain('width="300" height="250"');
	});

	it('answers 501 for xml, 404 for another origin or a page that is no map, 400 without url', async () => {
		expect((await oembed(`url=${pageUrl('/')}&format=xml`)).status).toBe(501);
		expect((await oembed(`url=${encodeURIComponent('https://example.org/')}`)).status).toBe(404);
		expect((await oembed(`url=${pageUrl('/api/incidents')}`)).status).toBe(404);
		const missing = await oembed('maxwidth=300');
		expect(missing.status).toBe(400);
		expect(missing.headers.get('content-type')).toBe('application/problem+json');
		expect(await missing.json()).toMatchObject({ status: 400, invalid_params: [{ name: 'url' }] });
	});

	it('is discoverable from /', async () => {
		const html = await (await fetch(`${baseUrl()}/`)).text();
		const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
		expect(href).toMatch(/\/oembed\?url=/);
		const endpoint = new URL(href!.replaceAll('&amp;', '&'));
		expect(endpoint.pathname).toBe('/oembed');
		const res = await fetch(new URL(endpoint.pathname + endpoint.search, baseUrl()));
		expect(res.status).toBe(200);
	});
});
