/**
 * A deep copy of a GeoJSON value with every coordinate rounded to `decimals` places
 * (3 decimals ≈ 100 m, well inside the error of 1:50m data), to keep payloads small.
 */
export function roundCoordinates<T>(value: T, decimals: number): T {
	const f = 10 ** decimals;
	const round = (v: unknown): unknown =>
		typeof v === 'number' ? Math.round(v * f) / f : Array.isArray(v) ? v.map(round) : v;
	const walk = (v: unknown): unknown => {
		if (Array.isArray(v)) return v.map(walk);
		if (v && typeof v === 'object') {
			const out: Record<string, unknown> = {};
			for (const [k, x] of Object.entries(v)) out[k] = k === 'coordinates' ? round(x) : walk(x);
			return out;
		}
		return v;
	};
	return walk(value) as T;
}
