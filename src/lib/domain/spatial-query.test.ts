import { describe, expect, it } from 'vitest';
import { apiParams, readSpatialQuery, writeSpatialQuery, type SpatialQuery } from './spatial-query';

const roundTrip = (q: SpatialQuery) => readSpatialQuery(writeSpatialQuery(new URLSearchParams(), q));

describe('spatial query in the URL', () => {
	it('round-trips every kind of question', () => {
		const questions: SpatialQuery[] = [
			{ kind: 'near', center: [69.17, 34.53], radius_km: 25 },
			{ kind: 'nearby', incident: '2022-09-05-kabul-russian-embassy-bombing', radius_km: 100 },
			{ kind: 'region', overlay: 'fergana-valley' },
			{ kind: 'corridor', overlay: 'cagp-lines-a-c', radius_km: 50 }
		];
		for (const q of questions) expect(roundTrip(q)).toEqual(q);
	});

	it('replaces an earlier question and keeps unrelated parameters', () => {
		const before = new URLSearchParams('incident=x&near=1,2&radius_km=10&theme=dark');
		const after = writeSpatialQuery(before, { kind: 'region', overlay: 'fergana-valley' });
		expect(after.toString()).toBe('incident=x&theme=dark&region=fergana-valley');
		expect(writeSpatialQuery(after, null).toString()).toBe('incident=x&theme=dark');
	});

	it('writes the selection with the question; a question about another incident keeps its own', () => {
		const nearby: SpatialQuery = { kind: 'nearby', incident: 'a', radius_km: 25 };
		const same = writeSpatialQuery(new URLSearchParams('incident=old&theme=dark'), nearby, 'a');
		expect(same.toString()).toBe('theme=dark&incident=a&nearby=25');
		const other = writeSpatialQuery(same, nearby, 'b');
		expect(other.toString()).toBe('theme=dark&incident=b&nearby_incident=a&nearby=25');
		expect(readSpatialQuery(other)).toEqual(nearby);
		const closed = writeSpatialQuery(other, nearby, null);
		expect(closed.toString()).toBe('theme=dark&nearby_incident=a&nearby=25');
		expect(readSpatialQuery(closed)).toEqual(nearby);
		expect(writeSpatialQuery(closed, null, null).toString()).toBe('theme=dark');
		expect(writeSpatialQuery(closed, { kind: 'region', overlay: 'r' }, 'b').toString()).toBe('theme=dark&incident=b&region=r');
	});

	it('ignores malformed values rather than guessing', () => {
		expect(readSpatialQuery(new URLSearchParams('near=200,10&radius_km=5'))).toBeNull();
		expect(readSpatialQuery(new URLSearchParams('near=10,10&radius_km=-5'))).toBeNull();
		expect(readSpatialQuery(new URLSearchParams('near=abc&radius_km=5'))).toBeNull();
		expect(readSpatialQuery(new URLSearchParams('corridor=x'))).toBeNull();
	});

	it('asks the API around the incident’s point for a nearby question', () => {
		const q: SpatialQuery = { kind: 'nearby', incident: 'a', radius_km: 10 };
		expect(apiParams(q, [69.123456789, 34.5])?.toString()).toBe('near=69.12346%2C34.5&radius_km=10');
		expect(apiParams(q)).toBeNull();
	});
});
