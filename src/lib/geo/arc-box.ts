import type { Position } from 'geojson';
import type { LonLatBox } from './grow-box';
import { unitVector } from './unit-vector';

const DEG = 180 / Math.PI;
/** Below this |A × B| (~6 cm) Turf's great circle through A and B is too noisy to bound tightly. */
const TINY_CROSS = 1e-8;
const WORLD: LonLatBox = [-180, -90, 180, 90];


function cross(a: readonly number[], b: readonly number[]): [number, number, number] {
	const [ax = 0, ay = 0, az = 0] = a;
	const [bx = 0, by = 0, bz = 0] = b;
	return [ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx];
}

function dot(a: readonly number[], b: readonly number[]): number {
	return (a[0] ?? 0) * (b[0] ?? 0) + (a[1] ?? 0) * (b[1] ?? 0) + (a[2] ?? 0) * (b[2] ?? 0);
}

/**
 * The lon/lat box of the great-circle arc from `a` to `b` that Turf's geodesic
 * `pointToLineDistance` measures to (the shorter arc): the endpoints' longitudes, and latitudes
 * widened to the arc's highest or lowest point when that lies between the endpoints. Falls back to
 * the whole world for arcs it cannot bound tightly (|Δlon| ≥ 180, so across ±180 or over a pole;
 * distinct endpoints closer than ~6 cm, or nearly antipodal).
 */
export function arcBox(a: Position, b: Position): LonLatBox {
	const [lonA = 0, latA = 0] = a;
	const [lonB = 0, latB = 0] = b;
	if (lonA === lonB && latA === latB) return [lonA, latA, lonA, latA];
	if (Math.abs(lonB - lonA) >= 180) return [...WORLD];
	const A = unitVector(a);
	const B = unitVector(b);
	const n = cross(A, B);
	const size = Math.hypot(n[0], n[1], n[2]);
	if (size < TINY_CROSS) return [...WORLD];
	const nz = n[2] / size;
	let south = Math.min(latA, latB);
	let north = Math.max(latA, latB);
	// Highest point of the whole great circle: ẑ minus its component along the unit normal.
	const topSize = Math.sqrt(Math.max(0, 1 - nz * nz));
	if (topSize > 1e-12) {
		const top = [(-nz * n[0]) / size / topSize, (-nz * n[1]) / size / topSize, (1 - nz * nz) / topSize];
		const between = (p: number[]) => dot(cross(A, p), n) >= 0 && dot(cross(p, B), n) >= 0;
		const topLat = Math.asin(Math.min(1, top[2] ?? 0)) * DEG;
		if (between(top)) north = Math.max(north, topLat);
		if (between(top.map((c) => -c))) south = Math.min(south, -topLat);
	}
	return [Math.min(lonA, lonB), south, Math.max(lonA, lonB), north];
}
