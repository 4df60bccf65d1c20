import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LocatedIndex } from './located-index';
import { naive } from './naive-proximity';
import type { Located } from './proximity';
import { withinRadius } from './within-radius';

const KABUL: [number, number] = [69.17, 34.53];

function curatedIncidents(): Located[] {
	const url = new URL('../data/incidents.geojson', import.meta.url);
	const fc = JSON.parse(readFileSync(url, 'utf8')) as FeatureCollection<Point, { id: string; uncertainty_km: number }>;
	return fc.features
		.filter((f) => f.geometry?.type === 'Point')
		.map((f) => ({
			id: f.properties.id,
			lon: f.geometry.coordinates[0] ?? NaN,
			lat: f.geometry.coordinates[1] ?? NaN,
			uncertainty_km: f.properties.uncertainty_km
		}));
}

describe('withinRadius on the curated incidents', () => {
	const items = curatedIncidents();
	const hits = withinRadius(new LocatedIndex(items), KABUL, 50);

	it('matches the golden fixture: incidents within 50 km of Kabul, as GeoJSON', async () => {
		const byId = new Map(items.map((i) => [i.id, i]));
		const features = hits.map((h) => {
			const item = byId.get(h.id)!;
			return {
				type: 'Feature',
				id: h.id,
				geometry: { type: 'Point', coordinates: [item.lon, item.lat] },
				properties: {
					id: h.id,
					distance_km: Math.round(h.distance_km * 1000) / 1000,
					proximity: h.proximity,
					uncertainty_km: item.uncertainty_km
				}
			};
		});
		const query = { center: KABUL, radius_km: 50 };
		const collection = { type: 'FeatureCollection', properties: { query }, features };
		await expect(JSON.stringify(collection, null, 1)).toMatchFileSnapshot('./__fixtures__/within-50km-of-kabul.geojson');
	});

	it('equals the naive scan and includes both certain and possible hits', () => {
		expect(hits).toEqual(naive.withinRadius(items, KABUL, 50));
		expect(new Set(hits.map((h) => h.proximity))).toEqual(new Set(['certain', 'possible']));
	});
});
