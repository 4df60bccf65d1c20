import { booleanClockwise } from '@turf/turf';
import type { Position } from 'geojson';
import type { OverlayFeature } from '../domain/overlay';
import type { DataProblem } from '../domain/problem';

/**
 * Check every polygon ring of the overlays against RFC 7946: a ring must be closed (first
 * position equals last), an exterior ring must be counter-clockwise and a hole clockwise.
 * The field names the ring, e.g. `geometry.coordinates.0` or, in a MultiPolygon,
 * `geometry.coordinates.2.1`.
 */
export function ringProblems(features: OverlayFeature[], file: string): DataProblem[] {
	const problems: DataProblem[] = [];
	for (const f of features) {
		const g = f.geometry;
		const polygons =
			g.type === 'Polygon'
				? [{ path: 'geometry.coordinates', rings: g.coordinates }]
				: g.type === 'MultiPolygon'
					? g.coordinates.map((rings, i) => ({ path: `geometry.coordinates.${i}`, rings }))
					: [];
		for (const { path, rings } of polygons)
			rings.forEach((ring, r) => {
				const field = `${path}.${r}`;
				const add = (reason: string) => problems.push({ file, feature: f.id, field, reason });
				const first = ring[0];
				const last = ring[ring.length - 1];
				const closed = samePosition(first, last);
				if (!closed)
					add(`ring is not closed: first position ${show(first)} differs from last ${show(last)}`);
				const clockwise = booleanClockwise(closed || !first ? ring : [...ring, first]);
				if (r === 0 && clockwise)
					add('exterior ring is clockwise; RFC 7946 wants exterior rings counter-clockwise');
				if (r > 0 && !clockwise)
					add('hole is counter-clockwise; RFC 7946 wants holes clockwise');
			});
	}
	return problems;
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
	return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

function show(p: Position | undefined): string {
	return p ? `[${p.join(', ')}]` : '(none)';
}
