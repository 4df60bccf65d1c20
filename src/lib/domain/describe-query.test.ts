import { describe, expect, it } from 'vitest';
import { describeQuery } from './describe-query';

const names = { overlayTitle: (id: string) => `[${id}]`, incidentTitle: (id: string) => `<${id}>` };

describe('describeQuery', () => {
	it('puts each kind of question in words', () => {
		expect(describeQuery({ kind: 'near', center: [69.17, -34.5], radius_km: 25 }, names)).toBe('Within 25 km of 34.50° S, 69.17° E');
		expect(describeQuery({ kind: 'nearby', incident: 'a', radius_km: 10 }, names)).toBe('Within 10 km of “<a>”');
		expect(describeQuery({ kind: 'region', overlay: 'fv' }, names)).toBe('Inside [fv]');
		expect(describeQuery({ kind: 'corridor', overlay: 'p', radius_km: 50 }, names)).toBe('Within 50 km of [p]');
	});
});
