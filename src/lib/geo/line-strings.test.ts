import { describe, expect, it } from 'vitest';
import { lineStrings } from './line-strings';

describe('lineStrings', () => {
	it('gives each ring of a multipolygon, holes included, and each part of a multiline', () => {
		const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
		const hole = [[0.2, 0.1], [0.3, 0.1], [0.3, 0.2], [0.2, 0.1]];
		expect(lineStrings({ type: 'MultiPolygon', coordinates: [[ring, hole], [ring]] }).map((l) => l.coordinates)).toEqual([ring, hole, ring]);
		expect(lineStrings({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3]]] })).toHaveLength(2);
		expect(lineStrings({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toHaveLength(1);
	});
});
