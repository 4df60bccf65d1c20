import type { LineString, MultiLineString } from 'geojson';
import { arcBox } from './arc-box';
import { checkDistanceKm } from './check-distance-km';
import { checkGeometry } from './check-geometry';
import { growBox, type LonLatBox } from './grow-box';
import { lineStrings } from './line-strings';
import type { LocatedIndex } from './located-index';
import { classify, type ProximityHit } from './proximity';
import { rankHits, type Found } from './rank-hits';
import { SegmentProbe } from './segment-probe';

/**
 * Items within `radiusKm` of `line` (a corridor, e.g. along a pipeline): distance is Turf's
 * geodesic `pointToLineDistance` in km, precision `classify(distance, u, R)`; sorted by distance,
 * then id. Candidates: each uncertainty tier's items in each segment's arc box grown by R + that
 * tier's largest uncertainty.
 */
export function nearLine(index: LocatedIndex, line: LineString | MultiLineString, radiusKm: number): ProximityHit[] {
	checkGeometry(line, 'line', ['LineString', 'MultiLineString']);
	checkDistanceKm(radiusKm, 'radiusKm');
	const lines = lineStrings(line);
	const probe = new SegmentProbe(lines);
	const arcs: LonLatBox[] = [];
	for (const { coordinates: c } of lines) {
		for (let i = 0; i + 1 < c.length; i++) arcs.push(arcBox(c[i]!, c[i + 1]!));
	}

	const { items } = index;
	const found: Found[] = [];
	const consider = (position: number) => {
		const item = items[position]!;
		const u = item.uncertainty_km;
		const d = probe.distanceWithinKm([item.lon, item.lat], radiusKm + u);
		const proximity = classify(d, u, radiusKm);
		if (proximity) found.push({ position, distance_km: d, proximity });
	};
	index.inBoxes((maxU) => arcs.flatMap((box) => growBox(box, radiusKm + maxU))).forEach(consider);
	return rankHits(items, found);
}
