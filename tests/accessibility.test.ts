import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, waitForMap } from './support/browser';
import { axeViolations } from './support/axe';

/**
 * axe-core, WCAG 2.2 AA (every A and AA rule of WCAG 2.0, 2.1 and 2.2), on every page and in every
 * state a reader can open: `/` with the details, a proximity answer, the filters, the layers, a tool,
 * the context menu, the Share dialog and a failure notice; `/embed` in each theme, with its list and
 * the details; `/incidents/{id}`.
 * Each in the light and the dark colour scheme (`/` and `/incidents/{id}` follow the reader's;
 * the embed's `theme=auto` does, `theme=dark` is dark in either).
 */

const EMBASSY = '2022-09-05-kabul-russian-embassy-bombing';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
	// axe is injected as a script tag, which the app's Content-Security-Policy would refuse.
	const { page } = await openPage(browser, path, { colorScheme, bypassCSP: true });
	await waitForMap(page);
	return page;
}

describe.each(['light', 'dark'] as const)('in the %s colour scheme', (scheme) => {
	it('/ has no violations with the details and an answer open, then filters, layers, a tool, the context menu, Share', async () => {
		const page = await open(`/?incident=${EMBASSY}&nearby=25`, scheme);
		await page.getByTestId('query-summary').filter({ hasText: /incidents?/ }).waitFor();
		expect(await page.locator('.app').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
			scheme === 'dark' ? 'rgb(24, 27, 31)' : 'rgb(255, 255, 255)'
		);
		expect(await axeViolations(page), 'details and answer').toEqual([]);

		await page.locator('.filters-box summary').click();
		await page.locator('.layers-panel summary').click();
		await page.getByRole('button', { name: 'What is near here?' }).click();
		await page.getByRole('search', { name: 'Filter incidents' }).waitFor();
		expect(await axeViolations(page), 'filters, layers, tool hint').toEqual([]);

		await page.getByRole('button', { name: 'What is near here?' }).click();
		// The panels cover much of the map: ask from the keyboard (the map's middle).
		await page.locator('.maplibregl-canvas').focus();
		await page.keyboard.press('Shift+F10');
		await page.getByRole('dialog', { name: 'This place' }).waitFor();
		expect(await axeViolations(page), 'context menu').toEqual([]);
		await page.keyboard.press('Escape');

		await page.getByRole('button', { name: 'Share' }).click();
		await page.getByRole('dialog', { name: 'Share this view' }).waitFor();
		expect(await axeViolations(page), 'share dialog').toEqual([]);
		await page.context().close();
	});

	it('/ has no violations while a question fails and is retried', async () => {
		const page = await open('/', scheme);
		await page.route('**/api/incidents?*', (route) => route.fulfill({ status: 503, body: '' }));
		await page.locator('.layers-panel summary').click();
		await page.getByRole('button', { name: 'Incidents inside Fergana Valley' }).click();
		await page.getByTestId('query-failure').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	// `theme=auto` follows this scheme (with the list and the details open); the fixed theme
	// opposite to it is checked too, so each embed theme meets each reader setting.
	it.each([`/embed?theme=auto&list=1&incident=${EMBASSY}`, `/embed?theme=${scheme === 'dark' ? 'light' : 'dark'}`])(
		'%s has no violations',
		async (path) => {
			const page = await open(path, scheme);
			if (path.includes('incident=')) await page.getByTestId('incident-details').waitFor();
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		}
	);

	it('/incidents/{id} has no violations', async () => {
		const page = await open(`/incidents/${EMBASSY}`, scheme);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

describe('the check itself', () => {
	it('finds what it should: an image without a name, grey on grey, a button without a name', async () => {
		const page = await open('/embed', 'light');
		await page.evaluate(() => {
			const bad = document.createElement('div');
			bad.innerHTML = '<img src="/favicon.svg"><p style="color:#bbb;background:#ccc">faint</p><button></button>';
			document.body.append(bad);
		});
		const found = (await axeViolations(page)).map((v) => v.split(':')[0]);
		expect(found).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'button-name']));
		await page.context().close();
	});
});

describe('the map is labelled, and the list is its equivalent', () => {
	it('names the map’s canvas (a focusable region) and says where every incident is listed', async () => {
		const page = await open('/', 'light');
		const canvas = page.locator('.maplibregl-canvas');
		expect(await canvas.getAttribute('role')).toBe('region');
		expect(await canvas.getAttribute('tabindex')).toBe('0');
		expect(await canvas.getAttribute('aria-label')).toMatch(/^Map of incidents.*the list beside it has every incident/);
		await page.context().close();
	});
});
