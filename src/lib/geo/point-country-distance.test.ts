import { describe, expect, it } from 'vitest';
import { countryShape } from './country-shape';
import { pointCountryDistance } from './point-country-distance';

const afghanistan = countryShape('AFG')!;

describe('pointCountryDistance', () => {
	it('is 0 inside the country', () => {
		expect(pointCountryDistance([69.17, 34.53], afghanistan)).toBe(0); // Kabul
	});

	it('is the distance to the nearest border outside it', () => {
		// Mashhad, Iran: about 170 km west of the Afghan border near Islam Qala.
		const km = pointCountryDistance([59.6, 36.3], afghanistan);
		expect(km).toBeGreaterThan(140);
		expect(km).toBeLessThan(200);
	});

	it('measures to the nearest polygon of a MultiPolygon', () => {
		const italy = countryShape('ITA')!;
		expect(italy.geometry.type).toBe('MultiPolygon');
		expect(pointCountryDistance([14.0, 37.5], italy)).toBe(0); // Sicily
		expect(pointCountryDistance([11.0, 37.0], italy)).toBeLessThan(150); // sea off Sicily's west tip
	});
});
