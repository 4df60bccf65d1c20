import { pointToLineDistance } from '@turf/turf';
import type { LineString, Position } from 'geojson';
import { EARTH_RADIUS_KM } from './proximity';
import { unitVector } from './unit-vector';

/** Angle (radians, ~0.6 m) added to every lower bound: rounding in dot products and Turf's arcs. */
const SLACK_RAD = 1e-7;
/** Below this |A × B| (~6 cm) Turf's great circle through A and B is too noisy to bound. */
const TINY_CROSS = 1e-8;

/**
 * Exact Turf distances from points to a set of lines, skipping the segments that cannot matter.
 *
 * Each segment's arc lies within its half-length h of its midpoint M, so the distance from P to
 * the segment is at least angle(P, M) − h. `distanceWithinKm` runs Turf's geodesic
 * `pointToLineDistance` only on the segments whose bound could be within the limit (nearest
 * first, then those that could still beat the best so far). The minimum over two-point segments is
 * bit-identical to `pointToLineDistance` on the whole line: Turf takes the minimum in degrees and
 * converts once, and multiplying by a constant preserves order.
 */
export class SegmentProbe {
	/** Two-point lines, one per segment, handed to Turf as they are. */
	private readonly segments: LineString[] = [];
	/** Unit vector of each segment's arc midpoint, 3 numbers a segment. */
	private readonly mid: Float64Array;
	/** Half the arc's angle plus slack (radians); π when it cannot be bounded. */
	private readonly half: Float64Array;
	private readonly thresholds = new Map<number, Float64Array>();
	private readonly passing: Uint32Array;
	private readonly bounds: Float64Array;

	constructor(lines: readonly LineString[]) {
		for (const line of lines) {
			const c = line.coordinates;
			for (let i = 0; i + 1 < c.length; i++) {
				const a = c[i];
				const b = c[i + 1];
				if (a && b) this.segments.push({ type: 'LineString', coordinates: [a, b] });
			}
		}
		const count = this.segments.length;
		this.mid = new Float64Array(count * 3);
		this.half = new Float64Array(count);
		this.passing = new Uint32Array(count);
		this.bounds = new Float64Array(count);
		this.segments.forEach((segment, i) => {
			const [a = [0, 0], b = [0, 0]] = segment.coordinates;
			const A = unitVector(a);
			const B = unitVector(b);
			const s = [A[0] + B[0], A[1] + B[1], A[2] + B[2]];
			const sSize = Math.hypot(s[0] ?? 0, s[1] ?? 0, s[2] ?? 0);
			const n = [A[1] * B[2] - A[2] * B[1], A[2] * B[0] - A[0] * B[2], A[0] * B[1] - A[1] * B[0]];
			const nSize = Math.hypot(n[0] ?? 0, n[1] ?? 0, n[2] ?? 0);
			const same = a[0] === b[0] && a[1] === b[1];
			const bounded = same || (nSize >= TINY_CROSS && sSize > 1e-6);
			const m = bounded && !same ? s.map((v) => v / sSize) : A;
			this.mid.set(m, i * 3);
			const angle = Math.atan2(nSize, A[0] * B[0] + A[1] * B[1] + A[2] * B[2]);
			this.half[i] = !bounded ? Math.PI : same ? SLACK_RAD : angle / 2 + SLACK_RAD;
		});
	}

	/** Number of segments. */
	get size(): number {
		return this.segments.length;
	}

	/**
	 * Turf's `pointToLineDistance` (km, geodesic) from `position` to the nearest line, exact when
	 * that distance is ≤ `limitKm` (give or take a micrometre's slack); otherwise some value
	 * greater than `limitKm` (Infinity when no segment comes near).
	 */
	distanceWithinKm(position: Position, limitKm: number): number {
		const P = unitVector(position);
		const limit = this.threshold(limitKm);
		const { mid, half, passing, bounds } = this;
		let count = 0;
		let first = -1;
		let firstBound = Infinity;
		for (let i = 0; i < this.segments.length; i++) {
			const d = P[0] * mid[i * 3]! + P[1] * mid[i * 3 + 1]! + P[2] * mid[i * 3 + 2]!;
			if (d < limit[i]!) continue;
			const bound = Math.acos(Math.min(1, Math.max(-1, d))) - half[i]!;
			passing[count] = i;
			bounds[count++] = bound;
			if (bound < firstBound) {
				firstBound = bound;
				first = i;
			}
		}
		if (first < 0) return Infinity;
		let best = this.turf(position, first);
		for (let j = 0; j < count; j++) {
			const i = passing[j]!;
			if (i === first) continue;
			const boundKm = bounds[j]! * EARTH_RADIUS_KM * (1 - 1e-9) - 1e-6;
			if (boundKm > best) continue;
			const d = this.turf(position, i);
			if (d < best) best = d;
		}
		return best;
	}

	private turf(position: Position, i: number): number {
		return pointToLineDistance(position, this.segments[i]!, { units: 'kilometers' });
	}

	/** cos of the largest angle from each midpoint at which the segment can be within `limitKm`. */
	private threshold(limitKm: number): Float64Array {
		let t = this.thresholds.get(limitKm);
		if (t) return t;
		const reach = ((limitKm * (1 + 1e-9) + 1e-6) / EARTH_RADIUS_KM) + SLACK_RAD;
		t = this.half.map((h) => (h + reach >= Math.PI ? -2 : Math.cos(h + reach)));
		if (this.thresholds.size > 64) this.thresholds.clear();
		this.thresholds.set(limitKm, t);
		return t;
	}
}

