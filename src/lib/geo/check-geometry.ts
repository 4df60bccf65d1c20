import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { checkPosition } from './check-position';

/**
 * Throws a RangeError naming `name` (and the offending coordinate's path) unless `geometry` is a
 * LineString/MultiLineString with ≥ 2 positions a line, or a Polygon/MultiPolygon with ≥ 4
 * positions a ring, every position inside [-180, 180] × [-90, 90]. An area crossing ±180 must be
 * split there into a MultiPolygon (RFC 7946 § 3.1.9).
 */
export function checkGeometry(
	geometry: LineString | MultiLineString | Polygon | MultiPolygon,
	name: string,
	allowed: ReadonlyArray<(LineString | MultiLineString | Polygon | MultiPolygon)['type']>
): void {
	if (!geometry || !allowed.includes(geometry.type)) {
		throw new RangeError(`${name} must be a ${allowed.join(' or ')}, got ${geometry?.type}`);
	}
	const lines: { path: string; coordinates: number[][]; min: number }[] = [];
	const add = (path: string, coordinates: number[][], min: number) => lines.push({ path, coordinates, min });
	if (geometry.type === 'LineString') add(name, geometry.coordinates, 2);
	if (geometry.type === 'MultiLineString') geometry.coordinates.forEach((l, i) => add(`${name}[${i}]`, l, 2));
	if (geometry.type === 'Polygon') geometry.coordinates.forEach((r, i) => add(`${name}[${i}]`, r, 4));
	if (geometry.type === 'MultiPolygon') {
		geometry.coordinates.forEach((p, i) => p.forEach((r, j) => add(`${name}[${i}][${j}]`, r, 4)));
	}
	if (lines.length === 0) throw new RangeError(`${name} has no coordinates`);
	for (const { path, coordinates, min } of lines) {
		if (!Array.isArray(coordinates) || coordinates.length < min) {
			throw new RangeError(`${path} must have at least ${min} positions, got ${coordinates?.length}`);
		}
		coordinates.forEach((p, k) => checkPosition(p, `${path}[${k}]`));
	}
}
