import { bbox, booleanClockwise, booleanPointInPolygon, coordAll, point } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { overlayFeatureSchema, type OverlayFeature } from '../domain/overlay';
import { checkOverlays, getOverlay, loadOverlays, OVERLAY_IDS } from './overlays';

/** Central Asia from the Caspian to the Kazakhstan–China border: every overlay lies in here. */
const REGION: [number, number, number, number] = [46, 29, 88, 56];

const overlays = loadOverlays();

function overlay(id: string): OverlayFeature {
	const f = getOverlay(id);
	if (!f) throw new Error(`no overlay ${id}`);
	return f;
}

function inside(id: string, lonLat: [number, number]): boolean {
	const f = overlay(id);
	if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')
		throw new Error(`${id} is not an area`);
	return booleanPointInPolygon(point(lonLat), f.geometry);
}

function polygons(f: OverlayFeature): Position[][][] {
	const g = f.geometry;
	if (g.type === 'Polygon') return [g.coordinates];
	if (g.type === 'MultiPolygon') return g.coordinates;
	return [];
}

const areas = overlays.features.filter((f) => f.properties.kind === 'area');
const lines = overlays.features.filter((f) => f.properties.kind === 'line');

describe('loadOverlays', () => {
	it('returns exactly the overlays in OVERLAY_IDS, once each, in drawing order', () => {
		expect(overlays.type).toBe('FeatureCollection');
		expect(overlays.features.map((f) => f.id)).toEqual([...OVERLAY_IDS]);
	});

	it('draws countries first, then areas, then lines', () => {
		const rank = (f: OverlayFeature) =>
			f.id.startsWith('country-') ? 0 : f.properties.kind === 'area' ? 1 : 2;
		const ranks = overlays.features.map(rank);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	});

	it('computes once per process', () => {
		expect(loadOverlays()).toBe(overlays);
	});

	it.each(OVERLAY_IDS)('%s parses with the overlay schema, id matching properties.id', (id) => {
		const f = overlay(id);
		expect(overlayFeatureSchema.safeParse(f).success).toBe(true);
		expect(f.properties.id).toBe(f.id);
	});

	it.each(OVERLAY_IDS)('%s cites at least one https source', (id) => {
		const https = overlay(id).properties.sources.filter((s) => s.url.startsWith('https://'));
		expect(https.length).toBeGreaterThanOrEqual(1);
	});

	it.each(OVERLAY_IDS)('%s lies within Central Asia', (id) => {
		const [w, s, e, n] = bbox(overlay(id));
		expect(w).toBeGreaterThanOrEqual(REGION[0]);
		expect(s).toBeGreaterThanOrEqual(REGION[1]);
		expect(e).toBeLessThanOrEqual(REGION[2]);
		expect(n).toBeLessThanOrEqual(REGION[3]);
	});

	it('hand-traced overlays say so: approximate, with a precision note', () => {
		const handTraced = [
			'fergana-valley',
			'cagp-lines-a-c',
			'cagp-line-d',
			'kazakhstan-china-oil-pipeline'
		];
		for (const id of handTraced) {
			expect(overlay(id).properties.approximate).toBe(true);
			expect(overlay(id).properties.precision_note.length).toBeGreaterThan(20);
		}
	});

	it('countries are computed from Natural Earth, exact, and titled by name', () => {
		const names = {
			'country-afg': 'Afghanistan',
			'country-uzb': 'Uzbekistan',
			'country-tjk': 'Tajikistan',
			'country-kgz': 'Kyrgyzstan'
		};
		for (const [id, name] of Object.entries(names)) {
			const p = overlay(id).properties;
			expect(p.title).toBe(name);
			expect([p.status, p.approximate]).toEqual(['computed', false]);
			expect(p.sources.map((s) => s.publisher)).toContain('Natural Earth');
		}
	});

	it('Line D is planned, the other pipelines exist', () => {
		expect(overlay('cagp-line-d').properties.status).toBe('planned');
		expect(overlay('cagp-lines-a-c').properties.status).toBe('existing');
		expect(overlay('kazakhstan-china-oil-pipeline').properties.status).toBe('existing');
	});
});

describe('area overlays', () => {
	it('are polygons with closed rings, exterior counter-clockwise (RFC 7946)', () => {
		expect(areas.length).toBe(7);
		for (const f of areas)
			for (const poly of polygons(f))
				poly.forEach((ring, i) => {
					expect(ring.length, f.id).toBeGreaterThanOrEqual(4);
					expect(ring[0], f.id).toEqual(ring[ring.length - 1]);
					expect(booleanClockwise(ring), `${f.id} ring ${i}`).toBe(i > 0);
				});
	});

	it('the Fergana Valley holds Fergana, Andijan, Osh, Namangan and Khujand (at its mouth)', () => {
		expect(inside('fergana-valley', [71.78, 40.39])).toBe(true); // Fergana
		expect(inside('fergana-valley', [72.34, 40.78])).toBe(true); // Andijan
		expect(inside('fergana-valley', [72.8, 40.53])).toBe(true); // Osh
		expect(inside('fergana-valley', [71.67, 41.0])).toBe(true); // Namangan
		expect(inside('fergana-valley', [69.62, 40.28])).toBe(true); // Khujand
	});

	it('the Fergana Valley leaves out Tashkent and Dushanbe', () => {
		expect(inside('fergana-valley', [69.24, 41.3])).toBe(false);
		expect(inside('fergana-valley', [68.78, 38.56])).toBe(false);
	});

	it('the Wakhan corridor holds [73.0, 37.0] but not Faizabad or Kabul', () => {
		expect(inside('wakhan-corridor', [73.0, 37.0])).toBe(true);
		expect(inside('wakhan-corridor', [70.58, 37.12])).toBe(false); // Faizabad
		expect(inside('wakhan-corridor', [69.17, 34.53])).toBe(false);
	});

	it('the border band holds Termez; each country holds its capital', () => {
		expect(inside('afg-border-band-50km', [67.28, 37.22])).toBe(true);
		expect(inside('country-afg', [69.17, 34.53])).toBe(true); // Kabul
		expect(inside('country-uzb', [69.24, 41.3])).toBe(true); // Tashkent
		expect(inside('country-tjk', [68.78, 38.56])).toBe(true); // Dushanbe
		expect(inside('country-kgz', [74.59, 42.87])).toBe(true); // Bishkek
	});
});

describe('line overlays', () => {
	it('are (Multi)LineStrings', () => {
		expect(lines.map((f) => f.id).sort()).toEqual(
			['cagp-line-d', 'cagp-lines-a-c', 'kazakhstan-china-oil-pipeline'].sort()
		);
		for (const f of lines) expect(['LineString', 'MultiLineString']).toContain(f.geometry.type);
	});

	it.each([
		['cagp-lines-a-c', [63.6, 39.4], [80.4, 44.2]], // near Olot to Khorgos
		['cagp-line-d', [66.5, 37.5], [73.9, 39.7]], // Turkmen–Uzbek border to near Irkeshtam
		['kazakhstan-china-oil-pipeline', [51.9, 47.1], [82.6, 45.2]] // Atyrau to Alashankou
	] as const)('%s runs between the right ends, within 0.5°', (id, start, end) => {
		const g = overlay(id).geometry;
		const path =
			g.type === 'LineString'
				? g.coordinates
				: g.type === 'MultiLineString'
					? g.coordinates.flat()
					: [];
		const first = path[0] ?? [NaN, NaN];
		const last = path[path.length - 1] ?? [NaN, NaN];
		for (const [p, q] of [
			[first, start],
			[last, end]
		] as const) {
			expect(Math.abs(p[0] - q[0])).toBeLessThan(0.5);
			expect(Math.abs(p[1] - q[1])).toBeLessThan(0.5);
		}
	});

	it('hand-traced coordinates have at most 4 decimals', () => {
		for (const f of [...lines, overlay('fergana-valley')])
			for (const [lon, lat] of coordAll(f.geometry)) {
				expect(Number((lon ?? NaN).toFixed(4))).toBe(lon);
				expect(Number((lat ?? NaN).toFixed(4))).toBe(lat);
			}
	});
});

describe('checkOverlays', () => {
	const fergana = overlay('fergana-valley');
	const renamed = (id: string, changes: Record<string, unknown> = {}) => ({
		...structuredClone(fergana),
		id,
		properties: { ...fergana.properties, id, ...changes }
	});

	it('accepts the real overlays as they are', () => {
		const inputs = overlays.features.map((raw) => ({ file: 'real', raw }));
		expect(checkOverlays(inputs, OVERLAY_IDS).problems).toEqual([]);
	});

	it('names the file, feature and field of every fault', () => {
		const clockwise = structuredClone(fergana);
		if (clockwise.geometry.type === 'Polygon') clockwise.geometry.coordinates[0]?.reverse();
		const { problems } = checkOverlays(
			[
				{ file: 'a.geojson', raw: clockwise },
				{ file: 'b.geojson', raw: renamed('x', { kind: 'line' }) },
				{ file: 'c.geojson', raw: renamed('y', { colour: 'red' }) },
				{ file: 'd.geojson', raw: fergana }
			],
			['fergana-valley', 'missing-one']
		);
		const expected = [
			{ file: 'a.geojson', feature: 'fergana-valley', field: 'geometry.coordinates.0' },
			{ file: 'b.geojson', feature: 'x', field: 'properties.kind' },
			{ file: 'c.geojson', feature: 'y', field: 'properties' },
			{ file: 'd.geojson', feature: 'fergana-valley', field: 'id' },
			{ file: '-', feature: 'missing-one', reason: 'expected overlay is missing' },
			{ file: '-', feature: 'x', reason: 'not in OVERLAY_IDS' }
		];
		for (const e of expected) expect(problems).toContainEqual(expect.objectContaining(e));
		expect(problems).toHaveLength(expected.length);
	});

	it('flags an open ring and a feature id that differs from properties.id', () => {
		const open = structuredClone(fergana);
		if (open.geometry.type === 'Polygon') open.geometry.coordinates[0]?.pop();
		const mismatched = { ...structuredClone(fergana), id: 'other' };
		const { problems } = checkOverlays(
			[
				{ file: 'open.geojson', raw: open },
				{ file: 'mismatched.geojson', raw: mismatched }
			],
			['fergana-valley', 'other']
		);
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: 'open.geojson',
				field: 'geometry.coordinates.0',
				reason: expect.stringMatching(/^ring is not closed/)
			})
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ file: 'mismatched.geojson', field: 'properties.id' })
		);
	});
});
