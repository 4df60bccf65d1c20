import { describe, expect, it } from 'vitest';
import { roundCoordinates } from './round-coordinates';

describe('roundCoordinates', () => {
	it('rounds coordinates at any depth and leaves properties alone', () => {
		const input = {
			type: 'Feature',
			properties: { value: 1.23456 },
			geometry: { type: 'LineString', coordinates: [[69.123456, 34.987654], [70.0004, -1.0006]] }
		};
		expect(roundCoordinates(input, 3)).toEqual({
			type: 'Feature',
			properties: { value: 1.23456 },
			geometry: { type: 'LineString', coordinates: [[69.123, 34.988], [70, -1.001]] }
		});
	});
});
