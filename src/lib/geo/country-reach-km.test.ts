import { describe, expect, it } from 'vitest';
import { distance } from '@turf/distance';
import { countryReachKm } from './country-reach-km';

describe('countryReachKm', () => {
	it('is the distance from a point to the farthest part of its country', () => {
		// From Kabul, Afghanistan reaches at least as far as Zaranj in its south-west, and less than 1,100 km.
		const km = countryReachKm('AFG', [69.2, 34.5])!;
		expect(km).toBeGreaterThan(distance([69.2, 34.5], [61.86, 30.96], { units: 'kilometers' }));
		expect(km).toBeLessThan(1100);
	});

	it('is larger from the edge of a country than from its middle, and null for an unknown code', () => {
		expect(countryReachKm('TJK', [67.5, 39.0])!).toBeGreaterThan(countryReachKm('TJK', [71.0, 38.8])!);
		expect(countryReachKm('XXX', [0, 0])).toBeNull();
	});
});
