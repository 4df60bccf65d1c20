import type { DataProblem } from './problem';

const AXES = ['longitude', 'latitude'] as const;

/**
 * Make schema problems easier to act on, given the raw collection they came from:
 * - a missing field says "missing" rather than "expected string, received undefined";
 * - an out-of-range point coordinate shows the value, and says when the pair reads as a valid
 *   `[lon, lat]` once swapped.
 * (Swaps within range are found geographically, by `placeProblems`.)
 * Only the reason changes; file, feature and field stay as they are.
 */
export function clarifySchemaProblems(problems: DataProblem[], raw: unknown): DataProblem[] {
	const features = (raw as { features?: unknown } | null)?.features;
	return problems.map((p) => {
		const missing = /^Invalid input: expected (.+), received undefined$/.exec(p.reason);
		if (missing) return { ...p, reason: `missing (expected ${missing[1]})` };

		const axis = /^geometry\.coordinates\.([01])$/.exec(p.field);
		const index = /^#(\d+)$/.exec(p.feature);
		if (!axis || !Array.isArray(features)) return p;
		const feature = index
			? features[Number(index[1])]
			: features.find((f) => (f as { id?: unknown } | null)?.id === p.feature);
		const coords = (feature as { geometry?: { coordinates?: unknown } } | null)?.geometry
			?.coordinates;
		if (!Array.isArray(coords)) return p;
		const [lon, lat] = coords as unknown[];
		const value = axis[1] === '0' ? lon : lat;
		let reason = `${p.reason} (${AXES[Number(axis[1])]} is ${JSON.stringify(value)})`;
		if (typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 90 && Math.abs(lat) <= 180)
			reason += `; [${lat}, ${lon}] would be in range: are longitude and latitude swapped?`;
		return { ...p, reason };
	});
}
