import { describe, expect, it } from 'vitest';
import { checkDistanceKm } from './check-distance-km';

describe('checkDistanceKm', () => {
	it('accepts zero and positive finite distances', () => {
		expect(() => checkDistanceKm(0, 'radiusKm')).not.toThrow();
		expect(() => checkDistanceKm(5000, 'radiusKm')).not.toThrow();
	});

	it('refuses negative, NaN and infinite distances, naming the argument', () => {
		expect(() => checkDistanceKm(-1, 'radiusKm')).toThrow(/radiusKm must be .* got -1/);
		expect(() => checkDistanceKm(Number.NaN, 'radiusKm')).toThrow(RangeError);
		expect(() => checkDistanceKm(Number.POSITIVE_INFINITY, 'radiusKm')).toThrow(RangeError);
	});
});
