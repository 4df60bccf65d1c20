import { describe, expect, it } from 'vitest';
import { idProblems } from './id-problems';

const f = (id: string, propertiesId = id) => ({ id, properties: { id: propertiesId } });

describe('idProblems', () => {
	it('reports later uses of an id, in the same file or another, and ids that differ', () => {
		expect(
			idProblems([
				{ file: 'a', features: [f('x'), f('y', 'z'), f('x')] },
				{ file: 'b', features: [f('y')] }
			])
		).toEqual([
			{ file: 'a', feature: 'y', field: 'properties.id', reason: '"z" differs from the feature id "y"' },
			{ file: 'a', feature: 'x', field: 'id', reason: 'duplicate id: already used by feature #0 in this file' },
			{ file: 'b', feature: 'y', field: 'id', reason: 'duplicate id: already used by feature #1 in a' }
		]);
	});
});
