import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { lineDistanceKm } from './line-distance-km';
import { SegmentProbe } from './segment-probe';

const LINE: LineString = { type: 'LineString', coordinates: [[0, 0], [1, 0], [1, 1], [3, 2]] };

describe('SegmentProbe', () => {
	const probe = new SegmentProbe([LINE]);

	it('has one segment per pair of positions', () => {
		expect(probe.size).toBe(3);
	});

	it('equals Turf on the whole line, bit for bit, when within the limit', () => {
		for (const p of [[0.5, 0.2], [1.2, 0.5], [2, 2], [3, 2], [-1, -1]]) {
			const exact = lineDistanceKm(p, [LINE]);
			expect(probe.distanceWithinKm(p, exact)).toBe(exact);
			expect(probe.distanceWithinKm(p, 1e4)).toBe(exact);
		}
	});

	it('says only "beyond" when the line is further than the limit', () => {
		expect(probe.distanceWithinKm([10, 10], 5)).toBeGreaterThan(5);
	});
});
