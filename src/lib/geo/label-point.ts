import { area, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';

/**
 * A point to hang an area's label on: the centre of mass of its largest part, or a point
 * guaranteed to lie on that part when the centre falls outside it (a crescent, a coast).
 */
export function labelPoint(geometry: Polygon | MultiPolygon): Position {
	const parts: Polygon[] =
		geometry.type === 'Polygon'
			? [geometry]
			: geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
	let largest = parts[0]!;
	let largestArea = -1;
	for (const part of parts) {
		const a = area(part);
		if (a > largestArea) [largest, largestArea] = [part, a];
	}
	const centre: Feature<Point> = centerOfMass(largest);
	if (booleanPointInPolygon(centre, largest)) return centre.geometry.coordinates;
	return pointOnFeature(largest).geometry.coordinates;
}
