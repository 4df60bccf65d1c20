import type { Position } from 'geojson';

const RAD = Math.PI / 180;

/** The unit vector (x towards 0°E on the equator, z towards the north pole) of a `[lon, lat]`. */
export function unitVector(p: Position): [x: number, y: number, z: number] {
	const lon = (p[0] ?? 0) * RAD;
	const lat = (p[1] ?? 0) * RAD;
	return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
}
