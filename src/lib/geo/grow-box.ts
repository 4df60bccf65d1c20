import { EARTH_RADIUS_KM } from './proximity';

/** `[west, south, east, north]` in degrees, with west ≤ east: never crosses ±180. */
export type LonLatBox = [west: number, south: number, east: number, north: number];

const DEG = 180 / Math.PI;
/** Extra angle (radians, ~0.6 m) for rounding in Turf's geodesic nearest-point search. */
const SLACK_RAD = 1e-7;

/**
 * Boxes that together cover every point within `km` (great-circle, on Turf's sphere) of any point
 * of `box`. Latitude grows by the angle; longitude by asin(sin δ / cos φ) at the box's highest
 * |latitude| φ (the widest a cap of radius δ gets), split at ±180 into two boxes, or the whole
 * longitude range when a pole is within reach. Generous by a hair, never short.
 */
export function growBox(box: LonLatBox, km: number): LonLatBox[] {
	const [west, south, east, north] = box;
	const delta = (km / EARTH_RADIUS_KM) * (1 + 1e-9) + SLACK_RAD;
	const deltaDeg = delta * DEG;
	const s = Math.max(-90, south - deltaDeg);
	const n = Math.min(90, north + deltaDeg);
	const highest = Math.max(Math.abs(south), Math.abs(north));
	if (highest + deltaDeg >= 90) return [[-180, s, 180, n]];
	const ratio = Math.sin(delta) / Math.cos(highest / DEG);
	if (!(ratio < 1)) return [[-180, s, 180, n]];
	const dLon = Math.asin(ratio) * DEG * (1 + 1e-9);
	const w = west - dLon;
	const e = east + dLon;
	if (e - w >= 360) return [[-180, s, 180, n]];
	const boxes: LonLatBox[] = [[Math.max(-180, w), s, Math.min(180, e), n]];
	if (w <= -180) boxes.push([w + 360, s, 180, n]);
	if (e >= 180) boxes.push([-180, s, e - 360, n]);
	return boxes;
}
