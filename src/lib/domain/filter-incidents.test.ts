import { describe, expect, it } from 'vitest';
import type { CategoryId } from './categories';
import { filterIncidents, inBBox } from './filter-incidents';
import type { Casualties, IncidentFeature } from './incident';
import { NO_CLAIM, UNKNOWN_PERPETRATOR } from './incident-query';

interface Spec {
	id: string;
	category?: CategoryId;
	start?: string;
	end?: string;
	iso3?: string;
	at?: [number, number];
	deaths?: Partial<Casualties> | null;
	title?: string;
	place?: string;
	perpetrator?: string | null;
	claim?: 'claimed' | 'attributed' | 'unclaimed' | null;
}

function incident(s: Spec): IncidentFeature {
	return {
		type: 'Feature',
		id: s.id,
		geometry: { type: 'Point', coordinates: s.at ?? [69.17, 34.53] },
		properties: {
			id: s.id,
			title: s.title ?? 'An incident',
			kind: 'attack',
			category: s.category ?? 'suicide-bomb',
			date_start: s.start ?? '2022-09-05',
			date_end: s.end ?? s.start ?? '2022-09-05',
			date_precision: 'day',
			place: { name: s.place ?? 'Kabul', admin1: null, country: 'Afghanistan', iso3: s.iso3 ?? 'AFG' },
			geo_precision: 'city',
			uncertainty_km: 5,
			area: null,
			perpetrator: s.perpetrator ?? null,
			claim: s.claim ? { status: s.claim, by: null, outlet: null, note: null } : null,
			targets: [],
			fatalities:
				s.deaths === null ? null : { low: null, best: null, high: null, reported_by: null, ...(s.deaths ?? {}) },
			injuries: null,
			summary: 'Summary.',
			sources: [{ publisher: 'P', title: 'T', date: null, url: 'https://example.org', note: null }]
		}
	};
}

const ids = (features: IncidentFeature[]) => features.map((f) => f.id);

describe('filterIncidents', () => {
	it('passes everything, in order, when no filter is given', () => {
		const all = [incident({ id: 'b' }), incident({ id: 'a' })];
		expect(ids(filterIncidents(all, {}))).toEqual(['b', 'a']);
	});

	it('keeps incidents whose date interval overlaps [from, to], edges included', () => {
		const all = [
			incident({ id: 'before', start: '2022-07-01', end: '2022-07-31' }),
			incident({ id: 'ends-on-from', start: '2022-07-15', end: '2022-08-01' }),
			incident({ id: 'spans', start: '2022-06-30', end: '2022-09-30' }),
			incident({ id: 'inside', start: '2022-08-10' }),
			incident({ id: 'starts-on-to', start: '2022-08-31', end: '2022-09-02' }),
			incident({ id: 'after', start: '2022-09-01' })
		];
		expect(ids(filterIncidents(all, { from: '2022-08-01', to: '2022-08-31' }))).toEqual([
			'ends-on-from',
			'spans',
			'inside',
			'starts-on-to'
		]);
		expect(ids(filterIncidents(all, { from: '2022-09-01' }))).toEqual(['spans', 'starts-on-to', 'after']);
		expect(ids(filterIncidents(all, { to: '2022-07-14' }))).toEqual(['before', 'spans']);
	});

	it('keeps any of the given categories and countries', () => {
		const all = [
			incident({ id: 'afg-bomb' }),
			incident({ id: 'afg-clash', category: 'armed-clash' }),
			incident({ id: 'uzb-rocket', category: 'shelling-missile', iso3: 'UZB' })
		];
		expect(ids(filterIncidents(all, { categories: ['suicide-bomb', 'shelling-missile'] }))).toEqual([
			'afg-bomb',
			'uzb-rocket'
		]);
		expect(ids(filterIncidents(all, { countries: ['UZB'] }))).toEqual(['uzb-rocket']);
		expect(ids(filterIncidents(all, { categories: ['suicide-bomb'], countries: ['AFG'] }))).toEqual(['afg-bomb']);
	});

	it('searches text with name variants', () => {
		const all = [incident({ id: 'herat', place: 'Gazargah mosque, Herat' }), incident({ id: 'kabul' })];
		expect(ids(filterIncidents(all, { text: 'Hirat' }))).toEqual(['herat']);
		expect(ids(filterIncidents(all, { text: 'guzargah' }))).toEqual(['herat']);
	});

	it('keeps points inside the box, edges included', () => {
		const all = [incident({ id: 'kabul', at: [69.17, 34.53] }), incident({ id: 'moscow', at: [37.6, 55.75] })];
		expect(ids(filterIncidents(all, { bbox: [60, 30, 75, 45] }))).toEqual(['kabul']);
		expect(ids(filterIncidents(all, { bbox: [69.17, 34.53, 70, 35] }))).toEqual(['kabul']);
	});

	it('compares min_fatalities with the best figure, else low, and never matches unknown deaths above 0', () => {
		const all = [
			incident({ id: 'best-183', deaths: { low: 170, best: 183, high: 185 } }),
			incident({ id: 'low-120', deaths: { low: 120, high: 150 } }),
			incident({ id: 'best-90-high-200', deaths: { low: 80, best: 90, high: 200 } }),
			incident({ id: 'unknown', deaths: {} }),
			incident({ id: 'not-applicable', deaths: null }),
			incident({ id: 'zero', deaths: { low: 0, best: 0, high: 0 } })
		];
		expect(ids(filterIncidents(all, { minFatalities: 100 }))).toEqual(['best-183', 'low-120']);
		expect(ids(filterIncidents(all, { minFatalities: 1 }))).toEqual(['best-183', 'low-120', 'best-90-high-200']);
		expect(filterIncidents(all, { minFatalities: 0 })).toHaveLength(all.length);
	});
});

describe('filterIncidents by perpetrator and claim', () => {
	const all = [
		incident({ id: 'iskp-claimed', perpetrator: 'ISKP', claim: 'claimed' }),
		incident({ id: 'iskp-attributed', perpetrator: 'ISKP', claim: 'attributed' }),
		incident({ id: 'us-claimed', perpetrator: 'United States', claim: 'claimed' }),
		incident({ id: 'unknown-unclaimed', perpetrator: null, claim: 'unclaimed' }),
		incident({ id: 'meeting', perpetrator: null, claim: null })
	];

	it('keeps any of the given perpetrators; "unknown" stands for a null perpetrator', () => {
		expect(ids(filterIncidents(all, { perpetrators: ['ISKP'] }))).toEqual(['iskp-claimed', 'iskp-attributed']);
		expect(ids(filterIncidents(all, { perpetrators: [UNKNOWN_PERPETRATOR, 'United States'] }))).toEqual([
			'us-claimed',
			'unknown-unclaimed',
			'meeting'
		]);
		expect(filterIncidents(all, { perpetrators: [] })).toEqual([]);
	});

	it('keeps any of the given claim statuses; "none" stands for a record with no claim', () => {
		expect(ids(filterIncidents(all, { claims: ['attributed', 'unclaimed'] }))).toEqual([
			'iskp-attributed',
			'unknown-unclaimed'
		]);
		expect(ids(filterIncidents(all, { claims: [NO_CLAIM] }))).toEqual(['meeting']);
	});

	it('combines perpetrator and claim with the other filters (all must pass)', () => {
		expect(ids(filterIncidents(all, { perpetrators: ['ISKP'], claims: ['claimed'] }))).toEqual(['iskp-claimed']);
	});
});

describe('inBBox', () => {
	it('handles a box that crosses the antimeridian', () => {
		expect(inBBox([179.5, 0], [170, -10, -170, 10])).toBe(true);
		expect(inBBox([-175, 0], [170, -10, -170, 10])).toBe(true);
		expect(inBBox([0, 0], [170, -10, -170, 10])).toBe(false);
	});
});
