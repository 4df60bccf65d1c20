import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { BBox } from '../domain/incident-query';

/** A geometry a record may be placed on: an area, or a line (a pipeline's route). */
export type AreaGeometry = Polygon | MultiPolygon | LineString | MultiLineString;

/**
 * Whether `geometry` and the box `[west, south, east, north]` (a map's view) meet: a line crossing
 * or inside it, an area overlapping it, or the box lying inside the area (not in a hole). Planar in
 * degrees, edges included, as Turf's `booleanIntersects` (which the unit test holds it to); a few
 * lines instead of that module keep the page's JavaScript small. The box may cross the
 * antimeridian (`west > east`, or `east > 180` as a map's bounds give it) or span the world.
 */
export function intersectsBox(geometry: AreaGeometry, box: BBox): boolean {
	return boxesOf(box).some((b) => meets(geometry, b));
}

/** The box as one or two boxes within −180…180. */
function boxesOf([west, south, east, north]: BBox): BBox[] {
	if (west > east) east += 360;
	if (east - west >= 360) return [[-180, south, 180, north]];
	const shift = Math.floor((west + 180) / 360) * 360;
	const [w, e] = [west - shift, east - shift];
	return e <= 180 ? [[w, south, e, north]] : [[w, south, 180, north], [-180, south, e - 360, north]];
}

/** A line's points, or an area's rings. */
function edges(g: AreaGeometry): Position[][] {
	switch (g.type) {
		case 'LineString':
			return [g.coordinates];
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates;
		case 'MultiPolygon':
			return g.coordinates.flat();
	}
}

function meets(g: AreaGeometry, box: BBox): boolean {
	if (edges(g).some((line) => lineMeets(line, box))) return true;
	// No edge meets the box: it is wholly inside an area, or outside it.
	if (g.type === 'Polygon') return inRings([box[0], box[1]], g.coordinates);
	if (g.type === 'MultiPolygon') return g.coordinates.some((rings) => inRings([box[0], box[1]], rings));
	return false;
}

function lineMeets(line: Position[], box: BBox): boolean {
	if (line.length === 1) return segmentMeets(line[0]!, line[0]!, box);
	for (let i = 0; i + 1 < line.length; i++) if (segmentMeets(line[i]!, line[i + 1]!, box)) return true;
	return false;
}

/** Liang–Barsky: does the segment a→b pass through the box (edges included)? */
function segmentMeets([ax, ay]: Position, [bx, by]: Position, [w, s, e, n]: BBox): boolean {
	const dx = bx! - ax!;
	const dy = by! - ay!;
	let t0 = 0;
	let t1 = 1;
	for (const [p, q] of [
		[-dx, ax! - w],
		[dx, e - ax!],
		[-dy, ay! - s],
		[dy, n - ay!]
	] as const) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const r = q / p;
		if (p < 0) {
			if (r > t1) return false;
			if (r > t0) t0 = r;
		} else {
			if (r < t0) return false;
			if (r < t1) t1 = r;
		}
	}
	return true;
}

/** Even–odd rule over a polygon's rings (its holes excluded). */
function inRings([x, y]: [number, number], rings: Position[][]): boolean {
	let inside = false;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
		}
	return inside;
}
