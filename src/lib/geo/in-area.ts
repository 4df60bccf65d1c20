import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { arcBox } from './arc-box';
import { checkGeometry } from './check-geometry';
import { growBox, type LonLatBox } from './grow-box';
import { lineStrings } from './line-strings';
import type { LocatedIndex } from './located-index';
import type { ProximityHit } from './proximity';
import { rankHits, type Found } from './rank-hits';
import { SegmentProbe } from './segment-probe';

/**
 * Items whose uncertainty circle overlaps `area`. Inside (Turf `booleanPointInPolygon`, edges
 * count as inside): distance 0, `certain` when the distance to the boundary (Turf geodesic
 * `pointToLineDistance` to the `polygonToLine` rings) is ≥ u, else `possible`. Outside but within
 * u of the boundary: `possible`, at that distance. Sorted by distance, then id.
 *
 * An area that crosses ±180 must come split there as a MultiPolygon (RFC 7946); as in Turf, the
 * cut is then part of the boundary. Candidates: each uncertainty tier's items in each part's box
 * (its rings' great-circle arcs) grown by that tier's largest uncertainty.
 */
export function inArea(index: LocatedIndex, area: Polygon | MultiPolygon): ProximityHit[] {
	checkGeometry(area, 'area', ['Polygon', 'MultiPolygon']);
	const probe = new SegmentProbe(lineStrings(area));
	const parts = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
	const partBoxes: LonLatBox[] = [];
	const outer: LonLatBox[] = [];
	for (const rings of parts) {
		let part: LonLatBox | null = null;
		for (const ring of rings) {
			for (let i = 0; i + 1 < ring.length; i++) {
				const box = arcBox(ring[i]!, ring[i + 1]!);
				part = part ? union(part, box) : box;
			}
		}
		if (part) partBoxes.push(part);
		outer.push(vertexBox(rings[0] ?? []));
	}

	const { items } = index;
	const found: Found[] = [];
	const consider = (position: number) => {
		const item = items[position]!;
		const p = [item.lon, item.lat];
		const u = item.uncertainty_km;
		const inside = outer.some((box) => inBox(p, box)) && booleanPointInPolygon(p, area);
		const edge = probe.distanceWithinKm(p, u);
		if (inside) found.push({ position, distance_km: 0, proximity: edge >= u ? 'certain' : 'possible' });
		else if (edge <= u) found.push({ position, distance_km: edge, proximity: 'possible' });
	};
	index.inBoxes((maxU) => partBoxes.flatMap((box) => growBox(box, maxU))).forEach(consider);
	return rankHits(items, found);
}

function union(a: LonLatBox, b: LonLatBox): LonLatBox {
	return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

function vertexBox(ring: readonly Position[]): LonLatBox {
	const box: LonLatBox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lon = 0, lat = 0] of ring) {
		box[0] = Math.min(box[0], lon);
		box[1] = Math.min(box[1], lat);
		box[2] = Math.max(box[2], lon);
		box[3] = Math.max(box[3], lat);
	}
	return box;
}

function inBox(p: readonly number[], box: LonLatBox): boolean {
	const [lon = 0, lat = 0] = p;
	return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}
