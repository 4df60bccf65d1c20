import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCollection } from './parse-collection';

const schema = z.object({ type: z.literal('Feature'), id: z.string(), n: z.number() });

describe('parseCollection', () => {
	it('keeps valid features and names the file, feature and field of each invalid one', () => {
		const raw = {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', id: 'a', n: 1 },
				{ type: 'Feature', id: 'b', n: 'x' },
				{ type: 'Feature', n: 2 }
			]
		};
		const { features, problems } = parseCollection(raw, schema, 'x.geojson');
		expect(features.map((f) => f.id)).toEqual(['a']);
		expect(problems).toEqual([
			{ file: 'x.geojson', feature: 'b', field: 'n', reason: expect.stringMatching(/number/) },
			{ file: 'x.geojson', feature: '#2', field: 'id', reason: expect.stringMatching(/string/) }
		]);
	});

	it('refuses something that is not a FeatureCollection', () => {
		const { problems } = parseCollection({ type: 'Feature' }, schema, 'y.json');
		expect(problems).toEqual([
			{ file: 'y.json', feature: '-', field: 'type', reason: 'not a GeoJSON FeatureCollection' }
		]);
	});
});
