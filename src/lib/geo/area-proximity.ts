import {
	booleanIntersects,
	booleanPointInPolygon,
	booleanWithin,
	distance,
	flatten,
	pointToLineDistance,
	polygonToLine
} from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat, Proximity } from './proximity';
import { boxesMeet, geometryBox } from './geometry-box';
import { growBox, type LonLatBox } from './grow-box';
import { lineStrings } from './line-strings';
import { SegmentProbe } from './segment-probe';

/**
 * Proximity of a record placed only to an area (a country, a region, a pipeline route): its real
 * place is somewhere in that geometry, so it is `certain` when the whole geometry lies inside the
 * question's region and `possible` when only part of it does. Distances are Turf's, in km: to the
 * nearest part of the geometry (0 when the question's point or line touches it).
 */
export type AreaQuestion =
	| { kind: 'circle'; center: LonLat; radiusKm: number }
	| { kind: 'point'; center: LonLat }
	| { kind: 'area'; area: Polygon | MultiPolygon }
	| { kind: 'line'; line: LineString | MultiLineString; radiusKm: number };

export type RecordGeometry = Polygon | MultiPolygon | LineString | MultiLineString;

export interface AreaHit {
	distance_km: number;
	/** null when the record's area misses the question's region (or for a bare point question). */
	proximity: Proximity | null;
}

const KM = { units: 'kilometers' } as const;

function vertices(g: RecordGeometry): Position[] {
	switch (g.type) {
		case 'LineString':
			return g.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.flat();
		case 'MultiPolygon':
			return g.coordinates.flat(2);
	}
}

const isArea = (g: Geometry): g is Polygon | MultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon';

/** Distance from a point to a geometry: 0 inside an area, else to its nearest edge or segment. */
function pointDistance(p: Position, g: RecordGeometry): number {
	if (isArea(g)) {
		if (booleanPointInPolygon(p, g)) return 0;
		return Math.min(...outlines(g).map((l) => pointToLineDistance(p, l, KM)));
	}
	return Math.min(...lines(g).map((l) => pointToLineDistance(p, l, KM)));
}

function lines(g: LineString | MultiLineString): Feature<LineString>[] {
	return flatten(g).features as Feature<LineString>[];
}

function outlines(g: Polygon | MultiPolygon): Feature<LineString>[] {
	return flatten(g).features.flatMap((part) => {
		// A polygon's rings as lines (one LineString per ring).
		const outline = polygonToLine(part as Feature<Polygon>) as Feature<LineString | MultiLineString>;
		return flatten(outline).features as Feature<LineString>[];
	});
}

/** Shortest distance between two geometries: 0 where they meet, else between vertices and edges. */
function geometryDistance(a: RecordGeometry, b: RecordGeometry): number {
	if (booleanIntersects(a, b)) return 0;
	const toB = Math.min(...vertices(a).map((p) => pointDistance(p, b)));
	const toA = Math.min(...vertices(b).map((p) => pointDistance(p, a)));
	return Math.min(toB, toA);
}

/**
 * How a record's geometry lies to a line: the distance to its nearest part (`nearest_km`, 0 where
 * they meet) and from its farthest vertex (`farthest_km`). Neither depends on a radius, so a caller
 * may keep them per (record, line) and answer every radius with `reachHit`.
 */
export interface Reach {
	nearest_km: number;
	farthest_km: number;
}

export function lineReach(record: RecordGeometry, line: LineString | MultiLineString): Reach {
	return {
		nearest_km: geometryDistance(record, line),
		farthest_km: Math.max(...vertices(record).map((v) => pointDistance(v, line)))
	};
}

/** Within `radiusKm` of the line: possible when the nearest part is, certain when the farthest vertex is. */
export function reachHit({ nearest_km, farthest_km }: Reach, radiusKm: number): AreaHit | null {
	if (nearest_km > radiusKm) return null;
	return { distance_km: nearest_km, proximity: farthest_km <= radiusKm ? 'certain' : 'possible' };
}

/**
 * Per record, computed once: its box (a circle that cannot reach it is answered without Turf) and
 * a probe of its edges (Turf's distances, only to the edges that could be within the radius).
 */
const prepared = new WeakMap<RecordGeometry, { box: LonLatBox; probe: SegmentProbe }>();
function prepare(record: RecordGeometry): { box: LonLatBox; probe: SegmentProbe } {
	let p = prepared.get(record);
	if (!p) prepared.set(record, (p = { box: geometryBox(record), probe: new SegmentProbe(lineStrings(record)) }));
	return p;
}

export function areaProximity(record: RecordGeometry, q: AreaQuestion): AreaHit | null {
	switch (q.kind) {
		case 'point':
			return { distance_km: pointDistance(q.center, record), proximity: null };
		case 'circle': {
			const [lon, lat] = q.center;
			const { box, probe } = prepare(record);
			if (!growBox([lon, lat, lon, lat], q.radiusKm).some((reach) => boxesMeet(reach, box))) return null;
			// pointDistance's answer, measured only to the edges that could be within the radius.
			const inside = isArea(record) && booleanPointInPolygon(q.center, record);
			const d = inside ? 0 : probe.distanceWithinKm(q.center, q.radiusKm);
			if (d > q.radiusKm) return null;
			const whole = vertices(record).every((v) => distance(q.center, v, KM) <= q.radiusKm);
			return { distance_km: d, proximity: whole ? 'certain' : 'possible' };
		}
		case 'area': {
			const parts = flatten(record).features;
			if (!parts.some((p) => booleanIntersects(p, q.area))) return null;
			const whole = parts.every((p) => booleanWithin(p, q.area));
			return { distance_km: 0, proximity: whole ? 'certain' : 'possible' };
		}
		case 'line':
			return reachHit(lineReach(record, q.line), q.radiusKm);
	}
}
