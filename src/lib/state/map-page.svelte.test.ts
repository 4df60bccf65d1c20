import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCuratedIncidents } from '../data/incidents';
import { loadOverlays } from '../data/overlays';
import { incidentMapData } from '../map/incident-features';
import { MapPage, type MapPageData } from './map-page.svelte';
import { TimeView } from './time-view.svelte';

const incidents = loadCuratedIncidents().features;
const overlays = loadOverlays().features;
const data: MapPageData = {
	incidents,
	overlays: overlays.map((o) => o.properties),
	mapData: incidentMapData(incidents, overlays),
	selectedId: null
};
const EMBASSY = '2022-09-05-kabul-russian-embassy-bombing';
const HERAT = '2022-09-02-herat-gazargah-mosque-bombing';

/** A map page on `url` whose shallow-routing writes are recorded. */
async function pageAt(url: string, history = true) {
	const writes: { how: 'push' | 'replace'; url: string }[] = [];
	const page = new MapPage(
		() => data,
		new URL(url),
		{ push: (u) => writes.push({ how: 'push', url: u.href }), replace: (u) => writes.push({ how: 'replace', url: u.href }) },
		history
	);
	page.url.ready();
	await vi.advanceTimersByTimeAsync(0);
	/** What the page's `$effect` does after each change. */
	const sync = () => page.syncUrl();
	return { page, writes, sync };
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('MapPage and its URL', () => {
	it('takes one entry per discrete change, waits for typing to pause, and replaces for the player', async () => {
		const { page, writes, sync } = await pageAt('https://m.example/#6/36/68');
		sync(); // the first, normalising write: nothing to change
		expect(writes).toEqual([]);
		page.view.selection.select(EMBASSY, 'list');
		sync();
		expect(writes.at(-1)).toEqual({ how: 'push', url: `https://m.example/?incident=${EMBASSY}#6/36/68` });
		page.view.spatial.ask({ kind: 'nearby', incident: EMBASSY, radius_km: 25 });
		sync();
		expect(writes.at(-1)!.url).toBe(`https://m.example/?incident=${EMBASSY}&nearby=25#6/36/68`);
		page.filtered.filters.text = 'Kab';
		sync();
		page.filtered.filters.text = 'Kabul';
		sync();
		expect(writes).toHaveLength(2);
		await vi.advanceTimersByTimeAsync(400);
		expect(writes.at(-1)).toEqual({ how: 'push', url: `https://m.example/?q=Kabul&incident=${EMBASSY}&nearby=25#6/36/68` });
		const time = new TimeView(page.filtered); // as the timeline makes it when it loads
		expect(page.filtered.player).toBe(time.player);
		time.player.playing = true;
		time.player.show(3 + time.span![0]);
		sync();
		expect(writes.at(-1)!.how).toBe('replace');
		expect(new URL(writes.at(-1)!.url).searchParams.get('to')).toBe('2021-11-30');
		time.player.pause();
	});

	it('waits for the end of a drag', async () => {
		const { page, writes, sync } = await pageAt('https://m.example/');
		sync();
		page.filtered.filters.adjusting = true;
		page.filtered.filters.setWindow('2022-08-01', '2022-08-31');
		sync();
		page.filtered.filters.setWindow('2022-08-01', '2022-09-30');
		sync();
		await vi.advanceTimersByTimeAsync(1000);
		expect(writes).toEqual([]);
		page.filtered.filters.adjusting = false;
		sync();
		await vi.advanceTimersByTimeAsync(400);
		expect(writes).toEqual([{ how: 'push', url: 'https://m.example/?from=2022-08-01&to=2022-09-30' }]);
	});

	it('an embed only ever replaces its URL', async () => {
		const { page, writes, sync } = await pageAt('https://m.example/embed?list=1', false);
		sync();
		page.view.selection.select(EMBASSY, 'list');
		sync();
		page.filtered.filters.set({ categories: ['suicide-bomb'] });
		sync();
		expect(writes.map((w) => w.how)).toEqual(['replace', 'replace']);
		expect(writes.at(-1)!.url).toBe(`https://m.example/embed?list=1&category=suicide-bomb&incident=${EMBASSY}`);
	});

	it('restores every part from a URL (Back/Forward) without writing it again', async () => {
		const { page, writes, sync } = await pageAt('https://m.example/');
		sync();
		const url = new URL(
			`https://m.example/?claim=attributed,unclaimed&overlays=country-afg&incident=${HERAT}&nearby_incident=${EMBASSY}&nearby=25#9/34/69`
		);
		page.url.href = url.href; // where Back took the page
		const fits = page.view.spatial.fitVersion;
		page.viewUrl.restore(url);
		expect(page.filtered.filters.filter).toEqual({ claims: ['attributed', 'unclaimed'] });
		expect([...page.view.overlays.visible]).toEqual(['country-afg']);
		expect([page.view.selection.id, page.view.selection.origin]).toEqual([HERAT, 'history']);
		expect(page.view.spatial.query).toEqual({ kind: 'nearby', incident: EMBASSY, radius_km: 25 });
		// The entry brings its camera: the map is not asked to fit the question.
		expect(page.view.spatial.fitVersion).toBe(fits);
		sync();
		await vi.advanceTimersByTimeAsync(1000);
		expect(writes).toEqual([]);
		// And what it writes next is the same URL, for the same state.
		expect(page.viewUrl.urlFor(page.viewUrl.state(), url).searchParams.toString()).toBe(url.searchParams.toString());
	});

	it('drops an unknown incident and malformed parameters on restore, one by one', async () => {
		const { page } = await pageAt('https://m.example/');
		page.viewUrl.restore(new URL('https://m.example/?incident=no-such-thing&category=bogus&q=Herat&near=500,1&radius_km=5'));
		expect(page.view.selection.id).toBeNull();
		expect(page.filtered.filters.filter).toEqual({ text: 'Herat' });
		expect(page.view.spatial.query).toBeNull();
	});
});

describe('a link to an incident', () => {
	/** A map page on `url` whose server data selected the embassy bombing (from `?incident=`). */
	const linked = (url: string) => new MapPage(() => ({ ...data, selectedId: EMBASSY }), new URL(url), { push() {}, replace() {} }, false);

	it('with a camera (#zoom/lat/lon) keeps it: the selection is not one the map flies to', () => {
		expect(linked(`https://m.example/embed?incident=${EMBASSY}#6/40/70`).view.selection).toMatchObject({ id: EMBASSY, origin: 'map' });
	});

	it('without one is a selection from the URL, which the map flies to', () => {
		expect(linked(`https://m.example/?incident=${EMBASSY}`).view.selection).toMatchObject({ id: EMBASSY, origin: 'url' });
		expect(linked(`https://m.example/?incident=${EMBASSY}#details`).view.selection).toMatchObject({ id: EMBASSY, origin: 'url' });
	});
});
