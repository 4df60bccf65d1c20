import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, waitForMap } from './support/browser';

/**
 * `prefers-reduced-motion: reduce`: the camera jumps instead of flying (selecting an incident, a
 * question's fit), the timeline's window and every CSS transition stop moving, and the player
 * steps without animation. Each check is also made without the preference, so that it can fail.
 */

const GAZARGAH = '2022-09-02-herat-gazargah-mosque-bombing';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => browser?.close());

declare global {
	interface Window {
		/** Camera events with the animation frame they happened in. */
		cameraLog?: { type: string; frame: number }[];
	}
}

async function open(reducedMotion: 'reduce' | 'no-preference'): Promise<Page> {
	const { page } = await openPage(browser, '/', { reducedMotion });
	await waitForMap(page);
	await page.evaluate(() => {
		const log: { type: string; frame: number }[] = (window.cameraLog = []);
		let frame = 0;
		const count = () => {
			frame++;
			requestAnimationFrame(count);
		};
		requestAnimationFrame(count);
		for (const type of ['movestart', 'move', 'moveend'] as const) window.incidentMap!.on(type, () => log.push({ type, frame }));
	});
	return page;
}

/** Choose an incident in the list, and wait until the camera has stopped. */
async function chooseAndWait(page: Page, id: string): Promise<{ type: string; frame: number }[]> {
	await page.locator(`.incident-list a[data-incident-id="${id}"]`).click();
	await page.waitForFunction(() => window.cameraLog!.some((e) => e.type === 'moveend'));
	return page.evaluate(() => window.cameraLog!);
}

describe('prefers-reduced-motion', () => {
	it('choosing an incident jumps the camera there: start and end in one frame, at the incident', async () => {
		const page = await open('reduce');
		const log = await chooseAndWait(page, GAZARGAH);
		const start = log.find((e) => e.type === 'movestart')!;
		const end = log.find((e) => e.type === 'moveend')!;
		expect(end.frame).toBe(start.frame);
		expect(log.filter((e) => e.type === 'move')).toHaveLength(1);
		expect(await page.evaluate(() => window.incidentMap!.isMoving())).toBe(false);
		// Centred on Gazargah (62.24° E, 34.37° N), the centre of the view left clear of the details panel.
		const at = await page.evaluate(() => {
			const m = window.incidentMap!;
			return { ...m.getCenter(), zoom: m.getZoom() };
		});
		expect(at.lng).toBeCloseTo(62.2405, 3);
		expect(at.lat).toBeCloseTo(34.3748, 3);
		expect(at.zoom).toBeGreaterThanOrEqual(7);
		await page.context().close();
	});

	it('without the preference the same choice flies, over many frames', async () => {
		const page = await open('no-preference');
		const log = await chooseAndWait(page, GAZARGAH);
		const start = log.find((e) => e.type === 'movestart')!;
		const end = log.find((e) => e.type === 'moveend')!;
		expect(end.frame - start.frame).toBeGreaterThan(3);
		expect(log.filter((e) => e.type === 'move').length).toBeGreaterThan(3);
		await page.context().close();
	});

	it('a question’s fit jumps too', async () => {
		const page = await open('reduce');
		await page.locator('.layers-panel summary').click();
		await page.getByRole('button', { name: 'Incidents inside Fergana Valley' }).click();
		await page.waitForFunction(() => window.cameraLog!.some((e) => e.type === 'moveend'));
		const log = await page.evaluate(() => window.cameraLog!);
		expect(log.find((e) => e.type === 'moveend')!.frame).toBe(log.find((e) => e.type === 'movestart')!.frame);
		await page.context().close();
	});

	it('turns off CSS transitions, and the player steps the window without animating it', async () => {
		const still = await open('reduce');
		const moving = await open('no-preference');
		const transition = (page: Page) =>
			page.evaluate(() => {
				const rect = document.querySelector('.timeline .window') as SVGRectElement | null;
				return rect ? getComputedStyle(rect).transitionDuration : null;
			});
		for (const page of [still, moving]) {
			await page.getByRole('button', { name: 'Step forward' }).click();
			await page.locator('.timeline .window').waitFor();
		}
		expect(await transition(moving)).not.toMatch(/^0s(, 0s)*$/);
		expect(await transition(still)).toMatch(/^0s(, 0s)*$/);
		// Every transition and animation on the page is off.
		const animated = await still.evaluate(() =>
			[...document.querySelectorAll('*')].filter((e) => {
				const s = getComputedStyle(e);
				return s.transitionDuration.split(', ').some((d) => d !== '0s') || s.animationDuration.split(', ').some((d) => d !== '0s');
			}).length
		);
		expect(animated).toBe(0);

		// Play still steps month by month (a reader's choice, stopped with Pause), each step a jump.
		const windowText = () => still.locator('.window-text').textContent();
		const first = await windowText();
		await still.getByRole('button', { name: 'Play' }).click();
		await still.waitForFunction((t) => document.querySelector('.window-text')?.textContent !== t, first);
		expect(await still.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
		await still.getByRole('button', { name: 'Pause' }).click();
		expect(await transition(still)).toMatch(/^0s(, 0s)*$/);
		await still.context().close();
		await moving.context().close();
	});
});
