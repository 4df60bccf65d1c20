import type { BBox } from './incident-query';

/**
 * The map's bounds as an API `bbox`: longitudes brought into −180..180 (a box crossing the
 * antimeridian keeps minLon > maxLon, as the API reads it), latitudes clamped to ±90; null when
 * the view spans the whole world's width (no box narrows it).
 */
export function viewBox([west, south, east, north]: BBox): BBox | null {
	if (east - west >= 360) return null;
	const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
	const round = (n: number) => Math.round(n * 1e4) / 1e4;
	const w = wrap(west);
	let e = wrap(east);
	if (e === -180 && east > west) e = 180;
	const clamp = (lat: number) => Math.max(-90, Math.min(90, lat));
	return [round(w), round(clamp(south)), round(e), round(clamp(north))];
}
