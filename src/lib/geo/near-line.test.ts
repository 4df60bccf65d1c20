import fc from 'fast-check';
import type { LineString, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LocatedIndex } from './located-index';
import { arbitrary } from './located.arbitrary';
import { naive } from './naive-proximity';
import { nearLine } from './near-line';
import type { Located } from './proximity';

/** Along the equator from 0° to 2° (≈ 222 km). */
const PIPE: LineString = { type: 'LineString', coordinates: [[0, 0], [2, 0]] };
const item = (id: string, lon: number, lat: number, u: number): Located => ({ id, lon, lat, uncertainty_km: u });
const KM = 1 / 111.19508; // degrees of latitude per km on Turf's sphere

describe('nearLine', () => {
	const items = [
		item('on', 1, 0, 0),
		item('beside', 1, 5 * KM, 2), // 5 km off, circle within 10 km
		item('straddles', 1, -9 * KM, 2),
		item('past-the-end', 2 + 11 * KM, 0, 2), // 11 km beyond the end point
		item('away', 1, 13 * KM, 2)
	];
	const index = new LocatedIndex(items);

	it('measures to the nearest point of the line, end points included', () => {
		const hits = nearLine(index, PIPE, 10);
		expect(hits.map((h) => [h.id, h.proximity])).toEqual([
			['on', 'certain'],
			['beside', 'certain'],
			['straddles', 'possible'],
			['past-the-end', 'possible']
		]);
		expect(hits[1]?.distance_km).toBeCloseTo(5, 6);
		expect(hits[3]?.distance_km).toBeCloseTo(11, 6);
	});

	it('takes the nearest part of a MultiLineString', () => {
		const two: MultiLineString = { type: 'MultiLineString', coordinates: [[[0, 1], [2, 1]], PIPE.coordinates] };
		expect(nearLine(index, two, 10)).toEqual(nearLine(index, PIPE, 10));
	});

	it('follows a line across ±180 along the short arc', () => {
		const across: LineString = { type: 'LineString', coordinates: [[179, 0], [-179, 0]] };
		const hits = nearLine(new LocatedIndex([item('dateline', 180, 3 * KM, 0)]), across, 5);
		expect(hits[0]?.distance_km).toBeCloseTo(3, 6);
	});

	it('refuses a one-point line, bad coordinates or radius', () => {
		expect(() => nearLine(index, { type: 'LineString', coordinates: [[0, 0]] }, 1)).toThrow(/at least 2/);
		expect(() => nearLine(index, { type: 'LineString', coordinates: [[0, 0], [0, 95]] }, 1)).toThrow(/line\[1\] latitude/);
		expect(() => nearLine(index, PIPE, -3)).toThrow(/radiusKm/);
	});

	it('equals the naive Turf scan (lines across ±180 and near poles, R 0.1–5,000 km, wide uncertainty)', () => {
		const scene = arbitrary.scene(100).chain((s) => fc.record({ s: fc.constant(s), line: arbitrary.line(s.anchor) }));
		fc.assert(
			fc.property(scene, arbitrary.radiusKm, ({ s, line }, r) => {
				expect(nearLine(new LocatedIndex(s.items), line, r)).toEqual(naive.nearLine(s.items, line, r));
			}),
			{ seed: 20240614, numRuns: 200 }
		);
	});

	it('equals the naive Turf scan for items right at R ± u from the line', () => {
		const scene = fc.tuple(arbitrary.anchor, arbitrary.radiusKm).chain(([a, r]) =>
			arbitrary.line(a).chain((line) =>
				fc.record({ line: fc.constant(line), r: fc.constant(r), items: arbitrary.hugging([line.coordinates], r) })
			)
		);
		fc.assert(
			fc.property(scene, ({ line, r, items }) => {
				expect(nearLine(new LocatedIndex(items), line, r)).toEqual(naive.nearLine(items, line, r));
			}),
			{ seed: 20240617, numRuns: 200 }
		);
	});
});
