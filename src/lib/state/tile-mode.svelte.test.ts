import { describe, expect, it } from 'vitest';
import { loadCuratedIncidents } from '../data/incidents';
import { FilteredView } from './filtered-view.svelte';
import { MapView } from './map-view.svelte';
import { TileMode } from './tile-mode.svelte';

const incidents = loadCuratedIncidents().features;

function tileMode(initial = {}) {
	const filtered = new FilteredView(() => incidents.slice(0, 3), initial);
	const view = new MapView(() => ({ incidents: incidents.slice(0, 3), overlays: [], selectedId: null }), new URL('https://m.example/'));
	return { filtered, mode: new TileMode('/tiles/{z}/{x}/{y}.mvt', filtered, view, 1_000_000) };
}

describe('TileMode', () => {
	it('writes the filters into the tiles’ URL, keeping them as they were while a drag is in progress', () => {
		const { filtered, mode } = tileMode({ categories: ['threat'] });
		expect(mode.tiles).toBe('/tiles/{z}/{x}/{y}.mvt?category=threat');
		const filters = filtered.filters;
		filters.adjusting = true;
		filters.setWindow('2022-01-01', '2022-01-31');
		filters.setWindow('2022-01-01', '2022-05-31');
		expect(mode.settled).toEqual({ categories: ['threat'] });
		expect(mode.tiles).toBe('/tiles/{z}/{x}/{y}.mvt?category=threat');
		filters.adjusting = false;
		expect(mode.settled).toEqual({ from: '2022-01-01', to: '2022-05-31', categories: ['threat'] });
		expect(mode.tiles).toBe('/tiles/{z}/{x}/{y}.mvt?from=2022-01-01&to=2022-05-31&category=threat');
	});

	it('counts for the header and the live region once the server has said', () => {
		const { mode } = tileMode();
		expect([mode.count, mode.sentence]).toEqual(['1,000,000 incidents', null]);
		mode.list.matching = 916_907;
		mode.list.inView = 120;
		expect(mode.count).toBe('916,907 of 1,000,000 incidents');
		expect(mode.sentence).toBe('916907 of 1000000 incidents, 120 on the map.');
	});

	it('knows the incidents the page was sent and those listed in view, each once', () => {
		const { mode } = tileMode();
		mode.list.items = [incidents[1]!, incidents[5]!];
		expect(mode.known(incidents.slice(0, 3)).map((f) => f.id)).toEqual([0, 1, 2, 5].map((i) => incidents[i]!.id));
	});
});
