import { area, booleanClockwise, booleanPointInPolygon, point } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { borderBand } from './border-band';

const TERMEZ = [67.28, 37.22];
const KABUL = [69.17, 34.53];
const DUSHANBE = [68.78, 38.56];
/** Mazar-i-Sharif: about 58 km from the Amu Darya in Natural Earth 1:50m, just outside the band. */
const MAZAR = [67.11, 36.71];

function exteriorRings(band: ReturnType<typeof borderBand>): Position[][] {
	const g = band.geometry;
	return g.type === 'Polygon' ? [g.coordinates[0] ?? []] : g.coordinates.map((p) => p[0] ?? []);
}

describe('borderBand', () => {
	const band = borderBand('AFG', ['UZB', 'TJK'], 50);

	it('matches the golden fixture', async () => {
		await expect(JSON.stringify(band, null, 1)).toMatchFileSnapshot(
			'./__fixtures__/afg-border-band-50km.geojson'
		);
	});

	it('contains Termez, on the Amu Darya', () => {
		expect(booleanPointInPolygon(point(TERMEZ), band)).toBe(true);
	});

	it('leaves out Kabul (~290 km away), Dushanbe (~130 km) and Mazar-i-Sharif (~58 km)', () => {
		expect(booleanPointInPolygon(point(KABUL), band)).toBe(false);
		expect(booleanPointInPolygon(point(DUSHANBE), band)).toBe(false);
		expect(booleanPointInPolygon(point(MAZAR), band)).toBe(false);
	});

	it('has a plausible area: about 100 km wide along some 1,160 km of border', () => {
		const km2 = area(band) / 1e6;
		expect(km2).toBeGreaterThan(80_000);
		expect(km2).toBeLessThan(130_000);
	});

	it('has counter-clockwise, closed exterior rings rounded to 4 decimals', () => {
		for (const ring of exteriorRings(band)) {
			expect(booleanClockwise(ring)).toBe(false);
			expect(ring[0]).toEqual(ring[ring.length - 1]);
			for (const [lon, lat] of ring) {
				expect(Number((lon ?? NaN).toFixed(4))).toBe(lon);
				expect(Number((lat ?? NaN).toFixed(4))).toBe(lat);
			}
		}
	});

	it('refuses a pair of countries that share no border', () => {
		expect(() => borderBand('AFG', ['KGZ'], 50)).toThrow(/share no border/);
	});

	it('refuses a non-positive distance or no neighbours', () => {
		expect(() => borderBand('AFG', ['UZB'], 0)).toThrow(RangeError);
		expect(() => borderBand('AFG', [], 50)).toThrow(RangeError);
	});
});
