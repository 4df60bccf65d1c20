/** A camera as MapLibre's `hash: true` writes it into the URL: `#zoom/lat/lon[/bearing[/pitch]]`. */
export interface HashCamera {
	zoom: number;
	center: [number, number];
	bearing: number;
	pitch: number;
}

/** Read the camera from a URL hash; null when the hash holds none (or a malformed one). */
export function cameraFromHash(hash: string): HashCamera | null {
	const parts = hash.replace(/^#/, '').split('&')[0]!.split('/');
	if (parts.length < 3 || parts.length > 5 || parts.some((p) => p.trim() === '' || !Number.isFinite(Number(p)))) return null;
	const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.map(Number) as number[];
	if (Math.abs(lat!) > 90 || Math.abs(lon!) > 180 || zoom! < 0 || zoom! > 24) return null;
	return { zoom: zoom!, center: [lon!, lat!], bearing, pitch };
}
