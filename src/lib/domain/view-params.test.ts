import { describe, expect, it } from 'vitest';
import { readViewParams, writeViewParams, type ViewParams } from './view-params';

const full: ViewParams = {
	filter: {
		from: '2022-08-01',
		to: '2022-09-30',
		categories: ['suicide-bomb', 'threat'],
		countries: ['AFG', 'UZB'],
		text: 'Gazur Gah',
		minFatalities: 5,
		perpetrators: ['Islamic State Khorasan Province (ISKP)', 'unknown'],
		claims: ['claimed', 'none']
	},
	overlays: ['fergana-valley', 'wakhan-corridor']
};

describe('view params', () => {
	it('round-trips every filter and the overlays through the query string', () => {
		const search = writeViewParams(new URLSearchParams(), full).toString();
		expect(readViewParams(new URLSearchParams(search))).toEqual(full);
	});

	it('uses the API’s parameter names, in a canonical order, so equal views give equal URLs', () => {
		const a = writeViewParams(new URLSearchParams(), full);
		const shuffled: ViewParams = {
			filter: { ...full.filter, categories: ['threat', 'suicide-bomb'], countries: ['UZB', 'AFG'], claims: ['none', 'claimed'] },
			overlays: ['wakhan-corridor', 'fergana-valley']
		};
		expect(writeViewParams(new URLSearchParams(), shuffled).toString()).toBe(a.toString());
		expect([...a.keys()]).toEqual(['from', 'to', 'category', 'country', 'q', 'min_fatalities', 'perpetrator', 'claim', 'overlays']);
		expect(a.get('category')).toBe('suicide-bomb,threat');
	});

	it('keeps other parameters (the selection, the spatial question) and replaces its own', () => {
		const before = new URLSearchParams('incident=x&near=69,34&radius_km=50&category=threat&q=old');
		const after = writeViewParams(before, { filter: { text: 'Hirat' }, overlays: null });
		expect(after.get('incident')).toBe('x');
		expect(after.get('near')).toBe('69,34');
		expect(after.get('radius_km')).toBe('50');
		expect(after.has('category')).toBe(false);
		expect(after.get('q')).toBe('Hirat');
	});

	it('tells "none ticked" (empty list) from "no filter" (absent)', () => {
		const none: ViewParams = { filter: { categories: [], claims: [], perpetrators: [] }, overlays: [] };
		const search = writeViewParams(new URLSearchParams(), none);
		expect(search.toString()).toBe('category=&perpetrator=&claim=&overlays=');
		expect(readViewParams(search)).toEqual(none);
		expect(readViewParams(new URLSearchParams(''))).toEqual({ filter: {}, overlays: null });
	});

	it('drops a malformed parameter, keeping the rest', () => {
		const read = readViewParams(
			new URLSearchParams('from=yesterday&to=2022-09-01&category=bombs&country=AFG&min_fatalities=-3&claim=claimed,maybe&q=%20')
		);
		expect(read.filter).toEqual({ to: '2022-09-01', countries: ['AFG'], claims: ['claimed'] });
	});

	it('drops `to` when it falls before `from`', () => {
		expect(readViewParams(new URLSearchParams('from=2022-09-01&to=2022-08-01')).filter).toEqual({ from: '2022-09-01' });
	});

	it('omits empty text and a zero minimum', () => {
		expect(writeViewParams(new URLSearchParams(), { filter: { text: '  ', minFatalities: 0 }, overlays: null }).toString()).toBe('');
	});
});
