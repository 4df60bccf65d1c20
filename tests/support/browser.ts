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
}

export async function openPage(
	browser: Browser,
	path: string,
	options: BrowserContextOptions = {}
): Promise<{ page: Page; watch: PageWatch }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
	const page = await context.newPage();
	const watch: PageWatch = { consoleErrors: [], pageErrors: [], externalRequests: [], dialogs: [] };
	const origin = new URL(baseUrl()).origin;
	page.on('console', (m) => m.type() === 'error' && watch.consoleErrors.push(m.text()));
	page.on('pageerror', (e) => watch.pageErrors.push(e.message));
	page.on('dialog', (d) => {
		watch.dialogs.push(d.message());
		void d.dismiss();
	});
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
			watch.externalRequests.push(url);
	});
	await page.goto(new URL(path, baseUrl()).href);
	return { page, watch };
}

/** Wait for the automation handle: the map's first `idle` has fired. */
export async function waitForMap(page: Page): Promise<void> {
	await page.waitForSelector('[data-ready="true"]', { timeout: 45_000 });
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
