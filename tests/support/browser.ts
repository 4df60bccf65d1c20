import { chromium, type Browser, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

export const baseUrl = () => inject('baseUrl');

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({ executablePath: inject('chromiumPath'), args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** What a page did that a reader should never see: console errors, uncaught errors, foreign requests. */
export interface PageWatch {
	consoleErrors: string[];
	pageErrors: string[];
	externalRequests: string[];
	dialogs: string[];
	/** Every request to the page's own origin, as path and query, in order. */
	requested: string[];
}

/** Open `path` (on the shared test server, or a whole URL on another) in a new context, watched. */
export async function openPage(
	browser: Browser,
	path: string,
	options: BrowserContextOptions = {}
): Promise<{ page: Page; watch: PageWatch }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
	const page = await context.newPage();
	const watch: PageWatch = { consoleErrors: [], pageErrors: [], externalRequests: [], dialogs: [], requested: [] };
	const href = /^https?:/.test(path) ? path : new URL(path, baseUrl()).href;
	const origin = new URL(href).origin;
	page.on('console', (m) => m.type() === 'error' && watch.consoleErrors.push(m.text()));
	page.on('pageerror', (e) => watch.pageErrors.push(e.message));
	page.on('dialog', (d) => {
		watch.dialogs.push(d.message());
		d.dismiss().catch(() => {}); // the page may close first
	});
	page.on('request', (r) => {
		const url = r.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		const { origin: from, pathname, search } = new URL(url);
		if (from !== origin) watch.externalRequests.push(url);
		else watch.requested.push(pathname + search);
	});
	await page.goto(href);
	return { page, watch };
}

/** Wait for the automation handle: the map's first `idle` has fired (longer for large datasets). */
export async function waitForMap(page: Page, timeout = 45_000): Promise<void> {
	await page.waitForSelector('[data-ready="true"]', { timeout });
}

/** Move the camera (of a page, or of a framed embed) and wait until the map has finished drawing. */
export async function jumpAndSettle(page: Page | Frame, center: [number, number], zoom: number): Promise<void> {
	await page.evaluate(
		([center, zoom]) =>
			new Promise<void>((resolve) => {
				const map = window.incidentMap!;
				map.once('idle', () => resolve());
				map.jumpTo({ center, zoom });
				map.triggerRepaint();
			}),
		[center, zoom] as const
	);
}

/** Resolve once the map is idle again (after an animation or a style change). */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = window.incidentMap!;
				map.once('idle', () => resolve());
				map.triggerRepaint();
			})
	);
}
