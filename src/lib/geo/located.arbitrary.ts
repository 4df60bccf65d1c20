import { bearing, circle, destination, midpoint } from '@turf/turf';
import fc from 'fast-check';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat, Located } from './proximity';

/**
 * fast-check generators for the proximity property tests (test support, imported only by tests).
 * A scene is an anchor (anywhere, near a pole with |lat| > 85, or on the antimeridian) with items
 * scattered around it from metres to thousands of km, some uniform worldwide, some at the poles or
 * on ±180, some coincident (distance ties), uncertainties from exact to country-wide.
 */

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const clampLon = (lon: number) => Math.max(-180, Math.min(180, round(lon)));
const clampLat = (lat: number) => Math.max(-90, Math.min(90, round(lat)));
const at = (lon: number, lat: number): LonLat => [clampLon(lon), clampLat(lat)];

/** A log-uniform distance in km between 10^lo and 10^hi. */
const km = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true }).map((e) => 10 ** e);

/** A position with its longitude wrapped into [-180, 180). */
function wrap(lon: number, lat: number): LonLat {
	return at(((((lon + 180) % 360) + 360) % 360) - 180, lat);
}

const anywhere = fc
	.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }))
	.map(([lon, lat]) => at(lon, lat));
const nearPole = fc
	.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: 85, max: 90, noNaN: true }), fc.boolean())
	.map(([lon, lat, south]) => at(lon, south ? -lat : lat));
const onAntimeridian = fc
	.tuple(fc.double({ min: 179, max: 180, noNaN: true }), fc.boolean(), fc.double({ min: -80, max: 80, noNaN: true }))
	.map(([lon, west, lat]) => at(west ? -lon : lon, lat));

const anchor = fc.oneof(anywhere, nearPole, onAntimeridian);

/** `from` moved `d` km along `bearing` (wrapping across ±180 and over the poles). */
function move(from: LonLat, d: number, bearing: number): LonLat {
	const [lon = 0, lat = 0] = destination(from, d, bearing).geometry.coordinates;
	return wrap(lon, lat);
}

const uncertainty = fc.oneof(
	fc.constantFrom(0, 0.5, 2, 12, 50),
	fc.double({ min: 0, max: 60, noNaN: true }).map(round),
	fc.double({ min: 50, max: 3000, noNaN: true }).map(round)
);

const around = (a: LonLat) =>
	fc.oneof(
		{ weight: 6, arbitrary: fc.tuple(km(-3, 3.8), fc.double({ min: 0, max: 360, noNaN: true })).map(([d, b]) => move(a, d, b)) },
		{ weight: 1, arbitrary: anywhere },
		{ weight: 1, arbitrary: nearPole },
		{ weight: 1, arbitrary: onAntimeridian }
	);

function sceneItems(a: LonLat, max: number): fc.Arbitrary<Located[]> {
	const item = fc.record({ place: around(a), u: uncertainty, tag: fc.nat(999), copy: fc.nat(9) });
	return fc.array(item, { minLength: 0, maxLength: max, size: 'max' }).map((raw) => {
		const items: Located[] = [];
		raw.forEach(({ place, u, tag, copy }, i) => {
			const prev = items[i - 1];
			// One in ten repeats the previous point under another id: equal distances, ranked by id.
			const [lon, lat] = copy === 0 && prev ? [prev.lon, prev.lat] : place;
			items.push({ id: `${tag}-${i}`, lon, lat, uncertainty_km: u });
		});
		return items;
	});
}

function boxPolygon(w: number, s: number, e: number, n: number): Position[][] {
	return [[[w, s], [e, s], [e, n], [w, n], [w, s]]];
}

/** How far off a boundary to put an item of uncertainty u: ±(reach + u), a hair either side, or within. */
const offset = (reach: number) =>
	fc.record({
		u: uncertainty,
		side: fc.constantFrom(1, -1),
		factor: fc.oneof(fc.constantFrom(1, 1 - 1e-9, 1 + 1e-9, 0.999, 1.001), fc.double({ min: 0, max: 2, noNaN: true }))
	}).map(({ u, side, factor }) => ({ u, d: (reach + side * u) * factor }));

export const arbitrary = {
	anchor,
	/** Radius 0, or 0.1 km to 5,000 km, log-uniform. */
	radiusKm: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 9, arbitrary: km(-1, Math.log10(5000)) }),

	/** A scene: anchor, items around it, and a query centre near the anchor or on an item. */
	scene(max = 150) {
		return anchor.chain((a) =>
			sceneItems(a, max).chain((items) =>
				fc.record({
					anchor: fc.constant(a),
					items: fc.constant(items),
					center: items.length
						? fc.oneof(around(a), fc.constantFrom(...items.map((i): LonLat => [i.lon, i.lat])))
						: around(a)
				})
			)
		);
	},

	/** A small area near `a`: a Turf circle, a lon/lat box, or a box across ±180 split in two. */
	area(a: LonLat): fc.Arbitrary<Polygon | MultiPolygon> {
		const ring = fc.tuple(km(0, 2.5), fc.integer({ min: 4, max: 20 })).map(
			([r, steps]): Polygon => {
				// Wrapped into [-180, 180]: near ±180 or a pole the ring then jumps across the map, which
				// Turf reads as a planar polygon; the index must still agree with the naive scan.
				const rings = circle(a, r, { steps }).geometry.coordinates;
				return { type: 'Polygon', coordinates: rings.map((ring) => ring.map(([lon = 0, lat = 0]) => wrap(lon, lat))) };
			}
		);
		const box = fc
			.tuple(fc.double({ min: 0.01, max: 3, noNaN: true }), fc.double({ min: 0.01, max: 3, noNaN: true }))
			.map(([dx, dy]): Polygon => {
				const [lon, lat] = a;
				const s = clampLat(lat - dy);
				const n = clampLat(lat + dy);
				return { type: 'Polygon', coordinates: boxPolygon(clampLon(lon - dx), s, clampLon(lon + dx), n) };
			});
		const split = fc
			.tuple(fc.double({ min: 0.01, max: 2, noNaN: true }), fc.double({ min: 0.01, max: 2, noNaN: true }))
			.map(([dx, dy]): MultiPolygon => {
				const lat = Math.max(-85, Math.min(85, a[1]));
				const [s, n] = [clampLat(lat - dy), clampLat(lat + dy)];
				return {
					type: 'MultiPolygon',
					coordinates: [boxPolygon(round(180 - dx), s, 180, n), boxPolygon(-180, s, round(-180 + dx), n)]
				};
			});
		return fc.oneof(ring, box, split);
	},

	/**
	 * Items placed off the middle of random segments of `lines`, square to them, at about
	 * `reach` ± their uncertainty: right on the certain/possible/outside boundaries.
	 */
	hugging(lines: readonly Position[][], reach: number, max = 40): fc.Arbitrary<Located[]> {
		const segments = lines.flatMap((l) => l.slice(1).map((b, i): [Position, Position] => [l[i] ?? b, b]));
		if (!segments.length) return fc.constant([]);
		const one = fc.record({ seg: fc.constantFrom(...segments), o: offset(reach), left: fc.boolean(), tag: fc.nat(999) });
		return fc.array(one, { maxLength: max }).map((raw) =>
			raw.map(({ seg: [a, b], o, left, tag }, i) => {
				const mid = midpoint(a, b).geometry.coordinates as LonLat;
				const heading = bearing(a, b) + (left ? 90 : -90);
				const [lon, lat] = move(mid, Math.abs(o.d), o.d < 0 ? heading + 180 : heading);
				return { id: `h${tag}-${i}`, lon, lat, uncertainty_km: o.u };
			})
		);
	},

	/** Items at about `radiusKm` ± their uncertainty from `center`, on all bearings. */
	ringing(center: LonLat, radiusKm: number, max = 40): fc.Arbitrary<Located[]> {
		const one = fc.record({ o: offset(radiusKm), b: fc.double({ min: -180, max: 180, noNaN: true }), tag: fc.nat(999) });
		return fc.array(one, { maxLength: max }).map((raw) =>
			raw.map(({ o, b, tag }, i) => {
				const [lon, lat] = move(center, Math.abs(o.d), o.d < 0 ? b + 180 : b);
				return { id: `r${tag}-${i}`, lon, lat, uncertainty_km: o.u };
			})
		);
	},

	/** A polyline of 2–5 vertices near `a`, steps of 1 to 1,000 km (may cross ±180 or a pole). */
	line(a: LonLat): fc.Arbitrary<LineString> {
		const step = fc.tuple(km(0, 3), fc.double({ min: 0, max: 360, noNaN: true }));
		return fc.array(step, { minLength: 1, maxLength: 4 }).map((steps) => {
			const coordinates: Position[] = [a];
			let p = a;
			for (const [d, b] of steps) coordinates.push((p = move(p, d, b)));
			return { type: 'LineString', coordinates };
		});
	}
};
