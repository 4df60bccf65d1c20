import { distance } from '@turf/distance';
import type { LonLat } from './proximity';

/** Total geodesic length of a path through `points`, in km (0 for fewer than two points). */
export function pathLengthKm(points: readonly LonLat[]): number {
	let total = 0;
	for (let i = 1; i < points.length; i++) total += distance(points[i - 1]!, points[i]!, { units: 'kilometers' });
	return total;
}
