import type { QueryProblem } from './incident-query';

/** A tile of the Web Mercator pyramid (XYZ scheme: y = 0 at the top). */
export interface TileAddress {
	z: number;
	x: number;
	y: number;
}

/** The deepest zoom the tile endpoint answers (the map stops at 16; MapLibre overzooms past the source's maxzoom). */
export const MAX_TILE_ZOOM = 20;

const WHOLE = /^\d{1,7}$/;

/**
 * A tile's address from the path's `{z}/{x}/{y}` text, or a problem for each bad part, naming it:
 * z a whole number 0..MAX_TILE_ZOOM, x and y whole numbers 0..2^z − 1.
 */
export function parseTileAddress(z: string, x: string, y: string): TileAddress | { problems: QueryProblem[] } {
	const problems: QueryProblem[] = [];
	const zoom = WHOLE.test(z) ? Number(z) : NaN;
	if (!(zoom <= MAX_TILE_ZOOM)) problems.push({ parameter: 'z', reason: `must be a whole number from 0 to ${MAX_TILE_ZOOM} (got "${z}")` });
	const side = Number.isNaN(zoom) || zoom > MAX_TILE_ZOOM ? null : 2 ** zoom;
	const coordinate = (name: 'x' | 'y', text: string) => {
		const n = WHOLE.test(text) ? Number(text) : NaN;
		if (Number.isNaN(n)) problems.push({ parameter: name, reason: `must be a whole number (got "${text}")` });
		else if (side !== null && n >= side) problems.push({ parameter: name, reason: `must be from 0 to ${side - 1} at zoom ${zoom} (got ${n})` });
		return n;
	};
	const col = coordinate('x', x);
	const row = coordinate('y', y);
	return problems.length ? { problems } : { z: zoom, x: col, y: row };
}

/** The tile's bounds in degrees: [west, south, east, north]. */
export function tileBounds({ z, x, y }: TileAddress): [number, number, number, number] {
	const n = 2 ** z;
	const lon = (i: number) => (i / n) * 360 - 180;
	const lat = (j: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * j) / n))) * 180) / Math.PI;
	return [lon(x), lat(y + 1), lon(x + 1), lat(y)];
}

/** The latitude of a point `py` units (of `extent`) down from the tile's top edge. */
export function tileLatitude({ z, y }: TileAddress, py: number, extent = 4096): number {
	const unit = (y + py / extent) / 2 ** z;
	return (Math.atan(Math.sinh(Math.PI * (1 - 2 * unit))) * 180) / Math.PI;
}
