import { circle } from '@turf/circle';
import type { Feature, Geometry, LineString, MultiLineString, Point } from 'geojson';
import type { LonLat } from '../geo/proximity';
import { metresToPixelsAtZoom0 } from './incident-features';
import { pathLengthKm } from '../geo/path-length';
import { formatKm } from '../domain/format';

/**
 * What the map draws for the reader's question and measurements: a true geodesic circle for
 * "within R km", the corridor around a line, the chosen region, and the measured path.
 */

export type QueryShapeRole = 'circle' | 'center' | 'region' | 'corridor' | 'measure-line' | 'measure-point';

export interface QueryShapeProps {
	role: QueryShapeRole;
	/** For `corridor`: half-width in pixels at zoom 0 (at the line's mean latitude). */
	half_width_px_z0?: number;
	/** For the last `measure-point`: the running total, e.g. "412 km". */
	label?: string;
}

type Shape = Feature<Geometry, QueryShapeProps>;

export function circleShapes(center: LonLat, radiusKm: number): Shape[] {
	const ring = circle(center, radiusKm, { steps: 128, units: 'kilometers' });
	return [
		{ type: 'Feature', properties: { role: 'circle' }, geometry: ring.geometry },
		{ type: 'Feature', properties: { role: 'center' }, geometry: { type: 'Point', coordinates: center } }
	];
}

export function regionShape(geometry: Geometry): Shape {
	return { type: 'Feature', properties: { role: 'region' }, geometry };
}

/** A corridor drawn as a line whose width is 2 × R, true to scale at the line's mean latitude. */
export function corridorShape(line: LineString | MultiLineString, radiusKm: number): Shape {
	const positions = line.type === 'LineString' ? line.coordinates : line.coordinates.flat();
	const meanLat = positions.reduce((s, p) => s + p[1]!, 0) / Math.max(1, positions.length);
	return {
		type: 'Feature',
		properties: { role: 'corridor', half_width_px_z0: metresToPixelsAtZoom0(radiusKm, meanLat) },
		geometry: line
	};
}


export function measureShapes(points: readonly LonLat[]): Shape[] {
	const shapes: Shape[] = [];
	if (points.length > 1)
		shapes.push({ type: 'Feature', properties: { role: 'measure-line' }, geometry: { type: 'LineString', coordinates: [...points] } });
	points.forEach((p, i) => {
		const last = i === points.length - 1;
		const point: Feature<Point, QueryShapeProps> = {
			type: 'Feature',
			properties: { role: 'measure-point', ...(last && i > 0 ? { label: formatKm(pathLengthKm(points)) } : {}) },
			geometry: { type: 'Point', coordinates: p }
		};
		shapes.push(point);
	});
	return shapes;
}

export { shapeCollection } from './shape-collection';
