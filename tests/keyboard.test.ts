import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, settle, waitForMap } from './support/browser';

/**
 * Every task with the keyboard alone (`page.keyboard` only: no clicks): find an incident, open its
 * details, filter, ask what is nearby, share. Each test checks what the reader sees, and that
 * every element the keyboard reaches on the way shows a focus indicator.
 */

const EMBASSY = '2022-09-05-kabul-russian-embassy-bombing';
const GAZARGAH = '2022-09-02-herat-gazargah-mosque-bombing';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path: string, options = {}): Promise<Page> {
	const { page } = await openPage(browser, path, options);
	await waitForMap(page);
	return page;
}

interface Focused {
	/** Tag, and the accessible text a reader would hear (label, aria-label or text). */
	what: string;
	/** A focus ring a reader can see: an outline or a box-shadow. */
	visible: boolean;
}

/** What has the focus (inside a same-origin frame, the element there), and whether it shows it. */
function focused(page: Page): Promise<Focused> {
	return page.evaluate(() => {
		let e = document.activeElement as HTMLElement | null;
		let inFrame = '';
		while (e instanceof HTMLIFrameElement && e.contentDocument) {
			inFrame = 'in frame: ';
			e = e.contentDocument.activeElement as HTMLElement | null;
		}
		if (!e || e === e.ownerDocument.body) return { what: `${inFrame}body`, visible: false };
		const s = e.ownerDocument.defaultView!.getComputedStyle(e);
		const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
		const shadow = s.boxShadow !== 'none';
		const name = e.getAttribute('aria-label') ?? (e as HTMLInputElement).labels?.[0]?.textContent ?? e.textContent ?? '';
		return { what: `${inFrame}${e.tagName.toLowerCase()} ${name.replace(/\s+/g, ' ').trim()}`.trim(), visible: outline || shadow };
	});
}

/**
 * Press Tab (or Shift+Tab) until the focused element matches, checking on every stop that the
 * focus is visible. Returns the elements passed.
 */
async function tabTo(page: Page, target: RegExp, { back = false, max = 80 } = {}): Promise<string[]> {
	const passed: string[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		const f = await focused(page);
		passed.push(f.what);
		expect(f.visible, `no visible focus on “${f.what}” after ${passed.join(' | ')}`).toBe(true);
		if (target.test(f.what)) return passed;
	}
	throw new Error(`Tab never reached ${target}; passed: ${passed.join(' | ')}`);
}

async function expectFocusVisible(page: Page, what: RegExp): Promise<void> {
	const f = await focused(page);
	expect(f.what).toMatch(what);
	expect(f.visible, `no visible focus on “${f.what}”`).toBe(true);
}

const headerCount = (page: Page) => page.locator('header .count').textContent();
const listed = (page: Page) => page.locator('.incident-list a').evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id')));

describe('with the keyboard alone', () => {
	it('finds an incident by searching, opens its details, and closes them back to the list', async () => {
		const page = await open('/');
		await tabTo(page, /^summary Filters$/);
		await page.keyboard.press('Enter');
		await page.getByRole('search', { name: 'Filter incidents' }).waitFor();
		await tabTo(page, /^input Search/);
		// Another spelling of Herat finds it.
		await page.keyboard.type('Hirat');
		await page.waitForFunction(() => document.querySelector('header .count')?.textContent !== '13 of 13 incidents');
		const ids = await listed(page);
		expect(ids).toContain(GAZARGAH);
		expect(ids.length).toBeLessThan(13);
		expect(await headerCount(page)).toBe(`${ids.length} of 13 incidents`);
		await tabTo(page, /Gazargah/);
		await page.keyboard.press('Enter');
		const details = page.getByTestId('incident-details');
		await details.waitFor();
		expect(await details.locator('h2').textContent()).toMatch(/Gazargah/);
		expect(new URL(page.url()).searchParams.get('incident')).toBe(GAZARGAH);
		// Focus is on the details' title, and shows.
		await expectFocusVisible(page, /^h2 .*Gazargah/);
		await page.keyboard.press('Escape');
		await details.waitFor({ state: 'detached' });
		await expectFocusVisible(page, /^a .*Gazargah/);
		await page.context().close();
	});

	it('skips to the list, opens an entry, and the details are read from their title', async () => {
		const page = await open('/');
		await page.keyboard.press('Tab');
		await expectFocusVisible(page, /^a Skip to the incident list$/);
		expect((await page.getByRole('link', { name: 'Skip to the incident list' }).boundingBox())!.y).toBeGreaterThanOrEqual(0);
		await page.keyboard.press('Enter');
		await expectFocusVisible(page, /^a /);
		const first = (await listed(page))[0];
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-incident-id'))).toBe(first);
		await page.keyboard.press('Enter');
		await page.getByTestId('incident-details').waitFor();
		await expectFocusVisible(page, /^h2 /);
		// Tab goes on into the details: the close button first.
		await page.keyboard.press('Tab');
		await expectFocusVisible(page, /Close details/);
		await page.context().close();
	});

	it('filters: unticking a category with Space narrows the count, the list and the map', async () => {
		const page = await open('/');
		await tabTo(page, /^summary Filters$/);
		await page.keyboard.press('Enter');
		await page.getByRole('search', { name: 'Filter incidents' }).waitFor();
		await tabTo(page, /^input .*Suicide bombing/);
		await page.keyboard.press('Space');
		await page.waitForFunction(() => document.querySelector('header .count')?.textContent !== '13 of 13 incidents');
		const count = Number((await headerCount(page))!.split(' ')[0]);
		expect(count).toBeLessThan(13);
		expect(count).toBeGreaterThan(0);
		const ids = await listed(page);
		expect(ids).not.toContain(EMBASSY);
		await page.waitForURL((url) => url.searchParams.has('category') && !url.searchParams.get('category')!.includes('suicide-bomb'));
		await settle(page);
		const drawn = await page.evaluate(() => window.incidentMap!.querySourceFeatures('incidents', { filter: ['!', ['has', 'point_count']] }).map((f) => f.properties.id));
		expect(drawn).not.toContain(EMBASSY);
		await page.context().close();
	});

	it('asks what is near an incident: Nearby, 25 km, from the details', async () => {
		const page = await open(`/?incident=${EMBASSY}`);
		await tabTo(page, /^button 25 km$/);
		await page.keyboard.press('Enter');
		const summary = page.getByTestId('query-summary').filter({ hasText: /incidents? \(/ });
		await summary.waitFor();
		expect(await page.getByTestId('query-results').locator('h2').textContent()).toMatch(/^Within 25 km of/);
		expect(new URL(page.url()).searchParams.get('nearby')).toBe('25');
		await expectFocusVisible(page, /^button 25 km$/);
		await page.context().close();
	});

	it('asks what is near a place: the tool, then Enter on the focused map asks about its middle', async () => {
		const page = await open('/#6/34.5/69.2');
		await tabTo(page, /^button What is near here\?$/, { max: 120 });
		await page.keyboard.press('Enter');
		expect(await page.getByRole('button', { name: 'What is near here?' }).getAttribute('aria-pressed')).toBe('true');
		await tabTo(page, /^canvas Map of incidents/, { back: true });
		// The crosshair shows where Enter will ask.
		const crosshair = await page.locator('.map.picking').evaluate((e) => getComputedStyle(e, '::after').content);
		expect(crosshair).toBe('""');
		await page.keyboard.press('Enter');
		await page.getByTestId('query-summary').filter({ hasText: /incidents? \(/ }).waitFor();
		const near = new URL(page.url()).searchParams.get('near')!.split(',').map(Number);
		expect(near[0]).toBeCloseTo(69.2, 0);
		expect(near[1]).toBeCloseTo(34.5, 0);
		expect(await page.getByTestId('query-results').locator('h2').textContent()).toMatch(/^Within 50 km of/);
		await page.context().close();
	});

	it('asks from the map’s context menu (Shift+F10): focus moves in, stays in, Esc returns it to the map', async () => {
		const page = await open('/#6/34.5/69.2');
		await tabTo(page, /^canvas Map of incidents/, { max: 120 });
		await page.keyboard.press('Shift+F10');
		const menu = page.getByRole('dialog', { name: 'This place' });
		await menu.waitFor();
		expect(await menu.locator('.where').textContent()).toMatch(/^34\.\d+° N, 69\.\d+° E$/);
		await expectFocusVisible(page, /^button 10 km$/);
		// Tab cycles inside the menu: 5 radii and “Measure from here”, then back to the first.
		const inside: string[] = [];
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('Tab');
			const f = await focused(page);
			expect(f.visible).toBe(true);
			inside.push(f.what);
		}
		expect(inside).toEqual(['button 25 km', 'button 50 km', 'button 100 km', 'button 250 km', 'button Measure from here', 'button 10 km']);
		await page.keyboard.press('Shift+Tab');
		await expectFocusVisible(page, /^button Measure from here$/);
		await page.keyboard.press('Escape');
		await menu.waitFor({ state: 'detached' });
		await expectFocusVisible(page, /^canvas Map of incidents/);

		// Again, and ask: within 100 km of the map's middle.
		await page.keyboard.press('Shift+F10');
		await menu.waitFor();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.getByTestId('query-summary').filter({ hasText: /incidents? \(/ }).waitFor();
		expect(new URL(page.url()).searchParams.get('radius_km')).toBe('100');
		await page.context().close();
	});

	it('shares: the dialog opens with focus inside, keeps it there, copies the link, and Esc returns focus', async () => {
		const page = await open(`/?incident=${EMBASSY}`, { permissions: ['clipboard-read', 'clipboard-write'] });
		// The details took the focus; Share is in the header.
		await tabTo(page, /^button Share$/, { back: true });
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Share this view' });
		await dialog.waitFor();
		await expectFocusVisible(page, /^button Close$/);
		// Tab never leaves the open dialog.
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const f = await focused(page);
			expect(f.visible, `no visible focus on “${f.what}”`).toBe(true);
			expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
		}
		await tabTo(page, /^button Copy link$/);
		await page.keyboard.press('Enter');
		await dialog.getByRole('status').filter({ hasText: 'Copied the link' }).waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => !document.querySelector('dialog[open]'));
		await expectFocusVisible(page, /^button Share$/);
		// The details panel stayed open: Esc was the dialog's.
		expect(await page.getByTestId('incident-details').count()).toBe(1);
		await page.context().close();
	});
});
