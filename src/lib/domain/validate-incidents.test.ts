import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { incidentFeatureSchema, type IncidentFeature } from './incident';
import { validateIncidents } from './validate-incidents';

const fixture = new URL('../data/fixtures/good/incidents.geojson', import.meta.url);
const base: IncidentFeature = incidentFeatureSchema.parse(
	(JSON.parse(readFileSync(fixture, 'utf8')) as { features: unknown[] }).features[0]
);
const withProps = (props: Partial<IncidentFeature['properties']>): IncidentFeature => {
	const f = structuredClone(base);
	Object.assign(f.properties, props);
	return f;
};
const today = '2026-01-01';

describe('validateIncidents', () => {
	it('accepts a valid record dated today', () => {
		const f = withProps({ date_start: today, date_end: today, area: null });
		expect(validateIncidents([f], 'a.geojson', { today })).toEqual([]);
	});

	it('reports a source dated after today', () => {
		const f = withProps({ area: null });
		f.properties.sources[0]!.date = '2026-01-02';
		expect(validateIncidents([f], 'a.geojson', { today })).toEqual([
			{
				file: 'a.geojson',
				feature: 'kabul-fixture',
				field: 'properties.sources.0.date',
				reason: '2026-01-02 is in the future (today is 2026-01-01)'
			}
		]);
	});

	it('reports an area naming no known overlay, and skips areas when no overlays are given', () => {
		const f = withProps({ area: 'nowhere' });
		expect(validateIncidents([f], 'a.geojson', { today, overlayIds: new Set(['somewhere']) })).toEqual([
			{
				file: 'a.geojson',
				feature: 'kabul-fixture',
				field: 'properties.area',
				reason: 'no overlay has the id "nowhere"'
			}
		]);
		expect(validateIncidents([f], 'a.geojson', { today })).toEqual([]);
	});

	it('refuses a malformed today', () => {
		expect(() => validateIncidents([], 'a.geojson', { today: '1/1/2026' })).toThrow(/YYYY-MM-DD/);
	});
});
