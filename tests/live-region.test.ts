import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { jumpAndSettle, launchBrowser, openPage, waitForMap } from './support/browser';

/**
 * The live region that tells screen-reader users the result counts: polite, said once the reader
 * pauses (not per keystroke or map frame), when the filters, the map's view or a question change.
 */

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

declare global {
	interface Window {
		/** Every text the live region took, in order. */
		announced?: string[];
	}
}

async function open(path: string): Promise<Page> {
	const { page } = await openPage(browser, path);
	await page.evaluate(() => {
		window.announced = [];
		const region = document.querySelector('[data-testid="announcer"]')!;
		new MutationObserver(() => {
			const text = region.textContent!.trim();
			if (text) window.announced!.push(text);
		}).observe(region, { childList: true, characterData: true, subtree: true });
	});
	await waitForMap(page);
	return page;
}

const announced = (page: Page) => page.evaluate(() => window.announced!);
/** Wait until the region has said `n` things in all, then a while longer to see that nothing more comes. */
async function saidInAll(page: Page, n: number): Promise<string[]> {
	await page.waitForFunction((n) => window.announced!.length >= n, n, { timeout: 10_000 });
	await page.waitForTimeout(2000);
	return announced(page);
}
const listedCount = (page: Page) => page.locator('.incident-list a').count();

describe('the result-count live region', () => {
	it('is a polite status region, silent while the page opens', async () => {
		const page = await open('/');
		const region = page.getByTestId('announcer');
		expect(await region.getAttribute('role')).toBe('status');
		expect(await region.getAttribute('aria-live')).toBe('polite');
		await page.waitForTimeout(2500);
		expect(await announced(page)).toEqual([]);
		await page.context().close();
	});

	it('says the counts once after a map move, once after a burst of typing, and the answer to a question', async () => {
		const page = await open('/');

		// The map closes in on Herat: the list follows it.
		await jumpAndSettle(page, [62.2, 34.35], 8);
		let said = await saidInAll(page, 1);
		expect(said).toEqual([`13 of 13 incidents, ${await listedCount(page)} on the map.`]);

		// Back out, and type a search: one announcement for the whole burst, with the final counts.
		await jumpAndSettle(page, [67.5, 37], 4.6);
		said = await saidInAll(page, 2);
		await page.locator('.filters-box summary').click();
		await page.getByRole('searchbox').pressSequentially('Kabul', { delay: 120 });
		said = await saidInAll(page, 3);
		expect(said).toHaveLength(3);
		const matching = Number((await page.locator('header .count').textContent())!.split(' ')[0]);
		expect(matching).toBeLessThan(13);
		expect(said[2]).toBe(`${matching} of 13 incidents, ${await listedCount(page)} on the map.`);

		// A question: its answer is said with what was asked.
		await page.locator('.layers-panel summary').click();
		await page.getByRole('button', { name: 'Incidents inside Afghanistan' }).click();
		said = await saidInAll(page, 4);
		expect(said).toHaveLength(4);
		const hits = await page.getByTestId('query-results').locator('[data-hit-id]').count();
		expect(said[3]).toMatch(new RegExp(`^(\\d+ of 13 incidents, \\d+ on the map\\. )?Inside Afghanistan: ${hits} incidents? \\(\\d+ certain, \\d+ possible\\)\\.$`));
		await page.context().close();
	});
});
