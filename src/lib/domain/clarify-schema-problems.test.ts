import { describe, expect, it } from 'vitest';
import { clarifySchemaProblems } from './clarify-schema-problems';

const raw = {
	type: 'FeatureCollection',
	features: [{ id: 'jakarta', geometry: { type: 'Point', coordinates: [-6.2, 106.8] } }]
};

describe('clarifySchemaProblems', () => {
	it('shows an out-of-range value and says when swapping would bring it in range', () => {
		const [p] = clarifySchemaProblems(
			[{ file: 'f', feature: 'jakarta', field: 'geometry.coordinates.1', reason: 'latitude above 90' }],
			raw
		);
		expect(p?.reason).toBe(
			'latitude above 90 (latitude is 106.8); [106.8, -6.2] would be in range: are longitude and latitude swapped?'
		);
	});

	it('says "missing" for an absent field', () => {
		const [p] = clarifySchemaProblems(
			[{ file: 'f', feature: '#0', field: 'properties.summary', reason: 'Invalid input: expected string, received undefined' }],
			raw
		);
		expect(p).toEqual({ file: 'f', feature: '#0', field: 'properties.summary', reason: 'missing (expected string)' });
	});
});
