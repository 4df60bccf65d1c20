import { buffer, feature, featureCollection, simplify, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { sharedBorder } from './world-atlas';
import { tidyPolygon } from './tidy-polygon';

/** Simplification tolerance in degrees (about 1 km): modest, the input is 1:50m anyway. */
const SIMPLIFY_TOLERANCE = 0.01;
/** Decimal places kept in the output coordinates (about 10 m). */
const PRECISION = 4;

/**
 * The band within `km` kilometres of country `isoA`'s borders with each of `neighbours`, on both
 * sides of the border, from Natural Earth 1:50m: every shared border is buffered by `km`, the
 * buffers are unioned, simplified modestly and rounded to 4 decimals, with RFC 7946 winding
 * (exterior rings counter-clockwise).
 *
 * Throws if `km` is not positive, if `neighbours` is empty or if a pair shares no border.
 */
export function borderBand(
	isoA: string,
	neighbours: string[],
	km: number
): Feature<Polygon | MultiPolygon> {
	if (!(km > 0)) throw new RangeError(`borderBand: km must be positive, got ${km}`);
	if (neighbours.length === 0)
		throw new RangeError('borderBand: at least one neighbour is required');

	const buffers = neighbours.map((isoB) => {
		const border = sharedBorder(isoA, isoB);
		if (border.coordinates.length === 0)
			throw new RangeError(`borderBand: ${isoA} and ${isoB} share no border`);
		const band = buffer(feature(border), km, { units: 'kilometers' });
		if (!band) throw new Error(`borderBand: buffering the ${isoA}–${isoB} border failed`);
		return band;
	});

	const merged =
		buffers.length === 1 ? buffers[0] : union(featureCollection<Polygon | MultiPolygon>(buffers));
	if (!merged) throw new Error(`borderBand: union of the ${isoA} border buffers failed`);

	const simplified = simplify(merged.geometry, { tolerance: SIMPLIFY_TOLERANCE, highQuality: true });
	return { type: 'Feature', properties: {}, geometry: tidyPolygon(simplified, PRECISION) };
}
