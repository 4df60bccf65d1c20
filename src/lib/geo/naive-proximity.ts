import { booleanPointInPolygon, distance } from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { checkDistanceKm } from './check-distance-km';
import { checkGeometry } from './check-geometry';
import { checkPosition } from './check-position';
import { lineDistanceKm } from './line-distance-km';
import { lineStrings } from './line-strings';
import { classify, type Located, type LonLat, type ProximityHit } from './proximity';
import { compareFound, rankHits, type Found } from './rank-hits';

/**
 * The four proximity queries as plain loops over every item, with the same Turf functions and no
 * index: the oracle the indexed queries are tested against, and the benchmark's baseline.
 * Same contracts as `withinRadius`, `kNearest`, `inArea` and `nearLine`.
 */
export const naive = {
	withinRadius(items: readonly Located[], center: LonLat, radiusKm: number): ProximityHit[] {
		checkPosition(center, 'center');
		checkDistanceKm(radiusKm, 'radiusKm');
		const found: Found[] = [];
		items.forEach((item, position) => {
			const d = distance(center, [item.lon, item.lat]);
			const proximity = classify(d, item.uncertainty_km, radiusKm);
			if (proximity) found.push({ position, distance_km: d, proximity });
		});
		return rankHits(items, found);
	},

	kNearest(items: readonly Located[], center: LonLat, k: number, excludeId?: string): ProximityHit[] {
		checkPosition(center, 'center');
		if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be an integer ≥ 1, got ${k}`);
		const best: Found[] = []; // the k nearest so far, in order
		items.forEach((item, position) => {
			if (item.id === excludeId) return;
			const f: Found = { position, distance_km: distance(center, [item.lon, item.lat]), proximity: 'possible' };
			const worst = best[best.length - 1];
			if (best.length === k && worst && compareFound(items, f, worst) >= 0) return;
			let i = best.length;
			while (i > 0 && compareFound(items, f, best[i - 1]!) < 0) i--;
			best.splice(i, 0, f);
			if (best.length > k) best.pop();
		});
		const dk = best[best.length - 1]?.distance_km ?? 0;
		for (const f of best) f.proximity = classify(f.distance_km, items[f.position]!.uncertainty_km, dk) ?? 'possible';
		return rankHits(items, best);
	},

	inArea(items: readonly Located[], area: Polygon | MultiPolygon): ProximityHit[] {
		checkGeometry(area, 'area', ['Polygon', 'MultiPolygon']);
		const lines = lineStrings(area);
		const found: Found[] = [];
		items.forEach((item, position) => {
			const p = [item.lon, item.lat];
			const u = item.uncertainty_km;
			const edge = lineDistanceKm(p, lines);
			if (booleanPointInPolygon(p, area)) {
				found.push({ position, distance_km: 0, proximity: edge >= u ? 'certain' : 'possible' });
			} else if (edge <= u) found.push({ position, distance_km: edge, proximity: 'possible' });
		});
		return rankHits(items, found);
	},

	nearLine(items: readonly Located[], line: LineString | MultiLineString, radiusKm: number): ProximityHit[] {
		checkGeometry(line, 'line', ['LineString', 'MultiLineString']);
		checkDistanceKm(radiusKm, 'radiusKm');
		const lines = lineStrings(line);
		const found: Found[] = [];
		items.forEach((item, position) => {
			const d = lineDistanceKm([item.lon, item.lat], lines);
			const proximity = classify(d, item.uncertainty_km, radiusKm);
			if (proximity) found.push({ position, distance_km: d, proximity });
		});
		return rankHits(items, found);
	}
};
