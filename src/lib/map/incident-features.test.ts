import { describe, expect, it } from 'vitest';
import { loadCuratedIncidents } from '../data/incidents';
import { loadOverlays } from '../data/overlays';
import { incidentMapData, metresToPixelsAtZoom0 } from './incident-features';
import { PROP } from './ids';

describe('incidentMapData', () => {
	const incidents = loadCuratedIncidents().features;
	const { points, areas } = incidentMapData(incidents, loadOverlays().features);

	it('draws country- and region-level records as their overlay area, never as a pin', () => {
		const areaIds = areas.features.map((f) => f.id);
		for (const f of incidents) {
			if (f.properties.area) expect(areaIds).toContain(f.id);
			else expect(points.features.map((p) => p.id)).toContain(f.id);
		}
		const tally = areas.features.find((f) => String(f.id).includes('dhu-al-hijja'))!;
		expect(tally.geometry.type).toMatch(/Polygon/);
		expect(points.features.length + areas.features.length).toBe(incidents.length);
	});

	it('keeps unknown deaths absent (drawn at the base size), never 0', () => {
		for (const f of [...points.features, ...areas.features]) {
			const source = incidents.find((i) => i.id === f.id)!;
			const best = source.properties.fatalities?.best ?? source.properties.fatalities?.low ?? null;
			if (best === null) expect(f.properties).not.toHaveProperty(PROP.fatalities);
			else expect(f.properties[PROP.fatalities]).toBe(best);
		}
	});
});

describe('metresToPixelsAtZoom0', () => {
	it('matches Web Mercator with 512-pixel tiles', () => {
		// At the equator one 512-px world spans 40,075 km: 1 km ≈ 0.01278 px at zoom 0.
		expect(metresToPixelsAtZoom0(1, 0)).toBeCloseTo(512 / 40075.016686, 6);
		// At 60° a kilometre is twice as many pixels.
		expect(metresToPixelsAtZoom0(1, 60)).toBeCloseTo((2 * 512) / 40075.016686, 6);
	});
});
